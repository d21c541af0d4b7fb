import { describe, expect, it } from 'vitest';
import { findJsonMembers } from './findJsonMembers';

const NAMES = ['id', 'name', 'a/b'];

/** The text of each found member's value up to the next `,` or `}`, or null when absent. */
function found(text: string): (string | null)[] {
  const out = new Int32Array(NAMES.length);
  findJsonMembers(text, 0, NAMES, out);
  return Array.from(out, (start) => (start < 0 ? null : (/^[^,}]*/.exec(text.slice(start))?.[0] ?? '')));
}

describe('findJsonMembers', () => {
  it.each<[string, string, (string | null)[]]>([
    ['empty object', '{}', [null, null, null]],
    ['first members', '{"id":1,"name":"x"}', ['1', '"x"', null]],
    ['spacing', '{ "id" : 7 , "a/b":true }', ['7 ', null, 'true ']],
    ['last duplicate wins', '{"id":1,"x":2,"id":3}', ['3', null, null]],
    ['escaped key is decoded', '{"\\u0069d":5}', ['5', null, null]],
    ['nested keys do not count', '{"x":{"id":1},"y":[{"name":2}]}', [null, null, null]],
    ['strings that look like keys do not count', '{"x":"\\"id\\":1","name":"n"}', [null, '"n"', null]],
    ['longer and shorter keys do not match', '{"ids":1,"i":2,"nam":3}', [null, null, null]],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
