import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';

export interface BrowserSession {
  page: Page;
  baseUrl: string;
  /** Requests that tried to leave 127.0.0.1 (blocked), and console errors, since the test began. */
  offenders: { externalRequests: string[]; consoleErrors: string[] };
}

/**
 * The run's one Chromium (started by globalSetup), a fresh context per test. Every request not addressed to the preview
 * server on 127.0.0.1 is blocked and recorded, and so is every console error: either fails the test.
 */
export function useBrowser(
  options: {
    viewport?: { width: number; height: number };
    /** 'allow' installs the offline service worker; by default it is blocked (no precache per test). */
    serviceWorkers?: 'allow' | 'block';
    colorScheme?: 'light' | 'dark';
  } = {},
): BrowserSession {
  const session = {
    offenders: { externalRequests: [] as string[], consoleErrors: [] as string[] },
  } as BrowserSession;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    const baseUrl = inject('baseUrl');
    const origin = new URL(baseUrl).origin;
    session.baseUrl = baseUrl;
    session.offenders.externalRequests = [];
    session.offenders.consoleErrors = [];
    context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      serviceWorkers: options.serviceWorkers ?? 'block',
      colorScheme: options.colorScheme ?? 'light',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      session.offenders.externalRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') session.offenders.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => session.offenders.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('websocket', (ws) => session.offenders.externalRequests.push(ws.url()));
    session.page = page;
  });

  afterEach(async () => {
    await context?.close();
    expect(session.offenders.externalRequests, 'requests that tried to leave 127.0.0.1').toEqual([]);
    expect(session.offenders.consoleErrors, 'console errors').toEqual([]);
  });

  return session;
}

/** Replaces the content of the Monaco editor with this label by typing it, as a user's paste would. */
export async function pasteIntoEditor(page: Page, label: string, text: string): Promise<void> {
  const editor = page.locator(`[data-testid="editor:${label}"] .monaco-editor`);
  await editor.waitFor({ state: 'visible' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Drops files on an element as the system's drag and drop would (a DragEvent carrying File objects). */
export async function dropFiles(
  page: Page,
  selector: string,
  files: readonly { name: string; text?: string; bytes?: number[] }[],
): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((element, list) => {
      const data = new DataTransfer();
      for (const f of list) {
        const content = f.bytes ? new Uint8Array(f.bytes) : (f.text ?? '');
        data.items.add(new File([content], f.name, { type: 'text/plain' }));
      }
      for (const type of ['dragenter', 'dragover', 'drop'])
        element.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    }, files);
}
