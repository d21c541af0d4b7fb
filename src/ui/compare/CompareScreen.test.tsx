// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_NAMES, initialCompareOptions, useCompareStore } from '../../state/compareStore';
import { useDiagnoseStore } from '../../state/diagnoseStore';
import CompareScreen from './CompareScreen';

const STAGING = [
  'HTTP/1.1 200 OK',
  'Date: Tue, 24 Nov 2026 10:00:00 GMT',
  'Content-Type: application/json',
  'Authorization: Bearer sk_live_SECRET',
  'Cache-Control: no-store',
  '',
  '{"order":{"id":9007199254740993,"total":"12.50"},"items":[{"id":"a","qty":1},{"id":"b","qty":2}]}',
].join('\n');

const PRODUCTION = [
  'HTTP/1.1 500 Internal Server Error',
  'Date: Tue, 24 Nov 2026 10:00:05 GMT',
  'Content-Type: text/html',
  'Authorization: Bearer sk_live_OTHER',
  'Cache-Control: no-store',
  '',
  '{"order":{"id":9007199254740992,"total":"12.50"},"items":[{"id":"b","qty":2},{"id":"a","qty":1}]}',
].join('\n');

async function paste(letter: 'A' | 'B', text: string) {
  const [editor] = await screen.findAllByLabelText(`Response ${letter}`);
  fireEvent.change(editor!, { target: { value: text } });
}

async function pasteBoth() {
  render(<CompareScreen />);
  await paste('A', STAGING);
  await paste('B', PRODUCTION);
  return screen.findByTestId('compare-summary');
}

const headerRow = (name: string) => document.querySelector(`tr[data-header="${name}"]`);

