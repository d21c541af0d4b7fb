#!/usr/bin/env node
// Takes screenshots of the built app in headless Chromium, for the README and for looking at the UI.
// Usage: node scripts/screenshot.mjs  (after npm run build)
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from './chromiumArgs.mjs';
import { findChromiumPath } from './findChromiumPath.mjs';

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const address = server.httpServer.address();
const base = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({
  executablePath: findChromiumPath(),
  args: CHROMIUM_ARGS,
});
try {
  const shots = process.argv.slice(2);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base);
  if (shots.length === 0 || shots.includes('diagnose')) {
    await page.getByRole('button', { name: /429 Too Many Requests/ }).click();
    await page.locator('.monaco-editor').first().waitFor();
    await page.getByRole('table', { name: 'Backoff schedule' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: 'tests/screenshots/diagnose.png' });
    await page.locator('.results-panel').evaluate((el) => el.scrollBy(0, 700));
    await page.screenshot({ path: 'tests/output/diagnose-scrolled.png' });
  }
  if (shots.includes('narrow')) {
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: 'tests/output/diagnose-narrow.png', fullPage: false });
  }
  if (shots.includes('compare')) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(base + '#/compare');
    await page.getByRole('button', { name: /Try an example/ }).click();
    await page.getByTestId('diff-region').first().waitFor();
    await page.locator('button.change-target').nth(1).click();
    await page.waitForTimeout(300);
    await page.getByRole('region', { name: 'Summary' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: 'tests/screenshots/compare.png' });
    await page.getByRole('region', { name: 'Body changes' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: 'tests/output/compare-body.png' });
  }
  if (shots.includes('compare-narrow')) {
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(base + '#/compare');
    await page.getByRole('button', { name: 'Load example pair' }).click();
    await page.getByTestId('diff-region').first().waitFor();
    await page.getByRole('region', { name: 'Header differences' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: 'tests/output/compare-narrow.png' });
    await page.getByRole('region', { name: 'Body changes' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: 'tests/output/compare-narrow-body.png' });
  }
  if (shots.includes('compare-files')) {
    // Two real recordings, one per side (their last failing or final entries are compared).
    const [fileA, fileB] = process.argv
      .slice(2)
      .filter((arg) => arg.includes('.'))
      .slice(0, 2);
    const { readFileSync } = await import('node:fs');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(base + '#/compare');
    await page.locator('[data-testid="editor:Response A"] .monaco-editor').waitFor();
    for (const [side, file] of [
      ['A', fileA],
      ['B', fileB],
    ]) {
      const text = readFileSync(file, 'utf8');
      if (text.length < 50_000) {
        // Monaco takes typed text; headless Chromium cannot type much more than this.
        await page.locator(`[data-testid="editor:Response ${side}"] .monaco-editor`).click();
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText(text);
        continue;
      }
      await page.evaluate(
        ([letter, text]) => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          document
            .querySelector(`[data-testid="editor:Response ${letter}"] textarea`)
            ?.dispatchEvent(
              new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
            );
        },
        [side, text],
      );
    }
    await page.getByTestId('compare-summary').waitFor();
    await page.waitForTimeout(500);
    await page.getByRole('region', { name: 'Summary' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: 'tests/output/compare-files.png' });
    await page.getByRole('region', { name: 'Bodies side by side' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: 'tests/output/compare-files-regions.png' });
  }
  if (shots.includes('codes')) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(base + '#/codes/429');
    await page.getByRole('searchbox').fill('rate limit');
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'tests/output/codes.png' });
  }
  if (shots.includes('themes')) {
    // Every screen, light and dark, wide and narrow: tests/output/<screen>-<theme>-<width>.png.
    const screens = [
      [
        'diagnose',
        '#/',
        async (p) => {
          await p.getByRole('button', { name: /429 Too Many Requests/ }).click();
          await p.getByRole('table', { name: 'Backoff schedule' }).waitFor();
          await p.locator('.monaco-editor').first().waitFor();
        },
      ],
      [
        'json',
        '#/json',
        async (p) => {
          await p.locator('.monaco-editor').first().waitFor();
          await p.locator('.monaco-editor').first().click();
          await p.keyboard.insertText(
            '{\n  "id": 12345678901234567890,\n  "name": "Zoë",\n  "tags": ["a", "b",]\n}',
          );
          await p.getByText(/Invalid JSON/).waitFor();
        },
      ],
      [
        'compare',
        '#/compare',
        async (p) => {
          await p.getByRole('button', { name: 'Load example pair' }).click();
          await p.locator('.compare-summary').waitFor();
        },
      ],
      [
        'codes',
        '#/codes/429',
        async (p) => {
          await p.locator('.code-details-row').waitFor();
        },
      ],
    ];
    for (const theme of ['light', 'dark']) {
      for (const width of [1280, 420]) {
        const context = await browser.newContext({
          viewport: { width, height: 800 },
          colorScheme: theme,
          serviceWorkers: 'block',
        });
        const themed = await context.newPage();
        for (const [name, hash, fill] of screens) {
          await themed.goto(base + hash);
          await fill(themed);
          await themed.waitForTimeout(600);
          await themed.screenshot({ path: `tests/output/${name}-${theme}-${width}.png` });
          // The README shows the Diagnose screen in each theme.
          if (name === 'diagnose' && width === 1280)
            await themed.screenshot({ path: `tests/screenshots/diagnose-${theme}.png` });
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
