// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRunTask } from '../../workers/coreClient';
import { DATABASE_NAME } from '../appDatabase';
import { useCompareStore } from '../compareStore';
import { useDiagnoseStore } from '../diagnoseStore';
import { useJsonStore } from '../jsonStore';
import { useSettingsStore } from '../settingsStore';
import { forgetEverything, watchKeepPastes } from './forgetEverything';
import { listHistory } from './historyDatabase';
import { HISTORY_SCREENS, SCREEN_INPUTS } from './screenInputs';
import {
  HISTORY_MAX_ENTRIES,
  HISTORY_SAVE_DELAY_MS,
  historyActions,
  startHistory,
  useHistoryStore,
} from './historyStore';

// The core loads on first use; load it before the fake clock runs, so titles settle within its ticks.
beforeAll(() => loadRunTask());

const TOKEN = 'Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2VuLXZhbHVl';
const RESPONSE_401 = `GET /v1/me HTTP/1.1\nHost: api.example.com\nAuthorization: ${TOKEN}\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n\n`;
const RESPONSE_503 =
  'HTTP/1.1 503 Service Unavailable\nRetry-After: 120\nContent-Type: text/html\n\n<html>down for maintenance</html>';

/** Real milliseconds a save may take to finish (title, IndexedDB write, list refresh) under load. */
const SETTLE_LIMIT_MS = 10_000;

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(HISTORY_SAVE_DELAY_MS + 10);
  // Then until every save has finished: the title task (its module may still be loading on a busy
  // machine), fake-indexeddb's event-loop turns, and the zero-delay timers a worker lane posts queued
  // messages on, which the fake clock only runs when asked. A fixed number of turns lost the first
  // save in a CI run and in a full local run. performance.now is not faked, so the limit is real time.
  // At least 50 turns, for what is not a save (erasing the saved inputs when "Don't keep pastes" is on).
  const started = performance.now();
  for (let turn = 0; turn < 50 || !historyActions.isIdle(); turn++) {
    if (performance.now() - started > SETTLE_LIMIT_MS) break;
    await vi.advanceTimersByTimeAsync(0);
    await new Promise((r) => setImmediate(r));
  }
}

const entries = (screen: 'diagnose' | 'json' | 'compare') => useHistoryStore.getState().entries[screen] ?? [];
const paste = (text: string) => useDiagnoseStore.getState().setInput(text);

async function databaseHoldsText(needle: string): Promise<boolean> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes(DATABASE_NAME)) return false;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DATABASE_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const found: boolean[] = [];
  for (const store of [...db.objectStoreNames]) {
    const all = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result);
    });
    found.push(JSON.stringify(all).includes(needle));
  }
  db.close();
  return found.some(Boolean);
}

