import { describe, expect, it } from 'vitest';
import { pasteIntoEditor, useBrowser } from './browser';
import {
  documentPosts,
  dispatchPaste,
  longTasks,
  watchLongTasks,
  watchWorkerPosts,
  workerPosts,
} from './pageProbes';

/** A 20 MB API response. */
function twentyMegabyteResponse(): string {
  const items: string[] = [];
  for (let i = 0; i < 178_000; i++) {
    items.push(
      `{"id":${4_800_000 + i},"name":"item ${i}","tags":["a","b"],"price":{"amount":${i}.10,"currency":"EUR"},"active":true}`,
    );
  }
  const body = `{"data":[${items.join(',')}],"meta":{"count":${items.length}}}`;
  return `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n${body}`;
}

describe('navigating a 20 MB response in Chromium', () => {
  const session = useBrowser();

  it('finds an id, jumps to it, copies its JSON path and folds its parent, without freezing the page', async () => {
    const { page, baseUrl } = session;
    await watchLongTasks(page);
    await watchWorkerPosts(page);
    await page.goto(baseUrl);
    await page.locator('[data-testid="editor:Response input"] .monaco-editor').waitFor();
    await longTasks(page);

    let pastedAt = 0;
    // Building the text is the test's own work: its task is dropped before the paste is measured.
    const size = await dispatchPaste(page, 'Response input', twentyMegabyteResponse, async () => {
      await longTasks(page);
      pastedAt = Date.now();
    });
    expect(size).toBeGreaterThan(19_500_000);
    const body = page.locator('[data-testid="large-view:Response body"]');
    await body.waitFor({ timeout: 90_000 });
    const shownAfter = Date.now() - pastedAt;
    const pasteTasks = await longTasks(page);

    // Find the id in the formatted body: the search runs in the worker.
    const scroller = body.getByRole('textbox', { name: 'Response body' });
    await scroller.click();
    await page.keyboard.press('Control+F');
    const findAt = Date.now();
    await page.keyboard.type('"id": 4948213,');
    const status = page.getByRole('search', { name: 'Find in the document' }).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('1 of 1 match');
    const foundAfter = Date.now() - findAt;

    // The view jumped there: the match is drawn, highlighted, on the cursor line.
    const active = body.locator('.large-match-active');
    await active.waitFor();
    expect(await active.textContent()).toBe('"id": 4948213,');
    expect(await body.locator('.large-line-cursor').textContent()).toContain('"id": 4948213,');

    // Its JSON path, copied.
    const bodyCard = page.getByRole('region', { name: 'Body' });
    const path = bodyCard.getByRole('navigation', { name: 'JSON path of the cursor' });
    await expect.poll(() => path.textContent()).toBe('$.data[148213].id');
    await bodyCard.getByRole('button', { name: 'Copy pointer' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('/data/148213/id');

    // Fold its parent: go to the item through the breadcrumb, fold it from the gutter.
    await path.getByRole('button', { name: '[148213]' }).click();
    // Going there resolves the path in the worker: the cursor moves to the item's opening line.
    await expect.poll(() => body.locator('.large-line-cursor').textContent()).toMatch(/▾\s*\{$/);
    const itemLine = Number(await body.locator('.large-line-cursor').getAttribute('data-line'));
    const idLine = page.locator(`[data-testid="large-view:Response body"] [data-line="${itemLine + 1}"]`);
    expect(await idLine.textContent()).toContain('"id": 4948213,');
    await body.getByRole('button', { name: `Fold the block on line ${itemLine}` }).click();
    const folded = body.locator(`[data-line="${itemLine}"]`);
    await expect.poll(() => folded.textContent()).toMatch(/\{… 5 members \},$/);
    expect(await idLine.count()).toBe(0);
    // The next item (13 lines further) follows the folded one.
    expect(await body.locator(`[data-line="${itemLine + 13}"]`).textContent()).toMatch(/^\d+▾\s*\{$/);

    const navigationTasks = await longTasks(page);
    const beforeGoTo = documentPosts(await workerPosts(page));

    // A series of Go to requests, each followed by the path of the new cursor: the workers already
    // hold the document, so only the queries are posted (not 20 MB each, copied on the main thread).
    const goTo = bodyCard.getByRole('textbox', { name: 'Go to a line, a JSON Pointer or a path' });
    const targets = [
      { input: '1000', path: /^\$\.data\[\d+\]/ },
      { input: '/data/100/price', path: '$.data[100].price' },
      { input: '$.data[150000].name', path: '$.data[150000].name' },
      { input: '/meta/count', path: '$.meta.count' },
      { input: '/data/7', path: '$.data[7]' },
    ];
    for (const { input, path: expected } of targets) {
      await goTo.fill(input);
      await goTo.press('Enter');
      if (typeof expected === 'string') await expect.poll(() => path.textContent()).toBe(expected);
      else await expect.poll(() => path.textContent()).toMatch(expected);
    }
    const goToPosts = await workerPosts(page);
    const goToTasks = await longTasks(page);
    const longest = Math.max(0, ...pasteTasks, ...navigationTasks, ...goToTasks);
    console.log(
      `20 MB response: body view after ${shownAfter} ms, found after ${foundAfter} ms; ` +
        `longest main-thread task ${longest} ms (paste and analysis: ${pasteTasks.join(', ') || 'none'}; ` +
        `find, jump, copy, fold: ${navigationTasks.join(', ') || 'none'}; ` +
        `${targets.length} Go to: ${goToTasks.join(', ') || 'none'}); documents posted to workers: ` +
        `${beforeGoTo.join(', ')} before Go to; ${documentPosts(goToPosts).length} in the ` +
        `${goToPosts.length} messages of the Go to series`,
    );
    expect(documentPosts(goToPosts)).toEqual([]);
  });
});

describe('navigating in the code editor (Monaco) in Chromium', () => {
  const session = useBrowser();

  it('shows the path of the cursor, goes to a path with Ctrl+G, and folds at a depth', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/compare`);
    const text = JSON.stringify(
      {
        data: [
          { id: 1, items: [10, 20] },
          { id: 2, items: [30] },
        ],
        meta: { n: 2 },
      },
      null,
      2,
    );
    await pasteIntoEditor(page, 'Response B', text);
    const side = page.getByRole('region', { name: 'Side B' });
    const path = side.getByRole('navigation', { name: 'JSON path of the cursor' });
    const lines = side.locator('.view-line');

    // Fold at depth 1: the members of the top-level object close ({, data, meta, }).
    await expect.poll(() => lines.count()).toBeGreaterThan(8);
    await side.getByRole('combobox', { name: 'Fold' }).selectOption('1');
    // Monaco keeps each closing bracket's line: {, "data": [, ], "meta": {, }, }.
    await expect.poll(() => lines.count()).toBe(6);
    await side.getByRole('combobox', { name: 'Fold' }).selectOption('unfold');
    await expect.poll(() => lines.count()).toBeGreaterThan(8);

    // A click on a line: its path.
    await lines.filter({ hasText: '"meta"' }).click();
    await expect.poll(() => path.textContent()).toBe('$.meta');

    // Ctrl+G in Monaco opens the navigator's Go to, which takes paths.
    await page.keyboard.press('Control+G');
    const goTo = side.getByRole('textbox', { name: 'Go to a line, a JSON Pointer or a path' });
    expect(await goTo.evaluate((element) => element === document.activeElement)).toBe(true);
    await goTo.fill('data[1].items[0]');
    await goTo.press('Enter');
    await expect.poll(() => path.textContent()).toBe('$.data[1].items[0]');

    // Monaco's own find widget serves the Find button.
    await side.getByRole('button', { name: 'Find' }).click();
    await side.locator('.find-widget.visible').waitFor();
  });

  it('keeps the console clean on 100,000 nested brackets, and warns about the nesting', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/json`);
    const editor = page.locator('[data-testid="editor:JSON input"] .monaco-editor');
    await editor.waitFor();
    // Under the large-document limit: Monaco gets it, pasted through the clipboard.
    await page.evaluate(
      (text) => navigator.clipboard.writeText(text),
      '['.repeat(100_000) + ']'.repeat(100_000),
    );
    await editor.click();
    await page.keyboard.press('Control+V');
    await page.getByText(/Valid JSON · 1 warning/).waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: 'Nesting 100,000 levels deep' }).waitFor();
    await page.locator('[data-testid="editor:JSON input"] .view-line').first().waitFor();
    // Time for Monaco's workers to have reported anything they were going to.
    await page.waitForTimeout(1500);
    // useBrowser fails the test on any console error or uncaught exception.
  });

  it('keeps 100,000 nested brackets pasted as plain text out of Monaco’s bracket machinery', async () => {
    const { page, baseUrl } = session;
    await watchLongTasks(page);
    await page.goto(baseUrl);
    const editor = page.locator('[data-testid="editor:Response input"] .monaco-editor');
    await editor.waitFor();
    await editor.click();
    await longTasks(page);
    // Monaco names the model's language on the editor's element; read it in the paste's own task,
    // before the editor draws (which is when its bracket tree would parse the brackets).
    const languages = await page.evaluate(() => {
      const element = document.querySelector('[data-testid="editor:Response input"] [data-mode-id]');
      const before = element?.getAttribute('data-mode-id');
      const data = new DataTransfer();
      data.setData('text/plain', '['.repeat(100_000));
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      return [before, element?.getAttribute('data-mode-id')];
    });
    expect(languages).toEqual(['plaintext', 'nested-too-deep']);
    await page.locator('.body-warnings summary', { hasText: 'Nesting 100,000 levels deep' }).waitFor();
    await page.waitForTimeout(1000);
    console.log(
      `100,000 "[" pasted into Diagnose: main-thread tasks ${(await longTasks(page)).join(', ') || 'none'} ms`,
    );
  });
});

describe('the status codes reference in a narrow window', () => {
  const session = useBrowser({ viewport: { width: 420, height: 800 } });

  it('shows the retry verdict as a badge, and "0" finds only status 0', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/codes`);
    const row = page.locator('tr[data-code="429"]');
    const badge = row.locator('.verdict-badge');
    await badge.waitFor({ state: 'visible' });
    expect(await badge.textContent()).toBe(`Retry: ${await row.locator('.verdict-cell').textContent()}`);
    expect(await row.locator('.verdict-cell').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    await page.getByRole('searchbox', { name: 'Search status codes' }).fill('0');
    await expect.poll(() => page.locator('tr.code-row').count()).toBe(1);
    expect(await page.locator('tr.code-row').getAttribute('data-code')).toBe('0');
    await page.getByText('1 code', { exact: true }).waitFor();
  });
});
