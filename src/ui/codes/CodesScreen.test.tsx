// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { listStatuses } from '../../core';
import CodesScreen from './CodesScreen';

afterEach(cleanup);

const rows = () => screen.getAllByRole('row').filter((r) => r.classList.contains('code-row'));

describe('CodesScreen', () => {
  it('lists every code in the catalogue', () => {
    render(<CodesScreen />);
    expect(rows()).toHaveLength(listStatuses().length);
    expect(rows().length).toBeGreaterThan(64);
  });

  it.each([
    ['rate limit', 429],
    ['token', 401],
    ['payload too large', 413],
    ['422', 422],
  ])('search "%s" finds %s', async (query, code) => {
    render(<CodesScreen />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search status codes' }), {
      target: { value: query },
    });
    expect(await screen.findByRole('button', { name: String(code) })).toBeInTheDocument();
    expect(rows().length).toBeLessThan(listStatuses().length);
  });

  it('opens a row into its full guidance, and opens the code named in the route', () => {
    render(<CodesScreen code="422" />);
    const open = screen.getByRole('button', { name: '422' });
    expect(open).toHaveAttribute('aria-expanded', 'true');
    // A link into the reference lands on the code itself: focused (and scrolled to, in a browser).
    expect(document.activeElement).toBe(open);
    const details = screen.getByText(/Also known as/);
    expect(details.textContent).toMatch(/Unprocessable Entity/);
    const toggle = screen.getByRole('button', { name: '404' });
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const row = toggle.closest('tr')!.nextElementSibling as HTMLElement;
    expect(within(row).getByText('Often confused with')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '410' })).toHaveAttribute('href', '#/codes/410');
  });

  it('counts the codes found in the right number', async () => {
    render(<CodesScreen />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'teapot' } });
    expect(await screen.findByText('1 code')).toBeInTheDocument();
  });

  it('repeats the retry verdict beside the name, for windows too narrow for the Retry? column', () => {
    render(<CodesScreen />);
    const row = screen.getByRole('button', { name: '429' }).closest('tr')!;
    const name = row.querySelectorAll('td')[1]!;
    expect(within(name).getByText(/^Retry: /)).toHaveTextContent(
      `Retry: ${row.querySelector('.verdict-cell')!.textContent}`,
    );
  });

  it('says so when nothing matches', async () => {
    render(<CodesScreen />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzzz-nothing' } });
    expect(await screen.findByText(/No code in the catalogue matches/)).toBeInTheDocument();
  });

  it.each([
    ['999', /999: not a valid HTTP status/, /LinkedIn/],
    ['600', /600: not a valid HTTP status/, /from 100 to 599/],
    ['299', /299: not in the catalogue, so read as its class/, /treat it like 200/],
  ])(
    'a route to %s, which has no row, says what it is instead of listing everything silently (QA report 1, item 16)',
    (code, heading, text) => {
      render(<CodesScreen code={code} />);
      const card = screen.getByRole('region', { name: `Status ${code}` });
      expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(heading);
      expect(card.textContent).toMatch(text);
    },
  );

  it('searching a code with no row offers its class (QA report 1, item 16)', async () => {
    render(<CodesScreen />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '299' } });
    const card = await screen.findByRole('region', { name: 'Status 299' });
    expect(card.textContent).toMatch(/2xx/);
    expect(screen.getByText(/No code in the catalogue matches “299”: see above/)).toBeInTheDocument();
  });

  it('a listed code gets no extra card', () => {
    render(<CodesScreen code="429" />);
    expect(screen.queryByRole('region', { name: 'Status 429' })).toBeNull();
  });
});
