import { describe, expect, it } from 'vitest';
import { makeBodies } from '../../scripts/compareBodies';
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

    // Side by side: only the changed regions, the moved item facing its counterpart.
    const regions = page.getByTestId('diff-region');
    await regions.first().waitFor();
    expect(await regions.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual([
      '/order/id',
      '/items[id="b"]',
      '/items[id="a"]',
    ]);
    // Clicking a change marks its rows on both sides.
    await changes.locator('button[data-path="/order/id"]').click();
    const focused = page.locator('[data-testid="diff-region"] .sbs-row.focused');
    await expect.poll(() => focused.count()).toBe(1);
    expect(await focused.locator('.side-a').textContent()).toContain('9007199254740993');
    expect(await focused.locator('.side-b').textContent()).toContain('9007199254740992');
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
    await page.getByTestId('diff-region').first().waitFor();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(420);
    // Headers stack (name, then each side's value) and values wrap instead of being cut.
    const location = page.locator('tr[data-header="location"]');
    const cells = await location
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
    expect(cells[1]?.top).toBeGreaterThan(cells[0]?.top ?? 0);
    expect(cells[1]?.width).toBeGreaterThan(300);
    expect(await location.locator('td').nth(1).textContent()).toContain(
      'https://staging.api.example.com/orders/9007199254740993',
    );
    // The side-by-side view writes the two sides one above the other.
    expect(await page.getByTestId('side-by-side').getAttribute('class')).toContain('stacked');
  });
});

describe('Compare screen with two 3 MB responses', () => {
  const session = useBrowser();

  it('compares them in the background, and a click on a change shows the right item on both sides', async () => {
    const { page, baseUrl } = session;
    const { a, b } = makeBodies(15_000);
    const response = (body: string): string =>
      `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n${body}`;
    expect(a.length).toBeGreaterThan(2_800_000);
    await page.goto(`${baseUrl}#/compare`);
    await page.locator('[data-testid="editor:Response A"] .monaco-editor').waitFor();
    // The texts travel to the page first, so that handing them over is not measured.
    await page.evaluate(
      ([x, y]) => Object.assign(window, { pastes: { A: x, B: y } }),
      [response(a), response(b)],
    );
    // Ctrl+V of a large text, as headless Chromium allows it: a paste event carrying the text.
    const paste = (letter: 'A' | 'B') =>
      page.evaluate((side) => {
        const data = new DataTransfer();
        data.setData(
          'text/plain',
          (window as unknown as { pastes: Record<string, string> }).pastes[side] ?? '',
        );
        const editor = document.querySelector(`[data-testid="editor:Response ${side}"] textarea`);
        editor?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, letter);
    await paste('A');
    await page.getByRole('heading', { name: 'Now paste B' }).waitFor();
    // Main-thread tasks are watched from the second paste on: the comparison, its results, scrolling
    // and clicking.
    await page.evaluate(() => {
      const longest = { ms: 0 };
      Object.assign(window, { longest });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const pastedAt = Date.now();
    await paste('B');

    const summary = page.getByTestId('compare-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect
      .poll(() => summary.textContent(), { timeout: 60_000 })
      .toMatch(/body changes, \d+ items moved/);
    const shownAfterMs = Date.now() - pastedAt;

    // An edited item of the id-matched array: its change names it by id, at different indexes in A and B.
    const edited = page.locator('button.change-target', { hasText: /^changed\[id=\d+\]\/score$/ }).first();
    const label = (await edited.locator('.change-path').textContent()) ?? '';
    const id = /\[id=(\d+)\]/.exec(label)?.[1];
    const aPath = (await edited.getAttribute('data-a-path')) ?? '';
    const bPath = (await edited.getAttribute('data-b-path')) ?? '';
    expect(aPath).toMatch(/^\/\d+\/score$/);
    await edited.click();
    const region = page.locator('[data-testid="diff-region"].focused-region');
    await region.waitFor();
    expect(await region.getAttribute('data-a-path')).toBe(aPath.replace('/score', ''));
    expect(await region.getAttribute('data-b-path')).toBe(bPath.replace('/score', ''));
    const rows = region.locator('.sbs-row');
    expect(await rows.locator('.side-a', { hasText: `"id": ${id},` }).count()).toBe(1);
    expect(await rows.locator('.side-b', { hasText: `"id": ${id},` }).count()).toBe(1);
    const focused = region.locator('.sbs-row.focused');
    expect(await focused.locator('.side-a').textContent()).toMatch(/"score": \d+\.\d+/);
    expect(await focused.locator('.side-b').textContent()).toContain('"score": -1.5');

    // Scrolling the changed regions, then a change further down.
    await page.getByTestId('side-by-side').hover();
    for (let k = 0; k < 10; k++) await page.mouse.wheel(0, 1500);
    await page.locator('button.change-target').nth(150).click();
    await page.locator('[data-testid="diff-region"].focused-region').waitFor();

    const longest = await page.evaluate(() => (window as unknown as { longest: { ms: number } }).longest.ms);
    console.warn(
      `Compare, two ${(a.length / 1e6).toFixed(1)} MB responses: results shown ${shownAfterMs} ms after the second paste; longest main-thread task ${Math.round(longest)} ms`,
    );
  });
});
