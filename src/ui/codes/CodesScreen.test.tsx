// @vitest-environment jsdom
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
    expect(await screen.findByText(/No code matches/)).toBeInTheDocument();
  });
});
