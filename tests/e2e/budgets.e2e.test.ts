import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_BUDGET_BYTES, measureFirstPaint } from '../../scripts/firstPaintSize';
import { pasteIntoEditor, useBrowser } from './browser';
import {
  documentPosts,
  dispatchPaste,
  longTasks,
  savedCopy,
  watchLongTasks,
  watchWorkerPosts,
  workerPosts,
} from './pageProbes';

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe('first paint', () => {
  const session = useBrowser();

  it('needs at most 100 KB of JavaScript (gzip): the entry and its static imports', () => {
    const { chunks, gzipBytes } = measureFirstPaint('dist');
    console.info(
      `first paint: ${kilobytes(gzipBytes)} gzip of JavaScript in ${chunks.length} chunks (budget ${kilobytes(FIRST_PAINT_BUDGET_BYTES)}): ` +
        chunks.map((c) => `${c.file} ${kilobytes(c.gzipBytes)}`).join(', '),
    );
    expect(gzipBytes).toBeLessThanOrEqual(FIRST_PAINT_BUDGET_BYTES);
  });

  it('paints the whole shell with only those chunks, and diagnoses the first paste once the rest arrives', async () => {
    const { page, baseUrl } = session;
    const firstPaint = new Set(measureFirstPaint('dist').chunks.map((c) => c.file));
    // Every other script is held back until the shell has been checked: the first paint cannot use it.
    const held: Route[] = [];
    let holding = true;
    await page.route('**/*.js', (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\//, '');
      if (firstPaint.has(path) || !holding) return route.fallback();
      held.push(route);
      return undefined;
    });
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Paste a failing response' }).waitFor();
    await page.getByRole('navigation', { name: 'Screens' }).waitFor();
    await page.getByRole('region', { name: 'Response to diagnose' }).waitFor();
    expect(await page.getByRole('button', { name: /History/ }).count()).toBeGreaterThan(0);
    // The core and the diagnosis view are asked for after the first paint (when the page is idle, so
    // possibly a moment after the shell shows), and they wait: the shell above painted without them.
    const requested = (name: RegExp) => () =>
      held.some((r) => name.test(new URL(r.request().url()).pathname));
    await expect.poll(requested(/runTask/)).toBe(true);
    await expect.poll(requested(/DiagnosisResult/)).toBe(true);

    holding = false;
    for (const route of held.splice(0)) await route.fallback();
    await pasteIntoEditor(
      page,
      'Response input',
      'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\n\r\n',
    );
    await page
      .getByRole('article', { name: 'Status' })
      .getByText('Service Unavailable', { exact: true })
      .waitFor();
  });
});

/** A 50 MB API response, built in the page: an array of records with ids, names, prices and tags. */
function fiftyMegabyteResponse(): string {
  const items: string[] = [];
  for (let i = 0; i < 445_000; i++) {
    items.push(
      `{"id":${4_800_000 + i},"name":"item ${i}","tags":["a","b"],"price":{"amount":${i}.10,"currency":"EUR"},"active":true}`,
    );
  }
  const body = `{"data":[${items.join(',')}],"meta":{"count":${items.length}}}`;
  return `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n${body}`;
}

describe('a 50 MB paste on Diagnose', () => {
  const session = useBrowser();

  it('is diagnosed in the background; the longest main-thread task is logged', async () => {
    const { page, baseUrl } = session;
    await watchLongTasks(page);
    await watchWorkerPosts(page);
    await page.goto(baseUrl);
    await page.locator('[data-testid="editor:Response input"] .monaco-editor').waitFor();
    await page.waitForFunction(() => document.readyState === 'complete');
    let pastedAt = 0;
    // Building the text is the test's own work: its task is dropped before the paste is measured.
    const size = await dispatchPaste(page, 'Response input', fiftyMegabyteResponse, async () => {
      await longTasks(page);
      pastedAt = Date.now();
    });
    expect(size).toBeGreaterThan(50_000_000);
    await page
      .getByRole('article', { name: 'Status' })
      .getByText('OK', { exact: true })
      .waitFor({ timeout: 120_000 });
    await page.locator('[data-testid="large-view:Response body"]').waitFor({ timeout: 120_000 });
    const diagnosedAfter = Date.now() - pastedAt;
    // The paste is saved (to survive a reload) once typing pauses, in parts of a million characters
    // a task apart (one 50 MB put took a 130-270 ms task): its tasks count too.
    await expect
      .poll(() => savedCopy(page, 'triage.diagnose'), { timeout: 60_000, interval: 250 })
      .toEqual({ saved: true, parts: Math.ceil(size / 1_000_000) });
    const savedAfter = Date.now() - pastedAt;
    const tasks = await longTasks(page);
    const posts = documentPosts(await workerPosts(page));
    const longest = Math.max(0, ...tasks);
    const blocking = tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
    console.info(
      `Diagnose, a ${(size / 1e6).toFixed(1)} MB paste: diagnosis and body shown after ${diagnosedAfter} ms, ` +
        `saved after ${savedAfter} ms; ` +
        `longest main-thread task ${longest} ms (budget 200 ms), total blocking ${blocking} ms, ` +
        `tasks over 50 ms: ${tasks.join(', ') || 'none'}; texts over 1 MB posted to workers: ` +
        `${posts.join(', ') || 'none'}`,
    );
  });
});
