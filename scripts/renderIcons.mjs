#!/usr/bin/env node
// Renders the app icons (public/icon-*.png, for the web manifest) from public/favicon.svg in Chromium.
// Usage: node scripts/renderIcons.mjs  (after changing the SVG)
import { findChromiumPath } from './findChromiumPath.mjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromiumArgs.mjs';
import { readFileSync } from 'node:fs';
const svg = readFileSync('public/favicon.svg', 'utf8');
const square = svg.replace('rx="14"', 'rx="0"');
const browser = await chromium.launch({ executablePath: findChromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [name, size, source] of [
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, square],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/${name}`, omitBackground: true });
}
await browser.close();
