import { describe, expect, it } from 'vitest';
import { skipJsonNumber, skipJsonString, skipJsonValue } from './skipJsonValue';

describe('skipJsonValue', () => {
  // Each text is a value followed by a marker `|`: the skip must stop exactly at the marker.
  it.each([
    ['"plain"|'],
    ['"esc \\" quote"|'],
    ['"backslash \\\\"|'],
    ['"\\u0041 brackets ] } [ {"|'],
    ['-12.5e+3|'],
    ['0|'],
    ['true|'],
    ['false|'],
    ['null|'],
    ['[]|'],
    ['{}|'],
    ['[1, [2, [3]], {"a": "]"}]|'],
    ['{"k": {"n": [1, {"m": "}"}]}, "z": null}|'],
    ['[ "a" , "b" ]|'],
  ])('%s', (text) => {
    expect(skipJsonValue(text, 0)).toBe(text.indexOf('|', text.length - 1));
  });

  it('skips a value starting inside the text', () => {
    const text = '{"a":[1,2],"b":3}';
    expect(text.slice(5, skipJsonValue(text, 5))).toBe('[1,2]');
  });

  it('handles nesting deeper than the call stack allows', () => {
    const text = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(skipJsonValue(text, 0)).toBe(text.length);
  });

  it.each([
    [skipJsonString, '"abc"', 5],
    [skipJsonString, '"a\\"b"', 6],
    [skipJsonNumber, '-1.5E-7,', 7],
    [skipJsonNumber, '42]', 2],
  ])('%o on %s', (skip, text, end) => {
    expect(skip(text, 0)).toBe(end);
  });
});
