import { describe, expect, it } from 'vitest';
import { minifyJson } from './minifyJson';

describe('minifyJson', () => {
  it.each([
    ['{ "a" : [ 1 , 2 ] ,\n  "b" : { } }', '{"a":[1,2],"b":{}}'],
    ['\r\n\t[ true ,false, null ]\n', '[true,false,null]'],
    ['  "spaces inside strings stay"  ', '"spaces inside strings stay"'],
    ['[ 12345678901234567890 , 1.10 , -0 , 1E+400 ]', '[12345678901234567890,1.10,-0,1E+400]'],
    ['{"k" : "\\u00e9 \\n \\"q\\""}', '{"k":"\\u00e9 \\n \\"q\\""}'],
    ['[ [ [ ] ] ]', '[[[]]]'],
    ['"😀"', '"😀"'],
  ])('%j → %j', (input, expected) => {
    expect(minifyJson(input)).toEqual({ ok: true, text: expected });
  });

  it('returns the same text when there is nothing to remove', () => {
    const text = '{"a":[1,{"b":null}]}';
    expect(minifyJson(text)).toEqual({ ok: true, text });
  });

  it.each([
    ['[1, 2,]', 'Trailing comma', 1, 6],
    ['{"a": 1}\n}', 'Extra closing bracket', 2, 1],
  ])('reports %j as an error (%s) instead of half-minified text', (input, words, line, column) => {
    const result = minifyJson(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(words);
      expect(result.error).toMatchObject({ line, column });
    }
  });
});
