import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safeHttpUrl';

describe('safeHttpUrl', () => {
  it.each([
    ['https://api.example.com/v2', 'https://api.example.com/v2'],
    ['  http://example.com ', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/a', 'https://example.com/a'],
  ])('allows %s', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>x</script>'],
    ['/relative'],
    ['ftp://x'],
    [''],
  ])('refuses %s', (url) => {
    expect(safeHttpUrl(url)).toBeUndefined();
  });
});