beforeAll(async () => {
  // An edit counts only once its screen's saved input has been read back (hydrated): on a busy
  // machine that can still be under way when the first test pastes, whose paste was then ignored.
  await Promise.all(
    HISTORY_SCREENS.map(
      (screen) =>
        new Promise<void>((resolve) => {
          if (SCREEN_INPUTS[screen].hydrated()) resolve();
          else SCREEN_INPUTS[screen].onHydrated(() => resolve());
        }),
    ),
  );
  startHistory();
  watchKeepPastes();
});
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  useSettingsStore.setState({ keepPastes: true });
  await forgetEverything();
  localStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('history', () => {
  it('keeps a paste with a title that shows no secret, and edits update the same entry', async () => {
    paste(RESPONSE_401);
    await settle();
    expect(entries('diagnose')).toHaveLength(1);
    const [entry] = entries('diagnose');
    expect(entry!.title).toBe('401 Unauthorized · GET api.example.com/v1/me');
    expect(entry!.title).not.toContain('eyJ');
    expect(entry!.texts).toEqual([RESPONSE_401]);

    paste(RESPONSE_401.replace('/v1/me', '/v1/me2'));
    await settle();
    expect(entries('diagnose')).toHaveLength(1);
    expect(entries('diagnose')[0]!.texts[0]).toContain('/v1/me2');
  });

  it('keeps the previous paste when the text is replaced, most recent first, and restores it', async () => {
    paste(RESPONSE_401);
    await settle();
    vi.advanceTimersByTime(1000);
    paste(RESPONSE_503);
    await settle();
    expect(entries('diagnose').map((e) => e.title)).toEqual([
      '503 Service Unavailable',
      '401 Unauthorized · GET api.example.com/v1/me',
    ]);
    historyActions.restore(entries('diagnose')[1]!);
    expect(useDiagnoseStore.getState().input).toBe(RESPONSE_401);
    await settle();
    expect(entries('diagnose')).toHaveLength(2);
    expect(entries('diagnose')[0]!.texts[0]).toBe(RESPONSE_401);
  });

  it(`keeps at most ${HISTORY_MAX_ENTRIES} entries per screen`, async () => {
    for (let i = 0; i < HISTORY_MAX_ENTRIES + 3; i++) {
      useJsonStore.getState().setInput('');
      useJsonStore.getState().setInput(`{"item${i}": ${i}, "padding": "${'p'.repeat(40)}"}`);
      await settle();
      vi.advanceTimersByTime(10);
    }
    const kept = await listHistory('json');
    expect(kept).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(kept[0]!.title).toBe(`{ item${HISTORY_MAX_ENTRIES + 2}, padding }`);
  });

  it('keeps a comparison as one entry for both sides, with their names', async () => {
    useCompareStore.getState().setInput('a', RESPONSE_401);
    useCompareStore.getState().setName('b', 'prod');
    await settle();
    useCompareStore.getState().setInput('b', RESPONSE_503);
    await settle();
    expect(entries('compare')).toHaveLength(1);
    expect(entries('compare')[0]!.title).toMatch(/401 Unauthorized.*↔.*prod: 503/);
    expect(entries('compare')[0]!.names).toEqual({ a: 'A', b: 'prod' });
  });

  it('Forget this erases the entry and the input it is, and its saved copy', async () => {
    paste(RESPONSE_401);
    await settle();
    expect(localStorage.getItem('triage.diagnose')).toContain('eyJ');
    const cleared = await historyActions.forget(entries('diagnose')[0]!);
    expect(cleared).toBe(true);
    expect(useDiagnoseStore.getState().input).toBe('');
    expect(entries('diagnose')).toEqual([]);
    expect(localStorage.getItem('triage.diagnose') ?? '').not.toContain('eyJ');
    expect(await databaseHoldsText('eyJ')).toBe(false);
  });

  it('Forget all leaves no trace of a pasted token in localStorage or IndexedDB, and keeps settings', async () => {
    useSettingsStore.getState().setTheme('dark');
    paste(RESPONSE_401);
    useJsonStore.getState().setInput(`{"token": "${TOKEN}"}`);
    useJsonStore.getState().replaceInput('{}', 'Format');
    await settle();
    expect(await databaseHoldsText('eyJ')).toBe(true);
    await forgetEverything();
    const everything = Object.keys(localStorage)
      .map((k) => localStorage.getItem(k))
      .join('\n');
    expect(everything).not.toContain('eyJ');
    expect(await databaseHoldsText('eyJ')).toBe(false);
    expect(useJsonStore.getState().undo).toBeUndefined();
    expect(useSettingsStore.getState().theme).toBe('dark');
    expect(localStorage.getItem('triage.settings')).toContain('dark');
  });

  it("writes nothing with Don't keep pastes, and erases the saved inputs when it is turned on", async () => {
    paste(RESPONSE_401);
    await settle();
    useSettingsStore.getState().setKeepPastes(false);
    await settle();
    expect(localStorage.getItem('triage.diagnose')).toBeNull();
    paste(RESPONSE_503);
    useJsonStore.getState().setInput('{"a": 1}');
    await settle();
    expect(localStorage.getItem('triage.diagnose')).toBeNull();
    expect(localStorage.getItem('triage.json')).toBeNull();
    expect((await listHistory('diagnose')).map((e) => e.title)).toEqual([
      '401 Unauthorized · GET api.example.com/v1/me',
    ]);
    useSettingsStore.getState().setKeepPastes(true);
    await settle();
    expect(localStorage.getItem('triage.diagnose')).toContain('503');
  });
});
