// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPersistentStorage,
  dataOnly,
  MAX_LOCAL_STORAGE_CHARS,
  onPersistenceChange,
  SYNC_WRITE_MAX_CHARS,
  WRITE_DELAY_MS,
} from './persistentStorage';

// The test DOM (happy-dom) has no IndexedDB: these tests cover localStorage; Chromium covers IndexedDB (tests/e2e).
beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const saved = (name: string) => JSON.parse(localStorage.getItem(name) ?? 'null');

describe('persistentStorage', () => {
  it('writes a small state at once, so a reload right after an edit keeps it', async () => {
    const storage = createPersistentStorage<{ input: string }>();
    await storage.setItem('t', { state: { input: 'ab' }, version: 1 });
    expect(saved('t')).toMatchObject({ state: { input: 'ab' }, version: 1 });
    expect(saved('t').savedAt).toEqual(expect.any(Number));
    expect(storage.getItem('t')).toMatchObject({ state: { input: 'ab' } });
  });

  it('waits for typing to pause before writing a large state, keeping only the latest', async () => {
    const storage = createPersistentStorage<{ input: string }>();
    const big = 'x'.repeat(SYNC_WRITE_MAX_CHARS + 1);
    await storage.setItem('t', { state: { input: big + 'a' }, version: 1 });
    await storage.setItem('t', { state: { input: big + 'b' }, version: 1 });
    expect(localStorage.getItem('t')).toBeNull();
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 1);
    expect(saved('t').state.input).toBe(big + 'b');
  });

  it('reports a state too large to keep instead of throwing, and keeps the old copy', async () => {
    const storage = createPersistentStorage<{ input: string }>();
    const reports: boolean[] = [];
    const stop = onPersistenceChange((tooLarge) => reports.push(tooLarge));
    await storage.setItem('t', { state: { input: 'small' }, version: 1 });
    await storage.setItem('t', { state: { input: 'x'.repeat(MAX_LOCAL_STORAGE_CHARS + 1) }, version: 1 });
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 1);
    stop();
    expect(reports).toEqual([false, true]);
    expect(saved('t').state.input).toBe('small');
  });

  it('drops a large write still waiting when a small one follows', async () => {
    const storage = createPersistentStorage<{ input: string }>();
    await storage.setItem('t', { state: { input: 'x'.repeat(SYNC_WRITE_MAX_CHARS + 1) }, version: 1 });
    await storage.setItem('t', { state: { input: 'small' }, version: 1 });
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 1);
    expect(saved('t').state.input).toBe('small');
  });

  it.each([['not json'], ['{"state":']])('reads corrupt saved state %j as nothing', (raw) => {
    localStorage.setItem('t', raw);
    expect(createPersistentStorage().getItem('t')).toBeNull();
  });

  it('removes a saved state', async () => {
    const storage = createPersistentStorage<{ input: string }>();
    await storage.setItem('t', { state: { input: 'old' }, version: 1 });
    await storage.removeItem('t');
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
