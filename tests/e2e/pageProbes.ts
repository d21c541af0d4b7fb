import type { Page } from 'playwright-core';

/** Records every main-thread task over 50 ms from the first script on (Chromium's longtask entries). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const durations: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks recorded since the last call, in milliseconds. */
export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
}

/**
 * Pastes as Ctrl+V would: a ClipboardEvent carrying the text, dispatched in the editor. The text is
 * built in the page (sending 20 MB through the test protocol is slow), and typing or
 * `keyboard.insertText` of megabytes crashes headless Chromium's renderer.
 */
export async function dispatchPaste(
  page: Page,
  editorLabel: string,
  build: () => string,
  /** Runs between building the text and pasting it (to leave the building out of a measurement). */
  beforePaste?: () => Promise<unknown>,
): Promise<number> {
  await page.evaluate(`window.pasteText = (${build.toString()})()`);
  await beforePaste?.();
  return page.evaluate((label) => {
    const holder = window as unknown as { pasteText: string };
    const text = holder.pasteText;
    holder.pasteText = '';
    const target = document.querySelector(`[data-testid="editor:${label}"] textarea`);
    if (!target) throw new Error(`no editor ${label}`);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    return text.length;
  }, editorLabel);
}

/** A message posted to a worker: its task, and the characters of text it carried. */
export interface WorkerPost {
  type: string;
  chars: number;
}

/**
 * Records, for every task the page posts to a worker, its type and the characters of text it carries
 * (the strings among its request's fields, and the parts of a long one posted before it): what the
 * main thread copies in structured clones for it.
 */
export async function watchWorkerPosts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const posts: { type: string; chars: number }[] = [];
    (window as unknown as { workerPosts: typeof posts }).workerPosts = posts;
    const post = Worker.prototype.postMessage;
    /** Characters of parts posted to each worker since its last task. */
    const partChars = new WeakMap<Worker, number>();
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
      const part = (message as { part?: { text?: string } } | null)?.part;
      if (part) {
        partChars.set(this, (partChars.get(this) ?? 0) + (part.text?.length ?? 0));
        return post.call(this, message, ...rest);
      }
      const request = (message as { request?: Record<string, unknown> } | null)?.request ?? {};
      let chars = partChars.get(this) ?? 0;
      partChars.delete(this);
      for (const value of Object.values(request)) {
        if (typeof value === 'string') chars += value.length;
        else if (Array.isArray(value))
          for (const item of value as unknown[]) if (typeof item === 'string') chars += item.length;
      }
      posts.push({ type: String(request.type), chars });
      return post.call(this, message, ...rest);
    } as typeof post;
  });
}

/** The messages posted to workers since the last call. */
export async function workerPosts(page: Page): Promise<WorkerPost[]> {
  return page.evaluate(() => (window as unknown as { workerPosts: WorkerPost[] }).workerPosts.splice(0));
}

/** The posts that carried a document (a million characters or more), as "task 38.0 MB". */
export function documentPosts(posts: WorkerPost[]): string[] {
  return posts
    .filter((post) => post.chars >= 1_000_000)
    .map((post) => `${post.type} ${(post.chars / 1e6).toFixed(1)} MB`);
}

/**
 * Whether a store's saved copy is in IndexedDB, and in how many parts its long text was written
 * (stateDatabase.ts); counted by key, so the probe copies no text into the page.
 */
export async function savedCopy(page: Page, name: string): Promise<{ saved: boolean; parts: number }> {
  return page.evaluate(
    (key) =>
      new Promise<{ saved: boolean; parts: number }>((resolve) => {
        const none = { saved: false, parts: 0 };
        const open = indexedDB.open('triage');
        open.onerror = () => resolve(none);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('state')) {
            db.close();
            return resolve(none);
          }
          const store = db.transaction('state', 'readonly').objectStore('state');
          const record = store.count(key);
          const parts = store.count(IDBKeyRange.bound([key], [key, []]));
          parts.onsuccess = () => {
            db.close();
            resolve({ saved: record.result === 1, parts: parts.result });
          };
        };
      }),
    name,
  );
}
