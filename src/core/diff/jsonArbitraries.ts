/**
 * Random JSON for the comparison's property tests (test support only): values, the many ways one value
 * can be written (whitespace, key order, string escapes, overridden duplicate keys), and edits.
 */
import fc from 'fast-check';
import { seededRandom } from '../../../scripts/seededRandom';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys that collide often, need pointer escapes, or are written with non-ASCII characters. */
const KEYS = ['a', 'b', 'c', 'x/y', 'm~n', 'é', 'long key', '0'];
/** Keys that make arrays of objects keyed (chooseArrayKey's candidates). */
const ID_KEYS = ['id', 'name'];

const text = fc.oneof(
  fc.constantFrom('', 'a', 'b', 'é', 'line\nbreak', 'quote"', 'back\\slash', '😀', '\u0000', '\ud800'),
  fc.string({ maxLength: 8 }),
);

const scalar: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  text,
);

function jsonOf(keys: readonly string[]): fc.Arbitrary<Json> {
  return fc.letrec<{ value: Json; array: Json[]; object: Record<string, Json> }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 6 }),
    object: fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 5 }),
  })).value;
}

/** Any JSON value, objects with the usual array keys among their members. */
export const jsonValue: fc.Arbitrary<Json> = jsonOf([...KEYS, ...ID_KEYS]);
/** JSON whose objects never carry a key that arrays are matched by. */
export const unkeyedJsonValue: fc.Arbitrary<Json> = jsonOf(KEYS);

/** A random number source that fast-check can shrink (a seed). */
export const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });

/** A seeded random source (the benchmarks' PRNG), so a failing case replays from its seed. */
export const randomSource = seededRandom;

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const WHITESPACE = ['', '', ' ', '\n', '\t', '\r\n  '];

/** `\u00e9` or `\u00E9`: JSON allows either case of hex digit. */
function unicodeEscape(unit: number, random: () => number): string {
  const hex = unit.toString(16).padStart(4, '0');
  return `\\u${random() < 0.5 ? hex : hex.toUpperCase()}`;
}

function writeString(value: string, random: () => number): string {
  let out = '"';
  for (const char of value) {
    const plain = JSON.stringify(char).slice(1, -1);
    if (plain !== char || random() < 0.3) {
      // Escape it: \uXXXX for every code unit (surrogate pairs as two escapes), or its short form.
      out +=
        plain !== char && random() < 0.5
          ? plain
          : [...Array(char.length).keys()].map((k) => unicodeEscape(char.charCodeAt(k), random)).join('');
    } else out += char;
  }
  return `${out}"`;
}

/**
 * One of the many texts of `value`: random whitespace between tokens, object members in random order,
 * characters randomly written as escapes, and now and then a member written twice (the first occurrence
 * carries another value: the last one counts).
 */
export function writeJson(value: Json, random: () => number): string {
  const space = (): string => pick(random, WHITESPACE);
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'string') return writeString(value, random);
  if (Array.isArray(value)) {
    return `[${space()}${value.map((item) => writeJson(item, random)).join(`${space()},${space()}`)}${space()}]`;
  }
  const members = Object.entries(value).sort(() => random() - 0.5);
  const written: string[] = [];
  for (const [key, member] of members) {
    if (random() < 0.1) written.push(`${writeString(key, random)}:${space()}"overridden"`);
    written.push(`${writeString(key, random)}${space()}:${space()}${writeJson(member, random)}`);
  }
  return `{${space()}${written.join(`${space()},${space()}`)}${space()}}`;
}

/** A deep copy with every array's items in random order (for ignoreArrayOrder). */
export function shuffleArrays(value: Json, random: () => number): Json {
  if (Array.isArray(value))
    return value.map((item) => shuffleArrays(item, random)).sort(() => random() - 0.5);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [key, shuffleArrays(member, random)]),
  );
}

/** Every container of a value with the path to it. */
function containers(
  value: Json,
  path: (string | number)[] = [],
  out: { path: (string | number)[]; value: Json[] | Record<string, Json> }[] = [],
) {
  if (value !== null && typeof value === 'object') {
    out.push({ path, value });
    const entries: [string | number, Json][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, member] of entries) containers(member, [...path, key], out);
  }
  return out;
}

/** 'edit' puts a scalar in place of a value, 'replace' anything (containers included). */
export type EditKind =
  'edit' | 'replace' | 'insert' | 'remove' | 'move' | 'duplicate' | 'add-key' | 'remove-key';

/**
 * Applies `count` random edits to a copy of `value` (the root must be a container): scalar edits,
 * inserted, removed, moved and duplicated array items, added and removed members.
 */
export function mutate(value: Json, random: () => number, count: number, kinds?: readonly EditKind[]): Json {
  const copy = structuredClone(value);
  const allKinds: EditKind[] = [
    'edit',
    'replace',
    'insert',
    'remove',
    'move',
    'duplicate',
    'add-key',
    'remove-key',
  ];
  for (let n = 0; n < count; n++) {
    const all = containers(copy);
    if (all.length === 0) return copy;
    const target = pick(random, all).value;
    const kind = pick(random, kinds ?? allKinds);
    const scalars: Json[] = [null, true, 17, -3.5, 'new'];
    const fresh = (): Json => pick(random, kind === 'edit' ? scalars : [...scalars, [1, 2], { a: 'fresh' }]);
    if (Array.isArray(target)) editArray(target, kind, random, fresh);
    else editObject(target, kind, random, fresh);
  }
  return copy;
}

function editArray(target: Json[], kind: EditKind, random: () => number, fresh: () => Json): void {
  const at = Math.floor(random() * (target.length + 1));
  if (kind === 'insert' || kind === 'add-key') target.splice(at, 0, fresh());
  else if (target.length === 0) return;
  else if (kind === 'duplicate') target.splice(at, 0, structuredClone(pick(random, target)));
  else if (kind === 'remove' || kind === 'remove-key') target.splice(at % target.length, 1);
  else if (kind === 'move') {
    const [item] = target.splice(Math.floor(random() * target.length), 1);
    target.splice(Math.floor(random() * (target.length + 1)), 0, item as Json);
  } else target[at % target.length] = fresh();
}

/** Objects: 'edit'/'replace' change a member, removals drop one, anything else adds a new member. */
function editObject(
  target: Record<string, Json>,
  kind: EditKind,
  random: () => number,
  fresh: () => Json,
): void {
  const keys = Object.keys(target);
  if (kind === 'remove' || kind === 'remove-key') {
    if (keys.length > 0) delete target[pick(random, keys)];
  } else if ((kind === 'edit' || kind === 'replace') && keys.length > 0) {
    target[pick(random, keys)] = fresh();
  } else {
    const unused = KEYS.filter((key) => !keys.includes(key));
    if (unused.length > 0) target[pick(random, unused)] = fresh();
  }
}
