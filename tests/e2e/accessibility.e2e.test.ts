import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pasteIntoEditor, useBrowser } from './browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SESSION_HAR = readFileSync(
  new URL('../fixtures/session/chrome-api-session.har', import.meta.url),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * What axe checks: in the light theme every WCAG 2.1 A/AA rule and its best practices; in the dark
 * theme only what a theme changes (colours), as structure and names are the same in both.
 */
const RULES = {
  light: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  dark: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
} as const;

/**
 * Waits until the page shows what it will keep showing, so axe judges a still page: no editor still
 * loading, no comparison still running, every Monaco editor in the theme of the page, and a frame
 * drawn since. Monaco draws a theme change (and a new text's colours) in its next animation frame:
 * before it, its lines carry the old theme's colour classes under the new theme's colours, which axe
 * reads as poor contrast. Two frames: the one Monaco draws in, and one after it.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (document.querySelector('.editor-loading, [aria-busy="true"]')) return false;
    const monacoTheme = document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs';
    return [...document.querySelectorAll('.monaco-editor')].every((editor) =>
      editor.classList.contains(monacoTheme),
    );
  });
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Serious and critical violations on the page as it is now (axe-core, injected: the CSP forbids inline scripts). */
async function seriousViolations(page: Page, theme: keyof typeof RULES): Promise<string[]> {
  await settled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations;
  }, RULES[theme]);
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 5)
          .join(', ')}`,
    );
}

/** Every screen, first empty and then showing results, as a user would reach them. */
const SCREENS: readonly {
  name: string;
  hash: string;
  ready: (page: Page) => Promise<void>;
  fill: (page: Page) => Promise<void>;
}[] = [
  {
    name: 'Diagnose',
    hash: '#/',
    ready: (page) => page.locator('[data-testid="editor:Response input"] .monaco-editor').waitFor(),
    fill: async (page) => {
      await page.getByRole('button', { name: /429 Too Many Requests/ }).click();
      await page.getByRole('table', { name: 'Backoff schedule' }).waitFor();
    },
  },
  {
    name: 'Diagnose, a HAR session',
    hash: '#/',
    ready: (page) => page.locator('[data-testid="editor:Response input"] .monaco-editor').waitFor(),
    fill: async (page) => {
      await page.evaluate((text) => navigator.clipboard.writeText(text), SESSION_HAR);
      await page.locator('[data-testid="editor:Response input"] .monaco-editor').click();
      await page.keyboard.press('Control+V');
      await page.getByRole('table', { name: 'Session entries' }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Download sanitized HAR…' }).click();
      await page.getByRole('list', { name: 'What is removed' }).waitFor();
    },
  },
  {
    name: 'JSON',
    hash: '#/json',
    ready: (page) => page.locator('[data-testid="editor:JSON input"] .monaco-editor').waitFor(),
    fill: async (page) => {
      await pasteIntoEditor(page, 'JSON input', '{"id": 12345678901234567890, "id": 2,}');
      await page.getByText(/Invalid JSON/).waitFor();
    },
  },
  {
    name: 'Compare',
    hash: '#/compare',
    ready: async (page) => {
      await page.locator('[data-testid="editor:Response A"] .monaco-editor').waitFor();
      await page.locator('[data-testid="editor:Response B"] .monaco-editor').waitFor();
    },
    fill: async (page) => {
      await page.getByRole('button', { name: 'Load example pair' }).click();
      // The summary of the finished comparison (a running one marks the results aria-busy).
      await page.locator('.compare-results[aria-busy="false"] .compare-summary').waitFor();
    },
  },
  {
    name: 'Status codes',
    hash: '#/codes',
    ready: (page) => page.getByRole('searchbox', { name: 'Search status codes' }).waitFor(),
    fill: async (page) => {
      await page.getByRole('button', { name: '429', exact: true }).click();
      await page.locator('.code-details-row').waitFor();
    },
  },
];

/** Checks the page in both themes (switched as a user would, with the theme control). */
async function bothThemes(page: Page, what: string): Promise<void> {
  const theme = page.getByRole('combobox', { name: 'Colour theme' });
  for (const colorScheme of ['light', 'dark'] as const) {
    await theme.selectOption(colorScheme);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    expect(await seriousViolations(page, colorScheme), `${what}, ${colorScheme}`).toEqual([]);
  }
  await theme.selectOption('system');
}

describe('Accessibility (axe-core), light and dark', () => {
  const session = useBrowser();

  it.each(SCREENS.map((s) => [s.name, s] as const))(
    '%s: no serious or critical violation, empty and with results',
    async (_name, screen) => {
      const { page, baseUrl } = session;
      await page.goto(`${baseUrl}${screen.hash}`);
      await screen.ready(page);
      expect(await page.locator('h1').count(), 'one h1 per screen').toBe(1);
      await bothThemes(page, `${screen.name}, empty`);
      await screen.fill(page);
      await bothThemes(page, `${screen.name}, with results`);
    },
  );

  it('dialogs: history and shortcuts', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: /401 Unauthorized/ }).click();
    await page.getByRole('button', { name: 'History (1)' }).click();
    await page.getByRole('dialog', { name: 'History · Diagnose' }).waitFor();
    expect(await seriousViolations(page, 'light'), 'history dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await seriousViolations(page, 'light'), 'shortcuts dialog').toEqual([]);
  });
});
