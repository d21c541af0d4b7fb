import { describe, expect, it } from 'vitest';
import { nestsTooDeepForMonaco } from './monacoBracketNesting';

const deep = (open: string, n: number) => open.repeat(n);

describe('nestsTooDeepForMonaco', () => {
  it.each([
    // [text, language, too deep for a limit of 3]
    ['[[[[', 'plaintext', true],
    ['[[[', 'plaintext', false],
    ['((((', 'plaintext', true],
    ['({[(', 'plaintext', true],
    ['[][][][][]', 'plaintext', false],
    // A stray closing bracket closes nothing: the four after it still nest four deep.
    [']]]][[[[', 'plaintext', true],
    // Monaco pairs no parentheses in JSON, and no square brackets in XML.
    ['((((', 'json', false],
    ['[[[[', 'xml', false],
    ['<<<<', 'xml', true],
    ['<<<<', 'plaintext', false],
    // Brackets in JSON strings count for the bracket tree, which reads them before the tokens do.
    ['"[[[["', 'json', true],
    // Real JSON nesting whose closing brackets hide in strings counts for the JSON worker.
    ['["]"["]"["]"["]"', 'json', true],
    ['["]"["]"["]"["]"', 'plaintext', false],
    ['[[[]]][[[]]]', 'json', false],
  ])('%s in %s', (text, language, tooDeep) => {
    expect(nestsTooDeepForMonaco(text, language, 3)).toBe(tooDeep);
  });

  it('reads 100,000 nested brackets in any language', () => {
    for (const language of ['plaintext', 'json', 'html', 'anything'])
      expect(nestsTooDeepForMonaco(deep('{', 100_000), language, 256)).toBe(true);
    expect(nestsTooDeepForMonaco(deep('{', 256) + deep('}', 256), 'json', 256)).toBe(false);
  });
});
