import fc from 'fast-check';
import { patch as applyJsonPatch } from 'jsondiffpatch/formatters/jsonpatch';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { jsonRootSpan } from '../json/readJsonChildren';
import { diffToJsonPatch } from '../report/jsonPatch';
import type { BodyChange, DiffOptions, ResponseDiff } from '../types';
import {
  jsonValue,
  mutate,
  randomSource,
  seed,
  shuffleArrays,
  unkeyedJsonValue,
  writeJson,
  type EditKind,
  type Json,
} from './jsonArbitraries';
import { diffJson } from './jsonDiff';
import { parsePointer } from './jsonPointer';
import { longestIncreasingSubsequence } from './longestIncreasingSubsequence';

/**
 * Properties of the comparison on random documents (fast-check), with jsondiffpatch's JSON Patch
 * apply as the oracle: whatever the formatting, equal data gives no change; the JSON Patch of a
 * comparison turns A into B; every change names real places on both sides; reorders cost the fewest
 * moves and a single edit is a single change.
 */

function compare(a: string, b: string, options?: DiffOptions): BodyChange[] {
  return diffJson(a, jsonRootSpan(a), b, jsonRootSpan(b), options).changes;
}

const asDiff = (changes: BodyChange[]): ResponseDiff => ({
  status: { a: 200, b: 200, changed: false },
  headers: [],
  body: { kind: 'json', changes },
  summary: '',
});

type Operation = { op: 'add' | 'remove' | 'replace' | 'move'; path: string; from?: string; value?: unknown };

/** A + patch, with jsondiffpatch's RFC 6902 apply (which leaves operations on the root to us). */
function applyPatch(document: unknown, patchText: string): unknown {
  let target = structuredClone(document);
  for (const operation of JSON.parse(patchText) as Operation[]) {
    if (operation.path === '') target = operation.op === 'remove' ? undefined : operation.value;
    else applyJsonPatch(target, [operation] as Parameters<typeof applyJsonPatch>[1]);
  }
  return target;
}

/** A parsed, patched with the JSON Patch of the comparison of a and b. */
const patchedA = (a: string, b: string, options?: DiffOptions): unknown =>
  applyPatch(JSON.parse(a), diffToJsonPatch(asDiff(compare(a, b, options))));

/** The value a pointer names in a parsed document (undefined when it names nothing). */
function resolve(document: unknown, pointer: string): unknown {
  let value = document;
  for (const segment of parsePointer(pointer)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** JSON text with sorted keys: equal for values that are equal as JSON. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key] as Json)}`).join(',')}}`;
}

/** A copy whose arrays are sorted by their items' canonical text. */
function sortArrays(value: Json): Json {
  if (Array.isArray(value))
    return value.map(sortArrays).sort((x, y) => (canonical(x) < canonical(y) ? -1 : 1));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, sortArrays(member)]));
}

const containerOf = (value: Json): Json => (value !== null && typeof value === 'object' ? value : [value]);

