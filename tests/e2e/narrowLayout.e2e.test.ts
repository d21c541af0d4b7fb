import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pasteIntoEditor, useBrowser } from './browser';

const GITHUB_403 = [
  'HTTP/2 403',
  'date: Thu, 26 Nov 2026 17:00:00 GMT',
  'content-type: application/json; charset=utf-8',
  'x-github-media-type: github.v3; format=json',
  'x-ratelimit-remaining: 4987',
  'retry-after: 60',
  'x-github-request-id: C0B2:1F7B:2A4E1B:2B8C3D:6745F0A1',
  '',
  '{"message":"You have exceeded a secondary rate limit."}',
].join('\n');

/** How many lines the text of an element wraps onto, as laid out. */
function linesOf(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    return tops.size;
  });
}

/**
 * Where each example's bullet sits against its title: a list marker sits on the baseline of the item's
 * first line box, which a zero-width probe placed before the title shares. Returns, per title that
 * wraps, the probe's baseline distance from the bottom of the title's first line (0 when aligned).
 */
function bulletOffsets(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.example-list li')].flatMap((item) => {
      const title = item.querySelector('button');
      if (!title) return [];
      const lines = [...title.getClientRects()];
      const range = document.createRange();
      range.selectNodeContents(title);
      const textLines = [...range.getClientRects()];
      if (new Set(textLines.map((r) => Math.round(r.top))).size < 2 || lines.length === 0) return [];
      const probe = document.createElement('span');
      probe.textContent = '\u200b';
      item.insertBefore(probe, title);
      const offset = Math.abs(probe.getBoundingClientRect().bottom - textLines[0]!.bottom);
      probe.remove();
      return [Math.round(offset)];
    }),
  );
}

describe.each([
  [1280, 800],
  [420, 800],
])('the welcome examples at %i px', (width, height) => {
  const session = useBrowser({ viewport: { width, height } });

  it('keep each bullet on the first line of a title that wraps', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.locator('.example-list li').first().waitFor();
    // Narrow the list so that titles wrap at either width (at 420 px they fit on one line).
    await page.locator('.example-list').evaluate((list) => ((list as HTMLElement).style.width = '260px'));
    const offsets = await bulletOffsets(page);
    expect(offsets.length).toBeGreaterThan(0);
    expect(offsets.every((offset) => offset <= 2)).toBe(true);
  });
});

describe.each([
  [420, 800],
  [1280, 800],
])('Diagnose headers at %i px', (width, height) => {
  const session = useBrowser({ viewport: { width, height } });

  it('gives each response header its name, then its value on a line of its own', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await pasteIntoEditor(page, 'Response input', GITHUB_403);
    const headers = page.getByRole('region', { name: 'Response headers' });
    const date = headers.locator('tr', { hasText: 'Thu, 26 Nov 2026' });
    await date.waitFor();
    const [name, value] = [date.locator('.header-name'), date.locator('.header-value')];
    const nameBox = (await name.boundingBox())!;
    const valueBox = (await value.boundingBox())!;
    const cardBox = (await headers.boundingBox())!;
    // Stacked: the value sits below the name and spans the card, so short values never break.
    expect(valueBox.y).toBeGreaterThanOrEqual(nameBox.y + nameBox.height - 1);
    expect(valueBox.width).toBeGreaterThan(cardBox.width * 0.8);
    expect(await linesOf(value)).toBe(1);
    expect(await linesOf(headers.locator('tr', { hasText: 'charset=utf-8' }).locator('.header-value'))).toBe(
      1,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});
