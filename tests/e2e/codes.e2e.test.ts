import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

describe('Status codes reference in Chromium', () => {
  const session = useBrowser();

  it('searches the catalogue by words and opens a code from the Diagnose screen link', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}#/codes`);
    const search = page.getByRole('searchbox', { name: 'Search status codes' });
    await search.fill('token');
    await page.getByRole('button', { name: '401', exact: true }).waitFor();
    await search.fill('gateway');
    await page.getByRole('button', { name: '504', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '200', exact: true }).count()).toBe(0);
    await page.goto(`${baseUrl}#/codes/413`);
    await page.getByText('Content Too Large', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '413', exact: true }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });
});