describe('comparison properties', () => {
  it('equal data gives no change, however it is written', () => {
    fc.assert(
      fc.property(jsonValue, seed, seed, (value, s1, s2) => {
        expect(compare(writeJson(value, randomSource(s1)), writeJson(value, randomSource(s2)))).toEqual([]);
      }),
    );
  });

  it('with ignoreArrayOrder, reordered arrays give no change', () => {
    fc.assert(
      fc.property(jsonValue, seed, seed, (value, s1, s2) => {
        const random = randomSource(s2);
        const a = writeJson(value, randomSource(s1));
        const b = writeJson(shuffleArrays(value, random), random);
        expect(compare(a, b, { ignoreArrayOrder: true })).toEqual([]);
      }),
    );
  });

  it('applying the JSON Patch to A gives B, after random edits and for unrelated documents', () => {
    fc.assert(
      fc.property(
        jsonValue,
        jsonValue,
        seed,
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        (x, y, s, edits, related) => {
          const random = randomSource(s);
          const valueA = containerOf(x);
          const valueB = related ? mutate(valueA, random, edits) : y;
          const a = writeJson(valueA, random);
          const b = writeJson(valueB, random);
          const patched = applyPatch(JSON.parse(a), diffToJsonPatch(asDiff(compare(a, b))));
          expect(isDeepStrictEqual(patched, JSON.parse(b))).toBe(true);
        },
      ),
    );
  });

  it('the JSON Patch also reorders long arrays: many moves, insertions and removals at once', () => {
    const rows = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 30 }),
        fc.record({ id: fc.integer({ min: 0, max: 60 }), v: fc.integer({ min: 0, max: 3 }) }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(rows, seed, fc.integer({ min: 0, max: 30 }), (items, s, edits) => {
        const random = randomSource(s);
        const valueA = { list: items, nested: [items] };
        const a = writeJson(valueA, random);
        const b = writeJson(
          mutate(valueA, random, edits, ['move', 'insert', 'remove', 'duplicate', 'edit']),
          random,
        );
        expect(isDeepStrictEqual(patchedA(a, b), JSON.parse(b))).toBe(true);
      }),
    );
  });

  it('with ignoreArrayOrder, the JSON Patch gives B up to the order of array items', () => {
    fc.assert(
      fc.property(jsonValue, seed, fc.integer({ min: 0, max: 8 }), (x, s, edits) => {
        const random = randomSource(s);
        const valueA = containerOf(x);
        const a = writeJson(valueA, random);
        const b = writeJson(shuffleArrays(mutate(valueA, random, edits), random), random);
        const patched = patchedA(a, b, { ignoreArrayOrder: true }) as Json;
        expect(canonical(sortArrays(patched))).toBe(canonical(sortArrays(JSON.parse(b) as Json)));
      }),
    );
  });

  it('every change names its value in A and in B, and the container on the side without it', () => {
    fc.assert(
      fc.property(jsonValue, seed, fc.integer({ min: 1, max: 6 }), (x, s, edits) => {
        const random = randomSource(s);
        const valueA = containerOf(x);
        const a = writeJson(valueA, random);
        const b = writeJson(mutate(valueA, random, edits), random);
        const docA = JSON.parse(a) as unknown;
        const docB = JSON.parse(b) as unknown;
        for (const change of compare(a, b)) {
          expect(change.path).toBe(change.bPath ?? change.aPath);
          if (change.a !== undefined) expect(resolve(docA, change.aPath ?? '')).toEqual(JSON.parse(change.a));
          if (change.b !== undefined) expect(resolve(docB, change.bPath ?? '')).toEqual(JSON.parse(change.b));
          if (change.change === 'added')
            expect(resolve(docA, change.parent?.aPath ?? '/no')).toBeTypeOf('object');
          if (change.change === 'removed')
            expect(resolve(docB, change.parent?.bPath ?? '/no')).toBeTypeOf('object');
          if (change.change === 'moved' || change.change === 'changed') {
            expect(resolve(docA, change.aPath ?? '/no')).not.toBeUndefined();
            expect(resolve(docB, change.bPath ?? '/no')).not.toBeUndefined();
          }
        }
      }),
    );
  });

  it('a reorder of distinct items costs the fewest moves, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(jsonValue, { selector: canonical, minLength: 1, maxLength: 12 }),
        seed,
        (items, s) => {
          const random = randomSource(s);
          const order = items.map((_, i) => i).sort(() => random() - 0.5);
          const a = writeJson(items, random);
          const b = writeJson(
            order.map((i) => items[i] as Json),
            random,
          );
          const kept = longestIncreasingSubsequence(order).reduce((sum, flag) => sum + flag, 0);
          const changes = compare(a, b);
          expect(changes.map((c) => c.change)).toEqual(Array(items.length - kept).fill('moved'));
        },
      ),
    );
  });

  it('a single edit is a single change, at the edited place on both sides', () => {
    fc.assert(
      fc.property(unkeyedJsonValue, seed, fc.constantFrom<EditKind>('edit'), (x, s, kind) => {
        const random = randomSource(s);
        const valueA = containerOf(x);
        const valueB = mutate(valueA, random, 1, [kind]);
        fc.pre(canonical(valueA) !== canonical(valueB));
        const changes = compare(writeJson(valueA, random), writeJson(valueB, random));
        expect(changes).toHaveLength(1);
        const [change] = changes;
        if (change?.change === 'changed') expect(change.aPath).toBe(change.bPath);
      }),
    );
  });

  it('duplicate values pair in order: removing or adding one copy is one change', () => {
    fc.assert(
      fc.property(
        unkeyedJsonValue,
        seed,
        fc.constantFrom<EditKind>('duplicate', 'insert', 'remove'),
        (x, s, kind) => {
          const random = randomSource(s);
          const valueA = containerOf(x);
          const valueB = mutate(valueA, random, 1, [kind]);
          fc.pre(canonical(valueA) !== canonical(valueB));
          const changes = compare(writeJson(valueA, random), writeJson(valueB, random));
          expect(changes).toHaveLength(1);
        },
      ),
    );
  });
});
