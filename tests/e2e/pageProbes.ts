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
export async function dispatchPaste(page: Page, editorLabel: string, build: () => string): Promise<number> {
  await page.evaluate(`window.pasteText = (${build.toString()})()`);
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
