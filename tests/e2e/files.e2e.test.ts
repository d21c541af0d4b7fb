import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dropFiles, useBrowser } from './browser';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const HAR_WITH_BOM = readFileSync(new URL('har/mitmproxy/with-bom.har', FIXTURES));

const HTTP_FILE = [
  'HTTP/2 503',
  'retry-after: 120',
  'content-type: application/json',
  '',
  '{"error":"maintenance","message":"Back at noon"}',
].join('\r\n');

/** The texts of the Diagnose history, read from IndexedDB as the page stored them. */
function historyTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('triage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('history').objectStore('history').getAll();
          all.onsuccess = () => {
            resolve(
              (all.result as { screen: string; texts: string[] }[])
                .filter((e) => e.screen === 'diagnose')
                .map((e) => e.texts[0]!),
            );
            open.result.close();
          };
        };
      }),
  );
}

describe('Files in Chromium', () => {
  const session = useBrowser();

  it('Diagnose: opens a real HAR export (BOM) with the file control, diagnoses a dropped .http file, refuses a binary one', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.locator('section[aria-label="Response to diagnose"] input[type="file"]').setInputFiles({
      name: 'with-bom.har',
      mimeType: 'application/json',
      buffer: HAR_WITH_BOM,
    });
    await page.getByText('HAR file', { exact: true }).waitFor();
    const status = page.getByRole('article', { name: 'Status' });
    await expect.poll(() => status.locator('.status-code').textContent()).toBe('200');
    await page.getByRole('button', { name: 'History (1)' }).waitFor();

    // After a reload the input read back is that history entry: an edit updates it, adds none.
    await page.reload();
    const editor = page.locator('[data-testid="editor:Response input"] .monaco-editor');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n');
    await expect
      .poll(() => historyTexts(page), { timeout: 5000 })
      .toEqual([expect.stringMatching(/\}\s*\n$/)]);

    // Dropped on the editor itself: the drop is the panel's, Monaco does not insert the file's name.
    await dropFiles(page, '[data-testid="editor:Response input"]', [
      { name: 'outage.http', text: HTTP_FILE },
    ]);
    await status.getByText('Service Unavailable', { exact: true }).waitFor();
    await dropFiles(page, 'section[aria-label="Response to diagnose"]', [
      { name: 'logo.png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13] },
    ]);
    await expect
      .poll(() => page.locator('.file-messages[role="alert"]').textContent())
      .toMatch(/“logo\.png” is a PNG image, not text/);
    // The diagnosis of the .http file is still there: a refused file never replaces the input.
    await status.getByText('Service Unavailable', { exact: true }).waitFor();
  });

  it('Compare: two dropped files fill A and B, named after them; JSON: a big file goes to the large view', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/compare`);
    await page.locator('[data-testid="editor:Response A"]').waitFor();
    await dropFiles(page, 'section[aria-label="Side B"]', [
      { name: 'staging.http', text: 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"id":1,"ok":true}' },
      { name: 'production.http', text: HTTP_FILE },
    ]);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Name of side A' }).inputValue())
      .toBe('staging');
    expect(await page.getByRole('textbox', { name: 'Name of side B' }).inputValue()).toBe('production');
    await page.getByRole('region', { name: 'Comparison' }).getByText(/503/).first().waitFor();

    // A big file goes straight to the large-document view, never through Monaco.
    await page.getByRole('link', { name: 'JSON' }).click();
    await page.locator('[data-testid="editor:JSON input"]').waitFor();
    await page.locator('section[aria-label="JSON to check"]').evaluate((element) => {
      const items = Array.from({ length: 60_000 }, (_, i) => `{"id":${i},"name":"item ${i}"}`);
      const data = new DataTransfer();
      data.items.add(new File([`[${items.join(',')}]`], 'big.json', { type: 'application/json' }));
      element.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    });
    await page.locator('[data-testid="large-view:JSON input"]').waitFor();
    await page.getByText(/Valid JSON/).waitFor();
    expect(await page.locator('[data-testid="editor:JSON input"]').count()).toBe(0);
  });
});
