import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pasteIntoEditor, useBrowser } from './browser';

const transcript = (file: string): string =>
  readFileSync(new URL(`../fixtures/transcripts/${file}`, import.meta.url), 'utf8');

describe('Diagnose screen with terminal transcripts in Chromium', () => {
  const session = useBrowser();

  it('diagnoses curl -v output pasted with its prompt and command line', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    // curl 7.37 -v, with "$ curl -v http://localhost:8080/…" above the output.
    await pasteIntoEditor(page, 'Response input', transcript('001-curl-v-201-created-express-echo.txt'));
    const status = page.getByRole('article', { name: 'Status' });
    await status.getByText('Created', { exact: true }).waitFor();
    await expect.poll(() => status.locator('.status-code').textContent()).toBe('201');
    await expect.poll(() => status.getByLabel('Verdict').textContent()).toMatch(/^Nothing to retry/);
    await expect
      .poll(() => page.locator('.command-line code').textContent())
      .toBe('curl -v http://localhost:8080/sendmeback/201/test?Content-Type=text%2fcsv\\&Pragma=custom');
    await expect.poll(() => page.locator('.input-kind').textContent()).toContain('curl -v output');
  });

  it('diagnoses a curl: (6) failure as No response: cause, what curl said, checks and verdict', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await pasteIntoEditor(
      page,
      'Response input',
      transcript('023-curl-8-v-6-could-not-resolve-root-prompt.txt'),
    );
    const card = page.getByRole('article', { name: 'No response' });
    await card.getByRole('heading', { name: 'The host name could not be resolved' }).waitFor();
    await expect
      .poll(() => card.locator('.no-response-said').textContent())
      .toContain('Could not resolve host: www.google.com');
    await expect.poll(() => card.getByText('nslookup www.google.com', { exact: true }).count()).toBe(1);
    await expect
      .poll(() => card.getByLabel('Verdict').textContent())
      .toMatch(/^Retry only after fixing the request/);
    expect(await page.getByRole('article', { name: 'Status' }).count()).toBe(0);
    expect(await page.getByText(/Invalid status|garbled/).count()).toBe(0);
  });

  it('diagnoses a bare curl: (6) line too', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await pasteIntoEditor(page, 'Response input', 'curl: (6) Could not resolve host: api.example.com');
    const card = page.getByRole('article', { name: 'No response' });
    await card.getByRole('heading', { name: 'The host name could not be resolved' }).waitFor();
    await expect.poll(() => page.locator('.input-kind').textContent()).toContain('No response');
  });
});
