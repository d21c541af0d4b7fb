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
  if (shots.includes('codes')) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(base + '#/codes/429');
    await page.getByRole('searchbox').fill('rate limit');
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'tests/output/codes.png' });
  }
} finally {
  await browser.close();
  await server.close();
}
