import { readFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const HAR = readFileSync(new URL('../fixtures/session/large-session.har', import.meta.url), 'utf8');
const ENTRIES = (JSON.parse(HAR) as { log: { entries: { response: { status: number } }[] } }).log.entries;
const FAILURES = ENTRIES.filter((e) => e.response.status === 0 || e.response.status >= 400).length;

describe('Session view in Chromium', () => {
  const session = useBrowser();

  it('opens a HAR of a few hundred entries as a session, filters to failures and downloads a sanitized copy', async () => {
    const { page, baseUrl } = session;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(baseUrl);
    expect(ENTRIES.length).toBeGreaterThan(300);
    await page.evaluate((value) => navigator.clipboard.writeText(value), HAR);
    await page.locator('[data-testid="editor:Response input"] .monaco-editor').click();
    await page.keyboard.press('Control+V');

    const table = page.getByRole('table', { name: 'Session entries' });
    await table.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => table.getAttribute('aria-rowcount'), { timeout: 30_000 })
      .toBe(String(ENTRIES.length + 1));
    expect(workers.some((url) => url.includes('core.worker'))).toBe(true);
    // Only the visible rows are in the DOM.
    expect(await table.locator('[data-entry]').count()).toBeLessThan(60);

    const findings = page.getByRole('region', { name: 'Session findings' });
    await findings.locator('[data-finding="shared-failure"]').waitFor();
    await findings.locator('[data-finding="retry-storm"]').waitFor();

    await page.getByRole('combobox', { name: 'Show entries' }).selectOption('failures');
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe(String(FAILURES + 1));
    const statuses = await table.locator('[data-entry] .col-status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(status).toMatch(/^(4\d\d|5\d\d|no response)/);

    await table.locator('[data-entry]').first().click();
    await page.getByRole('article', { name: 'Status' }).waitFor();

    await page.getByRole('button', { name: 'Download sanitized HAR…' }).click();
    const removed = page.getByRole('list', { name: 'What is removed' });
    await expect.poll(() => removed.textContent(), { timeout: 30_000 }).toContain('authorization header');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save session.sanitized.har' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('session.sanitized.har');
    // The browser runs as a server shared by the run (globalSetup): read the download through its stream.
    const saved = await text(await download.createReadStream());
    expect(saved).not.toMatch(/Bearer eyJ/);
    expect(saved).toContain('Bearer REDACTED');
    expect((JSON.parse(saved) as { log: { entries: unknown[] } }).log.entries).toHaveLength(ENTRIES.length);
    expect(saved.length).toBeLessThan(HAR.length);
  });
});
