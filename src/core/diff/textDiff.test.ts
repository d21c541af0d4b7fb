import { describe, expect, it } from 'vitest';
import { diffText, MAX_TEXT_DIFF_SPAN, MIN_TEXT_DIFF_LENGTH } from './textDiff';

const sentence = 'The access token expired at 10:00 UTC; request a new one from the identity provider.';

/** A hunk written as text: [same], -removed-, +added+. */
const render = (a: string, b: string): string[] | undefined =>
  diffText(a, b)?.map((hunk) =>
    hunk.pieces
      .map((p) => (p.kind === 'same' ? `[${p.text}]` : p.kind === 'removed' ? `-${p.text}-` : `+${p.text}+`))
      .join(''),
  );

describe('diffText', () => {
  it('shows what changed inside a long string, with a little context', () => {
    expect(render(sentence, sentence.replace('10:00', '11:30'))).toEqual([
      '[ken expired at 1]-0:0-+1:3+[0 UTC; request a]',
    ]);
  });

  it.each([
    ['two stretches', sentence, `prefix ${sentence.replace('new', 'fresh')}`],
    ['HTML', `<div class="a">${sentence}</div>`.repeat(3), `<div class="b">${sentence}</div>`.repeat(3)],
  ])('says where each stretch is on both sides: %s', (_label, a, b) => {
    const hunks = diffText(a, b) ?? [];
    for (const hunk of hunks) {
      const onA = hunk.pieces
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join('');
      const onB = hunk.pieces
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join('');
      expect(a.slice(hunk.aStart, hunk.aStart + onA.length)).toBe(onA);
      expect(b.slice(hunk.bStart, hunk.bStart + onB.length)).toBe(onB);
    }
    expect(hunks.length).toBeGreaterThan(0);
  });

  it('keeps characters that URI encoding would mangle', () => {
    const a = `${sentence} 100% é 😀 <b>&amp;</b> a+b=c?`;
    const b = a.replace('é', 'è');
    const text = (render(a, b) ?? []).join('');
    expect(text).toContain('-é-+è+');
    expect(text).toContain('100%');
  });

  it.each([
    ['short strings are shown whole', 'short', 'shorter'],
    ['equal strings', sentence, sentence],
    ['a changed lone surrogate', `${sentence}\ud800`, `${sentence}\udc00`],
    [
      'a lone surrogate near the change',
      `\ud800 ${sentence.slice(0, 30)}`,
      `\ud800 ${sentence.slice(0, 30)}!`,
    ],
    [
      'a middle longer than MAX_TEXT_DIFF_SPAN',
      'ab'.repeat(MAX_TEXT_DIFF_SPAN),
      'ba'.repeat(MAX_TEXT_DIFF_SPAN),
    ],
  ])('nothing for %s', (_label, a, b) => {
    expect(diffText(a, b)).toBeUndefined();
  });

  it('diffs only the differing middle: a lone surrogate far from it does not matter', () => {
    expect(render(`\ud800 ${sentence}`, `\ud800 ${sentence}!`)).toEqual(['[entity provider.]+!+']);
  });

  it('finds one change in a 1 MB string, at its place in both', () => {
    const a = `${'0123456789'.repeat(50_000)}${sentence}${'abcdefghij'.repeat(50_000)}`;
    const b = a.replace('10:00', '11:30');
    expect(render(a, b)).toEqual(['[ken expired at 1]-0:0-+1:3+[0 UTC; request a]']);
    const at = a.indexOf('ken expired at 1');
    expect(diffText(a, b)?.map((h) => [h.aStart, h.bStart])).toEqual([[at, at]]);
  });

  it('keeps a surrogate pair whole at the edge of the middle', () => {
    const a = `${'x'.repeat(100)}😀${'y'.repeat(100)}`;
    const b = `${'x'.repeat(100)}😁${'y'.repeat(100)}`;
    expect(render(a, b)).toEqual([`[${'x'.repeat(16)}]-😀-+😁+[${'y'.repeat(16)}]`]);
  });

  it('needs both sides long enough', () => {
    expect(diffText('x'.repeat(MIN_TEXT_DIFF_LENGTH), 'y')).toBeUndefined();
  });
});
