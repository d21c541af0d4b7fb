import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';

export interface BrowserSession {
  page: Page;
  baseUrl: string;
  /** Requests that tried to leave 127.0.0.1 (blocked), and console errors, since the test began. */
  offenders: { externalRequests: string[]; consoleErrors: string[] };
}

/**
 * The run's one Chromium (started by globalSetup); every test gets a new page on a clean origin. Every
 * request not addressed to the build server on 127.0.0.1 is blocked and recorded, and so is every
 * console error: either fails the test.
 *
 * The tests of one `useBrowser` share a browser context, and the origin's stored data (localStorage,
 * IndexedDB, Cache Storage, ...) is erased before each test, so each still starts as a first visit: a
 * new context costs Chromium about 1.5 s of CPU per test here, which was most of the suite's time on
 * two cores. A test that installs the service worker gets a context of its own (it outlives pages).
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
  const contextPerTest = options.serviceWorkers === 'allow';
  let browser: Browser;
  let context: BrowserContext | undefined;

  async function openContext(origin: string): Promise<BrowserContext> {
    const opened = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      serviceWorkers: options.serviceWorkers ?? 'block',
      colorScheme: options.colorScheme ?? 'light',
    });
    await opened.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await opened.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      session.offenders.externalRequests.push(url);
      return route.abort('blockedbyclient');
    });
    return opened;
  }

  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
    if (!contextPerTest) context = await openContext(new URL(inject('baseUrl')).origin);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  beforeEach(async () => {
    const baseUrl = inject('baseUrl');
    const origin = new URL(baseUrl).origin;
    session.baseUrl = baseUrl;
    session.offenders.externalRequests = [];
    session.offenders.consoleErrors = [];
    if (contextPerTest || !context) context = await openContext(origin);
    const page = await context.newPage();
    if (!contextPerTest) await eraseSiteData(page, origin);
    page.on('console', (message) => {
      if (message.type() === 'error') session.offenders.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => session.offenders.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('websocket', (ws) => session.offenders.externalRequests.push(ws.url()));
    session.page = page;
  });

  afterEach(async () => {
    if (contextPerTest) {
      await context?.close();
      context = undefined;
    } else {
      // Every page of the test (a popup, a second tab) closes with it.
      await Promise.all(context?.pages().map((page) => page.close()) ?? []);
    }
    expect(session.offenders.externalRequests, 'requests that tried to leave 127.0.0.1').toEqual([]);
    expect(session.offenders.consoleErrors, 'console errors').toEqual([]);
  });

  return session;
}

/**
 * Erases everything the origin stored in this context (localStorage, IndexedDB, Cache Storage,
 * service workers, cookies, ...), from a page that has not loaded it yet: the next test's first visit.
 */
async function eraseSiteData(page: Page, origin: string): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  } finally {
    await devtools.detach();
  }
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
