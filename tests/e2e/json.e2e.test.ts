import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pasteIntoEditor, useBrowser } from './browser';

const EDITOR = 'JSON input';

/** The text Monaco renders (visible lines only: enough for the small documents used here). */
async function editorText(page: Page): Promise<string> {
  const text = await page.locator(`[data-testid="editor:${EDITOR}"] .view-lines`).innerText();
  return text.replace(/\u00a0/g, ' ');
}

describe('JSON screen in Chromium', () => {
  const session = useBrowser();

  it('marks a trailing comma, explains it, and repairs it only when the user accepts', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/json`);
    await page.getByRole('heading', { name: 'Paste JSON to check it' }).waitFor();
    await pasteIntoEditor(page, EDITOR, '{\n  "name": "widget",\n  "tags": ["a", "b",],\n}');

    const alert = page.locator('.json-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Line 3, column \d+/);
    expect(await alert.locator('.hint').textContent()).toMatch(/comma/i);
    await page.locator(`[data-testid="editor:${EDITOR}"] .squiggly-error`).first().waitFor();

    await alert.getByRole('button', { name: /Line 3, column/ }).click();
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('[data-testid="editor:JSON input"]') !== null,
      ),
    ).toBe(true);

    await page.getByRole('button', { name: 'Suggest a repair' }).click();
    const preview = page.getByRole('region', { name: 'Repair preview' });
    await preview.locator('.monaco-diff-editor').waitFor();
    expect(await editorText(page)).toContain('"b",],');
    await preview.getByRole('button', { name: 'Accept repair' }).click();
    await page.getByText(/Valid JSON/).waitFor();
    expect(await preview.count()).toBe(0);
    expect(await page.locator(`[data-testid="editor:${EDITOR}"] .squiggly-error`).count()).toBe(0);
    const repaired = await editorText(page);
    expect(repaired).toContain('"tags": ["a", "b"]');
    expect(repaired).not.toMatch(/,\s*[\]}]/);

    await page.getByRole('button', { name: 'Undo repair' }).click();
    await page.locator('.json-error').waitFor();
  });

  it('formats a document with a 20-digit id without changing it, and keeps it across a reload', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/json`);
    await pasteIntoEditor(page, EDITOR, '{"id":12345678901234567890,"price":1.10,"name":"caf\\u00e9"}');
    await page.getByText(/Valid JSON/).waitFor();
    await page.getByRole('button', { name: 'Format', exact: true }).click();
    await expect.poll(() => editorText(page)).toContain('\n');
    const formatted = await editorText(page);
    expect(formatted).toContain('"id": 12345678901234567890');
    expect(formatted).toContain('"price": 1.10');
    expect(formatted).toContain('"caf\\u00e9"');
    await page.locator('[data-warning="number-precision"]').first().waitFor();

    await page.reload();
    await page.getByText(/Valid JSON/).waitFor();
    // Monaco draws its lines over a few frames after mounting: wait for them, as a reader would.
    await expect.poll(() => editorText(page)).toContain('"id": 12345678901234567890');
  });

  it('checks and formats a 1 MB one-line document in the background, shown as plain text meanwhile', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/json`);
    const items = Array.from(
      { length: 20_000 },
      (_, i) => `{"id":1234567890123456${String(i).padStart(5, '0')},"name":"item ${i}","ok":true}`,
    );
    const big = `{"items":[${items.join(',')}]}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    await page.evaluate((text) => navigator.clipboard.writeText(text), big);
    const editor = page.locator(`[data-testid="editor:${EDITOR}"] .monaco-editor`);
    await editor.click();
    await page.keyboard.press('Control+V');
    await page.getByText(/too large for the code editor/).waitFor();
    await page.getByText(/Valid JSON/).waitFor();
    expect(await page.locator(`[data-testid="large-view:${EDITOR}"]`).getAttribute('data-chars')).toBe(
      String(big.length),
    );

    await page.getByRole('button', { name: 'Format', exact: true }).click();
    await editor.waitFor();
    expect(await page.getByText(/too large for the code editor/).count()).toBe(0);
    expect(await editorText(page)).toContain('"id": 123456789012345600001');
  });
});