beforeEach(() => {
  localStorage.clear();
  act(() => {
    useCompareStore.setState({
      a: { input: '', name: DEFAULT_NAMES.a },
      b: { input: '', name: DEFAULT_NAMES.b },
      options: initialCompareOptions,
    });
    useDiagnoseStore.getState().clear();
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CompareScreen', () => {
  it('explains what to paste and loads the example pair', async () => {
    render(<CompareScreen />);
    expect(screen.getByRole('heading', { name: 'Paste two responses to compare' })).toBeInTheDocument();
    await paste('A', STAGING);
    expect(await screen.findByRole('heading', { name: 'Now paste B' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Try an example/ }));
    expect(await screen.findByTestId('compare-summary')).toHaveTextContent(/status differs: 201 vs 200/);
    expect(screen.getByLabelText('Name of side A')).toHaveValue('staging');
  });

  it('shows the summary, the status row, marked headers and body changes by path', async () => {
    const summary = await pasteBoth();
    expect(summary).toHaveTextContent('status differs: 200 vs 500');
    expect(summary).toHaveTextContent(/body change/);

    const status = screen.getByRole('region', { name: 'Status' });
    expect(within(status).getByText('OK')).toBeInTheDocument();
    expect(within(status).getByText('Internal Server Error')).toBeInTheDocument();

    const contentType = headerRow('content-type');
    expect(contentType).toHaveAttribute('data-change', 'changed');
    expect(contentType).toHaveTextContent('application/json');
    expect(contentType).toHaveTextContent('text/html');
    expect(screen.getByText(/media type or charset differs/)).toBeInTheDocument();
    expect(headerRow('cache-control')).toHaveAttribute('data-change', 'unchanged');

    // Date is noise: hidden until asked for, then shown greyed.
    expect(headerRow('date')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /Show ignored/ }));
    expect(headerRow('date')).toHaveClass('ignored');
    expect(headerRow('date')).toHaveAttribute('data-ignored', 'true');

    const changes = screen.getByRole('region', { name: 'Body changes' });
    expect(within(changes).getByText('/order/id')).toBeInTheDocument();
    expect(within(changes).getByText('9007199254740993')).toBeInTheDocument();
    expect(within(changes).getByText('9007199254740992')).toBeInTheDocument();
    expect(within(changes).getByText('moved')).toBeInTheDocument();

    // The moved item is named by its key, with both places on hover.
    const moved = within(changes).getByText('/items[id="b"]').closest('button');
    expect(moved).toHaveAttribute('title', expect.stringContaining('A: /items/1 · B: /items/0'));

    // Only the changed regions are shown side by side, never the whole bodies.
    const diffView = screen.getByRole('region', { name: 'Bodies side by side' });
    const regions = within(diffView).getAllByTestId('diff-region');
    expect(regions.map((r) => r.getAttribute('aria-label'))).toEqual(['/order/id', '/items[id="b"]']);
    expect(regions[0]).toHaveTextContent('"id": 9007199254740993');
    expect(regions[0]).toHaveTextContent('"id": 9007199254740992');
    expect(regions[1]).toHaveAttribute('data-a-path', '/items/1');
    expect(regions[1]).toHaveAttribute('data-b-path', '/items/0');
    expect(diffView).not.toHaveTextContent('"total"');
  });

  it('clicking a body change marks its rows on both sides', async () => {
    await pasteBoth();
    fireEvent.click(document.querySelector('button[data-path="/order/id"]') as HTMLButtonElement);
    const focused = document.querySelectorAll('[data-testid="diff-region"] .sbs-row.focused');
    expect(focused).toHaveLength(1);
    expect(focused[0]?.querySelector('.side-a')).toHaveTextContent('"id": 9007199254740993');
    expect(focused[0]?.querySelector('.side-b')).toHaveTextContent('"id": 9007199254740992');
  });

  it('copies the comparison as Markdown and as a JSON Patch', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await pasteBoth();
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText(/Copied as Markdown/);
    expect((writeText.mock.calls[0] as unknown as [string])[0]).toContain('| changed | `/order/id` |');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as JSON Patch' }));
    await screen.findByText(/Copied the JSON Patch/);
    expect(JSON.parse((writeText.mock.calls[1] as unknown as [string])[0])).toEqual([
      { op: 'replace', path: '/order/id', value: 9007199254740992 },
      { op: 'move', from: '/items/1', path: '/items/0' },
    ]);
  });

  it('re-compares when options change: an ignored path disappears from the list', async () => {
    await pasteBoth();
    fireEvent.change(screen.getByLabelText('Ignored body paths'), { target: { value: '/order/id' } });
    await waitFor(() => expect(document.querySelector('button[data-path="/order/id"]')).toBeNull());
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent(/1 moved · 1 ignored/);
  });

  it('swaps inputs and names', async () => {
    await pasteBoth();
    fireEvent.change(screen.getByLabelText('Name of side A'), { target: { value: 'staging' } });
    fireEvent.change(screen.getByLabelText('Name of side B'), { target: { value: 'production' } });
    fireEvent.click(screen.getByRole('button', { name: /Swap A and B/ }));
    const { a, b } = useCompareStore.getState();
    expect(a).toEqual({ name: 'production', input: PRODUCTION });
    expect(b).toEqual({ name: 'staging', input: STAGING });
    expect(screen.getByLabelText('Name of side A')).toHaveValue('production');
    await waitFor(() =>
      expect(screen.getByTestId('compare-summary')).toHaveTextContent('status differs: 500 vs 200'),
    );
  });

  it('opens either side in Diagnose', async () => {
    await pasteBoth();
    const sideB = screen.getByRole('region', { name: 'Side B' });
    fireEvent.click(within(sideB).getByRole('button', { name: 'Open in Diagnose' }));
    expect(useDiagnoseStore.getState().input).toBe(PRODUCTION);
    expect(window.location.hash).toBe('#/');
  });

  it('copies a summary with credentials masked', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await pasteBoth();
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByText(/Copied/)).toBeInTheDocument();
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('status differs: 200 vs 500');
    expect(text).toContain('Status: 200 OK → 500 Internal Server Error');
    expect(text).toContain('Authorization: ••• → •••');
    expect(text).not.toContain('sk_live');
  });

  it('shows the report for manual copy when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await pasteBoth();
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    const fallback = await screen.findByLabelText<HTMLTextAreaElement>('Comparison summary');
    expect(fallback.value).toContain('Comparison: A vs B\n');
    expect(fallback.value).not.toContain('sk_live');
  });

  it('keeps inputs and names in storage so they survive a reload', async () => {
    await pasteBoth();
    fireEvent.change(screen.getByLabelText('Name of side A'), { target: { value: 'staging' } });
    await waitFor(() => {
      const saved = localStorage.getItem('triage.compare') ?? '';
      expect(saved).toContain('"name":"staging"');
      expect(saved).toContain('500 Internal Server Error');
    });
    // A reload: memory is lost, storage is read back.
    const saved = localStorage.getItem('triage.compare')!;
    act(() => useCompareStore.setState({ a: { input: '', name: 'A' } }));
    localStorage.setItem('triage.compare', saved);
    await act(() => useCompareStore.persist.rehydrate());
    expect(useCompareStore.getState().a).toEqual({ name: 'staging', input: STAGING });
    expect(screen.getByLabelText('Name of side A')).toHaveValue('staging');
  });

  it('says what is wrong with input it cannot read, and renders hostile text inertly', async () => {
    const { container } = render(<CompareScreen />);
    await paste('A', 'HTTP/1.1 200 OK\nX-Evil: <img src=x onerror=alert(1)>\n\n{}');
    await paste('B', 'this is not a response <script>alert(2)</script>');
    await screen.findByTestId('compare-summary');
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(container.querySelector('img, script')).toBeNull();
    const problems = screen.getByRole('region', { name: 'Input problems' });
    expect(problems).toHaveTextContent(/Reading B.*This is not an HTTP response/);
  });

  it('tells a request that got no response from text that is not a response', async () => {
    render(<CompareScreen />);
    await paste('A', 'curl: (7) Failed to connect to localhost port 8080: Connection refused');
    await paste('B', 'hello this is not http');
    expect(await screen.findByTestId('compare-summary')).toHaveTextContent(
      /^status differs: no response vs no status line/,
    );
    const status = screen.getByRole('region', { name: 'Status' });
    expect(within(status).getByText('differs')).toBeInTheDocument();
    expect(within(status).getByText('no response (curl exit code 7)')).toBeInTheDocument();
    expect(within(status).getByText('no status line (plain text)')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent(
      'Statusno response vs no status line',
    );
  });
});
