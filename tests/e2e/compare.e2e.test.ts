import { describe, expect, it } from 'vitest';
import { pasteIntoEditor, useBrowser } from './browser';

const STAGING = [
  'HTTP/1.1 200 OK',
  'Date: Tue, 24 Nov 2026 10:00:00 GMT',
  'Content-Type: application/json',
  'X-Request-Id: 4f1c2a',
  'Cache-Control: no-store',
  '',
  '{"order":{"id":9007199254740993,"total":"12.50"},"items":[{"id":"a","qty":1},{"id":"b","qty":2}]}',
].join('\r\n');

const PRODUCTION = [
  'HTTP/1.1 503 Service Unavailable',
  'Date: Tue, 24 Nov 2026 10:00:04 GMT',
  'Content-Type: application/json; charset=utf-8',
  'X-Request-Id: 9b7e11',
  'Retry-After: 30',
  '',
  '{"order":{"id":9007199254740992,"total":"12.50"},"items":[{"id":"b","qty":2},{"id":"a","qty":3}]}',
].join('\r\n');

describe('Compare screen in Chromium', () => {
  const session = useBrowser();

  it('compares two pasted responses: summary, changes by path, side-by-side diff', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/compare`);
    await page.getByRole('heading', { name: 'Paste two responses to compare' }).waitFor();
    await pasteIntoEditor(page, 'Response A', STAGING);
    await pasteIntoEditor(page, 'Response B', PRODUCTION);

    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toMatch(/status differs: 200 vs 503/);
    const text = (await summary.textContent()) ?? '';
    // Content-Type changed, Retry-After added, Cache-Control removed; Date and X-Request-Id are noise.
    expect(text).toMatch(/3 headers differ, 2 ignored/);
    expect(text).toMatch(/2 body changes/);
    expect(text).toMatch(/1 item moved/);

    const changes = page.getByRole('region', { name: 'Body changes' });
    await changes.getByText('/order/id', { exact: true }).waitFor();
    expect(await changes.getByText('9007199254740993', { exact: true }).count()).toBe(1);

    const status = page.getByRole('region', { name: 'Status' });
    expect(await status.textContent()).toContain('Service Unavailable');

    const diff = page.locator('[data-testid="diff-editor:Bodies"] .monaco-diff-editor');
    await diff.waitFor({ state: 'visible' });
    await expect
      .poll(() => diff.locator('.modified .view-lines').textContent())
      .toContain('9007199254740992');

    // Clicking a change selects its line in the diff view.
    await changes.locator('button[data-path="/order/id"]').click();
    await expect
      .poll(() => page.locator('[data-testid="diff-editor:Bodies"] .modified .selected-text').count())
      .toBeGreaterThan(0);
  });

  it('keeps both sides and their names across a reload, and swaps them', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/compare`);
    await pasteIntoEditor(page, 'Response A', STAGING);
    await pasteIntoEditor(page, 'Response B', PRODUCTION);
    await page.getByLabel('Name of side A').fill('staging');
    await page.getByLabel('Name of side B').fill('production');
    await page.getByTestId('compare-summary').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Name of side A').inputValue()).toBe('staging');
    await expect.poll(() => page.getByTestId('compare-summary').textContent()).toMatch(/200 vs 503/);
    await page.getByRole('button', { name: /Swap A and B/ }).click();
    await expect.poll(() => page.getByLabel('Name of side A').inputValue()).toBe('production');
    await expect.poll(() => page.getByTestId('compare-summary').textContent()).toMatch(/503 vs 200/);
  });

  it('opens one side in Diagnose', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/compare`);
    await page.getByRole('button', { name: /Try an example/ }).click();
    await page.getByTestId('compare-summary').waitFor();
    await page
      .getByRole('region', { name: 'Side B' })
      .getByRole('button', { name: 'Open in Diagnose' })
      .click();
    await page.getByRole('article', { name: 'Status' }).getByText('OK').waitFor();
    expect(page.url()).toMatch(/#\/$/);
  });
});

describe('Compare screen in a narrow window', () => {
  const session = useBrowser({ viewport: { width: 420, height: 800 } });

  it('stacks the inputs and fits the width', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/compare`);
    await page.getByRole('button', { name: /Try an example/ }).click();
    await page.locator('[data-testid="diff-editor:Bodies"] .monaco-diff-editor').waitFor();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(420);
  });
});
