// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRunTask } from '../../../workers/coreClient';
import { loadDiagnosisResult } from '../loadDiagnosisResult';
import { useDiagnoseStore } from '../../../state/diagnoseStore';
import { useSessionViewStore } from '../../../state/sessionViewStore';
import { DiagnoseScreen } from '../DiagnoseScreen';

// The core and the diagnosis view load on demand (not part of the first paint): load them once here.
beforeAll(() => Promise.all([loadRunTask(), loadDiagnosisResult()]));

// Read from the project root, where vitest runs.
const CHROME = readFileSync('tests/fixtures/session/chrome-api-session.har', 'utf8');

async function openSession() {
  render(<DiagnoseScreen />);
  const [editor] = await screen.findAllByLabelText('Response input');
  fireEvent.change(editor!, { target: { value: CHROME } });
  const table = await screen.findByRole('table', { name: 'Session entries' }, { timeout: 5000 });
  // Opened on the last failure (entry 25), scrolled there; start from the top as a user scrolling up would.
  act(() => useDiagnoseStore.getState().selectExchange(0));
  await waitFor(() =>
    expect(table.querySelector('[aria-selected="true"]')?.getAttribute('data-entry')).toBe('0'),
  );
  return table;
}

const rowCount = (table: HTMLElement) => Number(table.getAttribute('aria-rowcount')) - 1;
const statusCard = () => screen.findByRole('article', { name: 'Status' });

beforeEach(() => {
  localStorage.clear();
  act(() => {
    useDiagnoseStore.getState().clear();
    useSessionViewStore.getState().reset();
  });
});
afterEach(cleanup);

describe('Session view', () => {
  it('opens on the last failure, lists every entry and the session findings', async () => {
    render(<DiagnoseScreen />);
    const [editor] = await screen.findAllByLabelText('Response input');
    fireEvent.change(editor!, { target: { value: CHROME } });
    const table = await screen.findByRole('table', { name: 'Session entries' }, { timeout: 5000 });
    await waitFor(() =>
      expect(table.querySelector('[aria-selected="true"]')?.getAttribute('data-entry')).toBe('24'),
    );
    expect(rowCount(table)).toBe(26);
    const findings = await screen.findByRole('region', { name: 'Session findings' });
    for (const id of [
      'token-expired',
      'cors-preflight-failed',
      'redirect-loop',
      'retry-storm',
      'retry-too-soon',
      'mixed-content',
    ])
      expect(findings.querySelector(`[data-finding="${id}"]`)).not.toBeNull();
    expect(screen.getByRole('heading', { name: /HAR recording: 26 entries/ })).toBeInTheDocument();
  });

  it('filters by kind of entry', async () => {
    const table = await openSession();
    for (const [label, count] of [
      ['Failures (4xx, 5xx, no response)', 13],
      ['No response', 3],
      ['3xx redirection', 4],
      ['All entries', 26],
    ] as const) {
      const value = screen.getByRole('option', { name: label }).getAttribute('value');
      fireEvent.change(screen.getByRole('combobox', { name: 'Show entries' }), { target: { value } });
      await waitFor(() => expect(rowCount(table)).toBe(count));
      expect(screen.getByText(count === 26 ? '26 entries' : `${count} of 26 entries`)).toBeInTheDocument();
    }
  });

  it('finds entries by text and sorts by status', async () => {
    const table = await openSession();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find entries' }), {
      target: { value: 'recommendations' },
    });
    await waitFor(() => expect(rowCount(table)).toBe(5));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find entries' }), { target: { value: '' } });
    fireEvent.click(within(table).getByRole('button', { name: 'Status' }));
    const header = within(table)
      .getAllByRole('columnheader')
      .find((h) => h.textContent === 'Status');
    expect(header?.getAttribute('aria-sort')).toBe('descending');
    await waitFor(() => expect(table.querySelector('[aria-rowindex="2"]')?.textContent).toContain('503'));
  });

  it('diagnoses the entry a finding points at, and lists only its entries', async () => {
    const table = await openSession();
    const finding = screen
      .getByRole('region', { name: 'Session findings' })
      .querySelector('[data-finding="token-expired"]') as HTMLElement;
    fireEvent.click(within(finding).getByRole('button', { name: 'Diagnose entry 23' }));
    await waitFor(() =>
      expect(table.querySelector('[aria-selected="true"]')?.getAttribute('data-entry')).toBe('22'),
    );
    expect(within(await statusCard()).getByText('401')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timing' }).textContent).toContain('Timing of entry 23');
    fireEvent.click(within(finding).getByRole('button', { name: 'List only these 3' }));
    await waitFor(() => expect(rowCount(table)).toBe(3));
    fireEvent.click(screen.getByRole('button', { name: /^Only:/ }));
    await waitFor(() => expect(rowCount(table)).toBe(26));
  });

  it('moves the selection with the arrow keys', async () => {
    const table = await openSession();
    fireEvent.click(within(table).getByText('+10.0 s'));
    await waitFor(() =>
      expect(table.querySelector('[aria-selected="true"]')?.getAttribute('data-entry')).toBe('7'),
    );
    (table.querySelector('[aria-selected="true"]') as HTMLElement).focus();
    fireEvent.keyDown(table.querySelector('[aria-selected="true"]')!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-entry')).toBe('8'));
    await waitFor(() =>
      expect(table.querySelector('[aria-selected="true"]')?.getAttribute('data-entry')).toBe('8'),
    );
    expect(await screen.findByRole('region', { name: 'Timing' })).toBeInTheDocument();
  });

  it('copies a session summary for a ticket', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openSession();
    fireEvent.click(screen.getByRole('button', { name: 'Copy session summary' }));
    await screen.findByText('Copied as Markdown (secrets in URLs masked)');
    const text = writeText.mock.calls[0]![0];
    expect(text).toMatch(/^## Session: 26 entries, 13 failed/);
    expect(text).not.toContain('cs_live_a1b2c3');
  });

  it('shows what the sanitizer removes, then saves the sanitized copy', async () => {
    await openSession();
    const saved: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:sanitized';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Download sanitized HAR…' }));
    const removed = await screen.findByRole('list', { name: 'What is removed' });
    expect(removed.textContent).toContain('authorization header');
    expect(removed.textContent).toContain('JSON member refresh_token');
    fireEvent.click(screen.getByRole('button', { name: 'Save session.sanitized.har' }));
    expect(click).toHaveBeenCalled();
    const text = await saved[0]!.text();
    expect(text).not.toContain('rt_7Hq2kL9mN3pX');
    expect(text).not.toContain('correct-horse-battery');
    expect(text).toContain('"_resourceType": "preflight"');
    expect(useDiagnoseStore.getState().input).toBe(CHROME);
  });
});
