import { describe, expect, it } from 'vitest';
import { pasteIntoEditor, useBrowser } from './browser';

const activeLabel = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      inEditor: !!el?.closest('.code-editor'),
      text: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
    };
  });

async function editorTextOf(page: import('playwright-core').Page, label: string): Promise<string> {
  const text = await page.locator(`[data-testid="editor:${label}"] .view-lines`).innerText();
  return text.replace(/\u00a0/g, ' ');
}

describe('Keyboard and themes in Chromium', () => {
  const session = useBrowser();

  it('Tab indents inside the editor; Escape then Tab leaves it (and Shift+Tab goes back)', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/json`);
    await pasteIntoEditor(page, 'JSON input', '{"a": 1}');
    await page.keyboard.press('Tab');
    expect((await activeLabel(page)).inEditor).toBe(true);
    await page.locator('.editor-hint').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const after = await activeLabel(page);
    expect(after.inEditor).toBe(false);
    expect(after.text).toMatch(/^History/);
    await pasteIntoEditor(page, 'JSON input', '{"a": 1}');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect((await activeLabel(page)).inEditor).toBe(false);
  });

  it('? lists the shortcuts; Alt+Shift+letters switch screens, format, and focus the input', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Paste a failing response' }).waitFor();
    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.getByRole('cell', { name: 'Format the JSON' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.keyboard.press('Alt+Shift+J');
    await pasteIntoEditor(page, 'JSON input', '{"b":1,"a":[1,2]}');
    await page.getByText(/Valid JSON/).waitFor();
    // From inside the editor: the app's Format (lossless), not Monaco's own Shift+Alt+F.
    await page.keyboard.press('Alt+Shift+F');
    await expect.poll(() => editorTextOf(page, 'JSON input')).toContain('"a": [');
    await page.getByRole('button', { name: 'Undo format' }).waitFor();

    // Ctrl+O opens the file dialog of the screen's input, from inside the editor too. What the test
    // sees is the click on that input: Playwright's file-chooser interception is switched on
    // asynchronously and, on a loaded machine, once lost the race with the key press.
    await page.evaluate(() => {
      const clicked: string[] = [];
      (window as unknown as { fileInputsClicked: string[] }).fileInputsClicked = clicked;
      document.addEventListener(
        'click',
        (event) => {
          const target = event.target;
          if (target instanceof HTMLInputElement && target.type === 'file') {
            clicked.push(target.closest('section')?.getAttribute('aria-label') ?? '');
            event.preventDefault(); // the test supplies the file below
          }
        },
        true,
      );
    });
    await page.keyboard.press('Control+O');
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { fileInputsClicked: string[] }).fileInputsClicked),
      )
      .toEqual(['JSON to check']);
    await page.locator('section[aria-label="JSON to check"] input[type="file"]').setInputFiles({
      name: 'body.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"opened": true}'),
    });
    await expect.poll(() => editorTextOf(page, 'JSON input')).toContain('"opened": true');

    await page.keyboard.press('Alt+Shift+C');
    await page.getByRole('button', { name: 'Load example pair' }).click();
    const nameA = page.getByRole('textbox', { name: 'Name of side A' });
    const before = await nameA.inputValue();
    await page.keyboard.press('Alt+Shift+X');
    await expect.poll(() => page.getByRole('textbox', { name: 'Name of side B' }).inputValue()).toBe(before);

    await page.keyboard.press('Alt+Shift+S');
    await page.getByRole('heading', { name: 'Status codes', level: 1 }).waitFor();
    await page.keyboard.press('Alt+Shift+I');
    expect((await activeLabel(page)).text).toBe('Search status codes');
  });

  it('a link to #/codes/429 scrolls to the code and focuses it', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: /429 Too Many Requests/ }).click();
    await page.getByRole('link', { name: 'full reference' }).click();
    const toggle = page.getByRole('button', { name: '429', exact: true });
    await expect.poll(() => toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await toggle.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
  });

  it('follows a dark system theme (Monaco too), and remembers a chosen theme', async () => {
    const { page, baseUrl } = session;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}#/json`);
    await page.locator('[data-testid="editor:JSON input"] .monaco-editor').waitFor();
    const background = () =>
      page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.body.parentElement!)
          .backgroundColor.match(/\d+/g)!
          .map(Number);
        return (r! + g! + b!) / 3;
      });
    await expect.poll(background).toBeLessThan(60);
    expect(await page.locator('.monaco-editor.vs-dark').count()).toBe(1);

    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('light');
    await expect.poll(background).toBeGreaterThan(200);
    expect(await page.locator('.monaco-editor.vs').count()).toBe(1);
    await page.reload();
    await page.locator('[data-testid="editor:JSON input"] .monaco-editor').waitFor();
    expect(await background()).toBeGreaterThan(200);
    expect(await page.getByRole('combobox', { name: 'Colour theme' }).inputValue()).toBe('light');
  });
});
