// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useDiagnoseStore } from '../../state/diagnoseStore';
import { forgetEverything } from '../../state/history/forgetEverything';
import { putHistory, type HistoryEntry } from '../../state/history/historyDatabase';
import { historyActions } from '../../state/history/historyStore';
import { useSettingsStore } from '../../state/settingsStore';
import { StorageLine } from './StorageLine';

const entry = (id: string, title: string, text: string, updatedAt: number): HistoryEntry => ({
  id,
  screen: 'diagnose',
  title,
  createdAt: updatedAt,
  updatedAt,
  texts: [text],
  size: text.length,
});

// The dialog is its own chunk (not part of the first paint): load it once, so no test waits on it.
beforeAll(() => import('./HistoryDialog'));

beforeEach(async () => {
  await forgetEverything();
  useSettingsStore.setState({ keepPastes: true });
  await putHistory(
    entry(
      '1',
      '401 Unauthorized · GET api.example.com/me',
      'Authorization: Bearer eyJsecret\n\nHTTP/1.1 401 Unauthorized\n\n',
      1000,
    ),
    30,
  );
  await putHistory(
    entry('2', '503 Service Unavailable', 'HTTP/1.1 503 Service Unavailable\nX-Order: 48213\n\n', 2000),
    30,
  );
  await act(() => historyActions.load('diagnose'));
});
afterEach(cleanup);

describe('StorageLine and the history dialog', () => {
  it('says where pastes are kept, and lists them by title without their text', async () => {
    render(<StorageLine screen="diagnose" empty />);
    expect(screen.getByText('Saved in this browser only, never uploaded.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'History (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'History · Diagnose' });
    const titles = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.history-title')?.textContent);
    expect(titles).toEqual(['503 Service Unavailable', '401 Unauthorized · GET api.example.com/me']);
    expect(dialog.textContent).not.toContain('eyJsecret');
  });

  it('finds entries by what their text contains, and restores one into the editor', async () => {
    render(<StorageLine screen="diagnose" empty />);
    fireEvent.click(screen.getByRole('button', { name: 'History (2)' }));
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search the history' }), {
      target: { value: '48213' },
    });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: /^503 Service Unavailable/ }));
    expect(useDiagnoseStore.getState().input).toContain('X-Order: 48213');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('forgets one entry, and says so when pastes are not kept', async () => {
    render(<StorageLine screen="diagnose" empty />);
    fireEvent.click(screen.getByRole('button', { name: 'History (2)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Forget “503 Service Unavailable”' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(screen.getByRole('checkbox', { name: /Don't keep pastes/ }));
    expect(useSettingsStore.getState().keepPastes).toBe(false);
    expect(screen.getByText(/Not saved .* gone after a reload/)).toBeInTheDocument();
  });
});
