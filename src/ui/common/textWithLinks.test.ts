import { describe, expect, it } from 'vitest';
import { textWithLinks } from './textWithLinks';

const links = (text: string) => textWithLinks(text).filter((p) => p.kind === 'link');

describe('textWithLinks', () => {
  it.each([
    [
      'Documentation: https://docs.github.com/rest/overview/rate-limits#about-secondary-rate-limits',
      'https://docs.github.com/rest/overview/rate-limits#about-secondary-rate-limits',
    ],
    ['See https://example.com/a.', 'https://example.com/a'],
    ['(see https://example.com/a), then', 'https://example.com/a'],
    ['“https://example.com/x?y=1” was sent', 'https://example.com/x?y=1'],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
  ])('links the URL in %j', (text, url) => {
    expect(links(text).map((p) => p.text)).toEqual([url]);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'First https://a.example/x, then http://b.example/y. End';
    expect(
      textWithLinks(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(links(text).map((p) => p.href)).toEqual(['https://a.example/x', 'http://b.example/y']);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'https://',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('leaves %j as text', (text) => {
    expect(links(text)).toEqual([]);
    expect(textWithLinks(text)).toEqual([{ kind: 'text', text }]);
  });

  it('gives plain text back as one part', () => {
    expect(textWithLinks('Wait 1 min.')).toEqual([{ kind: 'text', text: 'Wait 1 min.' }]);
  });
});
