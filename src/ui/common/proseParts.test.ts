import { describe, expect, it } from 'vitest';
import { proseParts } from './proseParts';
import { safeHttpUrl } from './safeHttpUrl';

const ofKind = (text: string, kind: 'code' | 'link') =>
  proseParts(text)
    .filter((p) => p.kind === kind)
    .map((p) => p.text);

describe('proseParts', () => {
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
    expect(ofKind(text, 'link')).toEqual([url]);
  });

  it.each([
    ['Trailing comma before `]`.', [']']],
    [
      'Confirm it: run `ping 1.1.1.1`, then `curl -v https://x.example/`.',
      ['ping 1.1.1.1', 'curl -v https://x.example/'],
    ],
    ['`tru` is not a JSON literal.', ['tru']],
  ])('shows the code spans of %j as code', (text, spans) => {
    expect(ofKind(text, 'code')).toEqual(spans);
  });

  it('never makes a link of a URL inside a code span', () => {
    expect(ofKind('run `curl https://x.example/`', 'link')).toEqual([]);
  });

  it('keeps every other character of the text, in order', () => {
    const text = 'First https://a.example/x, then `b` and http://b.example/y. End';
    expect(
      proseParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text.replaceAll('`', ''));
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'https://',
    `https://example.com/${'a'.repeat(3000)}`,
    'an unbalanced ` backtick',
    'a span `across\na line` break',
  ])('leaves %j as text', (text) => {
    expect(proseParts(text)).toEqual([{ kind: 'text', text }]);
  });
});

describe('proseParts, its trailing punctuation walked back from the end', () => {
  /** What the URL's end was cut to when `/[.,;:!?)\]}]+$/` found the punctuation (quadratic on a long run). */
  function cutBefore(raw: string): string {
    const trailing = /[.,;:!?)\]}]+$/.exec(raw);
    if (!trailing) return raw;
    if (trailing[0] === ')' && raw.includes('(')) return raw;
    return raw.slice(0, -trailing[0].length);
  }

  it('cuts every short URL where the regex did', () => {
    const tokens = ['.', ')', '(', ']', 'a', ' '];
    let level = ['https://a'];
    const differing: string[] = [];
    for (let k = 1; k <= 5; k++) {
      level = level.flatMap((prefix) => tokens.map((token) => prefix + token));
      for (const text of level) {
        const link = proseParts(text).find((part) => part.kind === 'link');
        const cut = cutBefore(/^https:\/\/[^\s]+/.exec(text)?.[0] ?? '');
        if ((link?.text ?? '') !== (safeHttpUrl(cut) ? cut : '')) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
  });
});
