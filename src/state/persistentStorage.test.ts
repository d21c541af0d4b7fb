// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPersistentStorage,
  dataOnly,
  MAX_LOCAL_STORAGE_CHARS,
  onPersistenceChange,
  WRITE_DELAY_MS,
} from './persistentStorage';

// jsdom has no IndexedDB: these tests cover the localStorage fallback; Chromium covers IndexedDB (e2e).
beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('persistentStorage (localStorage fallback)', () => {
  it('writes once typing pauses, keeping only the latest state', async () => {
    const storage = createPersistentStorage<{ input: string }>();
    await storage.setItem('t', { state: { input: 'a' }, version: 1 });
    await storage.setItem('t', { state: { input: 'ab' }, version: 1 });
    expect(localStorage.getItem('t')).toBeNull();
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 1);
    expect(JSON.parse(localStorage.getItem('t')!)).toEqual({ state: { input: 'ab' }, version: 1 });
    expect(storage.getItem('t')).toEqual({ state: { input: 'ab' }, version: 1 });
  });

  it('reports a state too large for localStorage instead of throwing, and keeps the old copy', async () => {
    const storage = createPersistentStorage<{ input: string }>();
    const reports: boolean[] = [];
    const stop = onPersistenceChange((tooLarge) => reports.push(tooLarge));
    await storage.setItem('t', { state: { input: 'small' }, version: 1 });
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 1);
    await storage.setItem('t', { state: { input: 'x'.repeat(MAX_LOCAL_STORAGE_CHARS + 1) }, version: 1 });
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 1);
    stop();
    expect(reports).toEqual([false, true]);
    expect(JSON.parse(localStorage.getItem('t')!).state.input).toBe('small');
  });

  it.each([['not json'], ['{"state":']])('reads corrupt saved state %j as nothing', (raw) => {
    localStorage.setItem('t', raw);
    expect(createPersistentStorage().getItem('t')).toBeNull();
  });

  it('removes a saved state and any write still waiting', async () => {
    const storage = createPersistentStorage<{ input: string }>();
    localStorage.setItem('t', JSON.stringify({ state: { input: 'old' }, version: 1 }));
    await storage.setItem('t', { state: { input: 'new' }, version: 1 });
    await storage.removeItem('t');
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 1);
    expect(localStorage.getItem('t')).toBeNull();
  });
});

describe('dataOnly', () => {
  it('keeps the data of a store and leaves its actions out, so IndexedDB can clone it', () => {
    const value = { state: { input: 'kept', selectedIndex: 2, setInput: () => undefined }, version: 1 };
    const data = dataOnly(value);
    expect(data).toEqual({ state: { input: 'kept', selectedIndex: 2 }, version: 1 });
    expect(() => structuredClone(data)).not.toThrow();
    expect(() => structuredClone(value)).toThrow();
  });
});
