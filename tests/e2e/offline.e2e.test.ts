import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pasteIntoEditor, useBrowser } from './browser';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.ZmluZC1tZS1pZi15b3UtY2Fu.c2lnbmF0dXJlLXZhbHVl';

/** Every place the page can store text: localStorage, sessionStorage, IndexedDB and Cache Storage. */
async function storedTextContaining(page: Page, needle: string): Promise<string[]> {
  return page.evaluate(async (needle) => {
    const found: string[] = [];
    for (const [name, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)!;
        if ((storage.getItem(key) ?? '').includes(needle)) found.push(`${name}:${key}`);
      }
    }
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
        });
        if (JSON.stringify(all).includes(needle)) found.push(`indexedDB:${info.name}/${store}`);
      }
      db.close();
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        if ((await response!.text()).includes(needle)) found.push(`cache:${name}:${request.url}`);
      }
    }
    return found;
  }, needle);
}

describe('Offline and private in Chromium (service worker installed)', () => {
  const session = useBrowser({ serviceWorkers: 'allow' });

  it('works offline after one visit (reload, lazy screens), and offers the next version when one is deployed', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    const cached = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('triage-app-'))!);
      return { scope: registration.scope, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    expect(cached.scope).toBe(baseUrl);
    expect(cached.files).toEqual(
      expect.arrayContaining(['/index.html', '/manifest.webmanifest', '/favicon.svg']),
    );
    expect(cached.files.some((f) => /editor\.api-.*\.js$/.test(f))).toBe(true);
    expect(cached.files.some((f) => /codicon-.*\.ttf$/.test(f))).toBe(true);

    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Paste a failing response' }).waitFor();
    await page.getByRole('link', { name: 'JSON' }).click();
    // The JSON screen and Monaco are lazy chunks: with the network off they come from the cache.
    await page.locator('[data-testid="editor:JSON input"] .monaco-editor').waitFor();
    await pasteIntoEditor(page, 'JSON input', '{"a": 1,}');
    await page.getByText(/Invalid JSON/).waitFor();
    await page.context().setOffline(false);

    // A new build deployed: installed in the background, it takes over only when the user says so.
    const workerFile = 'dist/sw.js';
    const original = readFileSync(workerFile, 'utf8');
    writeFileSync(workerFile, `${original}\n// a newer build\n`);
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const reload = page.getByRole('button', { name: 'Reload to update' });
      await reload.waitFor();
      const loaded = page.waitForEvent('load');
      await reload.click();
      await loaded;
      await page.getByRole('heading', { name: 'JSON', level: 1 }).waitFor();
      expect(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting),
      ).toBeNull();
      expect(await reload.count()).toBe(0);
    } finally {
      writeFileSync(workerFile, original);
    }
  });

  it('Forget all leaves no trace of a pasted token in localStorage, IndexedDB or Cache Storage', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await pasteIntoEditor(
      page,
      'Response input',
      `GET /me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer ${TOKEN}\n\nHTTP/1.1 401 Unauthorized\n\n`,
    );
    await page.getByRole('article', { name: 'Status' }).getByText('Unauthorized', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'History (1)' }).waitFor();
    await page.getByRole('link', { name: 'JSON' }).click();
    await pasteIntoEditor(page, 'JSON input', `{"access_token": "${TOKEN}"}`);
    await page.getByRole('button', { name: 'History (1)' }).waitFor();
    await expect
      .poll(() => storedTextContaining(page, TOKEN))
      .toEqual(expect.arrayContaining(['localStorage:triage.diagnose', 'indexedDB:triage/history']));

    // The history list shows what was kept without showing the token.
    await page.getByRole('button', { name: 'History (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'History · JSON' });
    await dialog.getByText('{ access_token }').waitFor();
    expect(await dialog.textContent()).not.toContain('eyJ');
    await dialog.getByRole('button', { name: 'Forget all…' }).click();
    await dialog.getByRole('button', { name: 'Erase everything' }).click();
    await dialog.waitFor({ state: 'detached' });

    expect(await storedTextContaining(page, TOKEN)).toEqual([]);
    await page.reload();
    await page.getByRole('button', { name: 'History (0)' }).waitFor();
    expect(await storedTextContaining(page, TOKEN)).toEqual([]);
    // The app's own files stay cached: it still opens offline.
    expect(
      await page.evaluate(async () => (await caches.keys()).some((n) => n.startsWith('triage-app-'))),
    ).toBe(true);
  });
});
