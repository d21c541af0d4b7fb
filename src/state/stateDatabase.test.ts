// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appDatabase, deleteAppDatabase, requestResult, STATE_STORE } from './appDatabase';
import { openStateDatabase, PART_CHARS } from './stateDatabase';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteAppDatabase();
});

/** Every record of the state store, by key. */
async function records(): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  const db = await appDatabase();
  const store = db!.transaction(STATE_STORE, 'readonly').objectStore(STATE_STORE);
  const [keys, values] = await Promise.all([
    requestResult(store.getAllKeys()),
    requestResult(store.getAll()),
  ]);
  return { keys, values };
}

/** A text of `chars` characters whose every part differs, so a part out of order would show. */
const textOf = (chars: number, seed = 'a'): string => {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${seed}${i}|`;
  return text.slice(0, chars);
};

describe('the state database', () => {
  const cases = [
    { name: 'a short text, in one record', chars: 1_000, records: 1 },
    { name: 'a text of exactly one part', chars: PART_CHARS, records: 1 },
    { name: 'a text of 3.5 parts', chars: PART_CHARS * 3.5, records: 1 + 4 },
  ];
  for (const { name, chars, records: expected } of cases) {
    it(`reads back exactly what it wrote: ${name}`, async () => {
      const db = (await openStateDatabase())!;
      const value = { state: { input: textOf(chars), other: ['x', textOf(chars, 'b')] }, savedAt: 1 };
      expect(await db.put('diagnose', value)).toBe(true);
      expect(await db.get('diagnose')).toEqual(value);
      // Two long strings: parts of each beside the state's record.
      expect((await records()).keys).toHaveLength(expected * 2 - 1);
    });
  }

  it('copies a long text a part per put, never the whole text in one', async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const db = (await openStateDatabase())!;
    const input = textOf(PART_CHARS * 5);
    await db.put('diagnose', { state: { input } });
    const sizes = put.mock.calls.map(([value]) =>
      typeof value === 'string' ? value.length : JSON.stringify(value).length,
    );
    expect(sizes).toHaveLength(6);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PART_CHARS);
  });

  it('a shorter text replacing a longer one leaves no stale part behind', async () => {
    const db = (await openStateDatabase())!;
    await db.put('diagnose', { state: { input: textOf(PART_CHARS * 4) } });
    await db.put('diagnose', { state: { input: textOf(PART_CHARS * 2, 'c') } });
    expect(await db.get('diagnose')).toEqual({ state: { input: textOf(PART_CHARS * 2, 'c') } });
    expect((await records()).keys).toHaveLength(1 + 2);
    await db.put('diagnose', { state: { input: 'small' } }, { whole: true });
    expect((await records()).keys).toEqual(['diagnose']);
  });

  it('remove erases the parts too ("Don\'t keep pastes"), and leaves other states alone', async () => {
    const db = (await openStateDatabase())!;
    await db.put('diagnose', { state: { input: textOf(PART_CHARS * 2) } });
    await db.put('json', { state: { input: textOf(PART_CHARS * 2, 'j') } });
    await db.remove('diagnose');
    expect(await db.get('diagnose')).toBeUndefined();
    expect((await records()).keys.every((key) => key === 'json' || (key as string[])[0] === 'json')).toBe(
      true,
    );
    expect(await db.get('json')).toEqual({ state: { input: textOf(PART_CHARS * 2, 'j') } });
  });

  it('a whole write (the page is closing) abandons a write in parts under way, and wins', async () => {
    const db = (await openStateDatabase())!;
    const inParts = db.put('diagnose', { state: { input: textOf(PART_CHARS * 3) } });
    await Promise.resolve();
    const whole = db.put('diagnose', { state: { input: textOf(PART_CHARS * 3, 'w') } }, { whole: true });
    expect(await inParts).toBe(true);
    expect(await whole).toBe(true);
    expect(await db.get('diagnose')).toEqual({ state: { input: textOf(PART_CHARS * 3, 'w') } });
    expect((await records()).keys).toEqual(['diagnose']);
  });

  it('a record whose part is missing reads as nothing rather than a cut text', async () => {
    const db = (await openStateDatabase())!;
    await db.put('diagnose', { state: { input: textOf(PART_CHARS * 2) } });
    const open = await appDatabase();
    const tx = open!.transaction(STATE_STORE, 'readwrite');
    tx.objectStore(STATE_STORE).delete(['diagnose', 0, 1]);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    expect(await db.get('diagnose')).toBeUndefined();
  });
});
