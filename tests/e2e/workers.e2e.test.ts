import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { dispatchPaste, longTasks, watchLongTasks } from './pageProbes';

/**
 * Rounds of leaving and re-entering the screens: the leak this guards against added live workers at
 * every round, so two rounds that must end with the same count catch it.
 */
const ROUNDS = 2;

/** A 3 MB API response: too big for the main thread and for Monaco, so every analysis runs in workers. */
function threeMegabyteResponse(): string {
  const items: string[] = [];
  for (let i = 0; i < 27_000; i++) {
    items.push(
      `{"id":${4_800_000 + i},"name":"item ${i}","tags":["a","b"],"price":{"amount":${i}.10,"currency":"EUR"},"active":true}`,
    );
  }
  return `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"data":[${items.join(',')}]}`;
}

/** A 2.4 MB JSON document for the JSON screen (over Monaco's limit too). */
function jsonDocument(): string {
  const items: string[] = [];
  for (let i = 0; i < 54_000; i++) items.push(`{"id":${i},"name":"item ${i}","tags":["a","b"]}`);
  return `{"data":[${items.join(',\n')}]}`;
}

/** Diagnose has analysed the big paste: the body is shown and its structure (the fold menu) is read. */
async function diagnoseSettled(page: Page): Promise<void> {
  const body = page.getByRole('region', { name: 'Body' });
  await body.locator('[data-testid="large-view:Response body"]').waitFor({ timeout: 90_000 });
  await body.getByRole('combobox', { name: 'Fold' }).waitFor({ timeout: 90_000 });
  await expect
    .poll(() => page.getByRole('region', { name: 'Diagnosis' }).getAttribute('aria-busy'))
    .toBe('false');
}

async function jsonSettled(page: Page): Promise<void> {
  const check = page.getByRole('region', { name: 'JSON check' });
  await check.waitFor({ timeout: 90_000 });
  await expect.poll(() => check.getAttribute('aria-busy'), { timeout: 90_000 }).toBe('false');
  await expect.poll(() => check.textContent(), { timeout: 90_000 }).toMatch(/valid/i);
}

/**
 * The live workers, once those terminated have gone: Chromium reports a closed worker a moment after
 * `terminate()`, so this waits (up to 10 s) for the count to come down to `bound`, then reads it.
 */
async function workersAfterClosing(page: Page, bound = Number.POSITIVE_INFINITY): Promise<number> {
  for (let waited = 0; page.workers().length > bound && waited < 10_000; waited += 250)
    await page.waitForTimeout(250);
  return page.workers().length;
}

async function open(page: Page, screen: 'Diagnose' | 'JSON' | 'Compare'): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click();
}

describe('workers while moving between screens with a big input', () => {
  const session = useBrowser();

  it(`keeps the number of live workers bounded over ${ROUNDS} rounds, and the main thread free`, async () => {
    const { page, baseUrl } = session;
    await watchLongTasks(page);
    await page.goto(baseUrl);
    await page.locator('[data-testid="editor:Response input"] .monaco-editor').waitFor();

    // Monaco's own editor workers exist before any big input: what is constant is measured, not assumed.
    const atStart = page.workers().length;
    await longTasks(page);
    expect(await dispatchPaste(page, 'Response input', threeMegabyteResponse)).toBeGreaterThan(2_500_000);
    await diagnoseSettled(page);
    const diagnosePaste = await longTasks(page);

    await open(page, 'JSON');
    await page.locator('[data-testid="editor:JSON input"] .monaco-editor').waitFor();
    await longTasks(page);
    expect(await dispatchPaste(page, 'JSON input', jsonDocument)).toBeGreaterThan(2_000_000);
    await jsonSettled(page);
    const jsonPaste = await longTasks(page);

    const counts: number[] = [];
    const tasksPerRound: number[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await open(page, 'Compare');
      await page.getByRole('heading', { name: /paste/i }).first().waitFor();
      await open(page, 'JSON');
      await jsonSettled(page);
      await open(page, 'Diagnose');
      await diagnoseSettled(page);
      counts.push(await workersAfterClosing(page, counts[0]));
      console.log(`round ${round + 1}: ${counts.at(-1)} live workers`);
      tasksPerRound.push(await longTasks(page));
    }

    console.log(
      `live workers: ${atStart} before the paste, after each round ${counts.join(', ')} ` +
        `(${page
          .workers()
          .map((w) => w.url().split('/').pop())
          .join(', ')})`,
    );
    const listed = (tasks: number[]) => tasks.join(', ') || 'none';
    console.log(
      `main-thread tasks over 50 ms: Diagnose paste of 3 MB ${listed(diagnosePaste)}; JSON paste of 2.4 MB ` +
        `${listed(jsonPaste)}; per round ${tasksPerRound.map(listed).join(' | ')} ms`,
    );
    // No growth per round: every round ends with as many live workers as the first.
    expect(counts.every((count) => count === counts[0])).toBe(true);
  }, 150_000);
});
