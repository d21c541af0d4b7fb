// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkJson, formatJson, minifyJson, suggestRepair } from '../../core';
import { jsonActions } from '../../state/jsonActions';
import { useJsonStore } from '../../state/jsonStore';
import JsonScreen from './JsonScreen';

// The large-document view is its own chunk: loaded once here, so a test never races its first load.
beforeAll(() => import('../editor/LargeTextView'));

async function paste(text: string) {
  const [editor] = await screen.findAllByLabelText('JSON input');
  fireEvent.change(editor!, { target: { value: text } });
}

const input = () => useJsonStore.getState().input;
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const errorOf = (text: string) => {
  const result = checkJson(text);
  if (result.ok) throw new Error('expected invalid JSON');
  return result.error;
};

beforeEach(() => {
  localStorage.clear();
  act(() => {
    useJsonStore.setState({ input: '', indent: 2, sortKeys: false, reveal: undefined, undo: undefined });
    jsonActions.reset();
  });
});
afterEach(cleanup);

describe('JsonScreen', () => {
  it('explains what to do when empty', () => {
    render(<JsonScreen />);
    expect(screen.getByRole('heading', { name: 'Paste JSON to check it' })).toBeInTheDocument();
  });

  it('shows the error with its position and hint, and a click reveals the position', async () => {
    const text = '{\n  "name": "x",\n}';
    const error = errorOf(text);
    render(<JsonScreen />);
    await paste(text);
    const alert = await screen.findByRole('alert');
    // The core writes the character between backticks; the screen shows it as code, without them.
    expect(error.message).toBe('Trailing comma before `}`.');
    expect(alert).toHaveTextContent(`Line ${error.line}, column ${error.column}: Trailing comma before }.`);
    expect(within(alert).getByText('}', { selector: 'code' })).toBeInTheDocument();
    expect(error.hint).toBeTruthy();
    expect(alert).toHaveTextContent(error.hint!);
    expect(screen.getByRole('status', { name: '' })).toBeDefined();
    fireEvent.click(
      within(alert).getByRole('button', { name: `Line ${error.line}, column ${error.column}` }),
    );
    expect(useJsonStore.getState().reveal).toEqual({ line: error.line, column: error.column });
    expect(screen.getByText(/Invalid JSON/)).toBeInTheDocument();
  });

  it('lists warnings with both positions of a duplicate key, each one clickable', async () => {
    const text = '{\n  "a": 1,\n  "a": 2,\n  "id": 12345678901234567890\n}';
    const { warnings } = checkJson(text);
    const duplicate = warnings.find((w) => w.kind === 'duplicate-key');
    const number = warnings.find((w) => w.kind === 'number-precision');
    if (duplicate?.kind !== 'duplicate-key' || !number) throw new Error('core reported no warnings');
    const { container } = render(<JsonScreen />);
    await paste(text);
    const list = await screen.findByRole('region', { name: 'JSON warnings' });
    expect(container.querySelector('[data-warning="duplicate-key"]')).not.toBeNull();
    expect(container.querySelector('[data-warning="number-precision"]')).not.toBeNull();
    expect(screen.getByText(/Valid JSON · 2 warnings/)).toBeInTheDocument();
    fireEvent.click(
      within(list).getByRole('button', {
        name: `Show the first: line ${duplicate.firstLine}, column ${duplicate.firstColumn}`,
      }),
    );
    expect(useJsonStore.getState().reveal).toEqual({
      line: duplicate.firstLine,
      column: duplicate.firstColumn,
    });
    fireEvent.click(
      within(list).getByRole('button', { name: `Line ${number.line}, column ${number.column}` }),
    );
    expect(useJsonStore.getState().reveal).toEqual({ line: number.line, column: number.column });
  });

  it('counts every warning, not only the listed ones, and groups them by kind', async () => {
    const numbers = Array.from({ length: 1234 }, (_, i) => `${i}.10`).join(',');
    const { container } = render(<JsonScreen />);
    await paste(`{"a": 1, "a": 2, "n": [${numbers}]}`);
    expect(await screen.findByText(/Valid JSON · 1,235 warnings \(101 listed\)/)).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'JSON warnings' });
    expect(
      within(list).getByRole('heading', { name: /1,234 numbers that JSON.parse would change/ }),
    ).toHaveTextContent('(the first 100 are listed)');
    expect(within(list).getByRole('heading', { name: '1 duplicate key' })).toBeInTheDocument();
    expect(container.querySelectorAll('[data-warning="number-precision"]')).toHaveLength(100);
  });

  it('formats and minifies as the core does, with the chosen indent and key order', async () => {
    const text = '{"b":{"d":1,"c":[1,2.50]},"a":"é\\u00e9"}';
    render(<JsonScreen />);
    await paste(text);
    click('Format');
    await waitFor(() => expect(input()).toBe(expectOk(formatJson(text, { indent: 2 }))));
    fireEvent.change(screen.getByLabelText('Indent'), { target: { value: '4' } });
    fireEvent.click(screen.getByLabelText('Sort keys'));
    click('Format');
    await waitFor(() => expect(input()).toBe(expectOk(formatJson(text, { indent: 4, sortKeys: true }))));
    fireEvent.change(screen.getByLabelText('Indent'), { target: { value: 'tab' } });
    click('Format');
    await waitFor(() => expect(input()).toBe(expectOk(formatJson(text, { indent: 'tab', sortKeys: true }))));
    const sorted = expectOk(formatJson(text, { indent: 'tab', sortKeys: true }));
    click('Minify');
    await waitFor(() => expect(input()).toBe(expectOk(minifyJson(sorted))));
    click('Undo minify');
    expect(input()).toBe(sorted);
  });

  it('keeps a 20-digit id unchanged when formatting', async () => {
    render(<JsonScreen />);
    await paste('{"id":12345678901234567890,"price":1.10}');
    click('Format');
    await waitFor(() => expect(input()).toContain('\n'));
    expect(input()).toContain('"id": 12345678901234567890');
    expect(input()).toContain('1.10');
  });

  it('does not touch invalid JSON on Format, and says why', async () => {
    const text = "{'a': 1}";
    render(<JsonScreen />);
    await paste(text);
    click('Format');
    expect(await screen.findByText(/Not formatted: the JSON is invalid/)).toBeInTheDocument();
    expect(input()).toBe(text);
  });

  it('previews a repair as a diff; Accept replaces the text, Undo restores it', async () => {
    const text = '{"a": 1, "b": [1, 2,],}';
    const repaired = suggestRepair(text);
    if (!repaired.ok) throw new Error(`core found no repair: ${repaired.reason}`);
    render(<JsonScreen />);
    await paste(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Suggest a repair' }));
    const preview = await screen.findByRole('region', { name: 'Repair preview' });
    const diff = await within(preview).findByTestId('mock-diff-editor');
    expect(diff.querySelector('[data-side="original"]')?.textContent).toBe(text);
    expect(diff.querySelector('[data-side="modified"]')?.textContent).toBe(repaired.text);
    for (const change of repaired.changes) expect(within(preview).getByText(change)).toBeInTheDocument();
    expect(input()).toBe(text);
    fireEvent.click(within(preview).getByRole('button', { name: 'Accept repair' }));
    expect(input()).toBe(repaired.text);
    expect(screen.queryByRole('region', { name: 'Repair preview' })).toBeNull();
    expect(await screen.findByText(/Valid JSON/)).toBeInTheDocument();
    click('Undo repair');
    expect(input()).toBe(text);
  });

  it('leaves the text unchanged when the repair is dismissed', async () => {
    const text = '[1, 2,]';
    render(<JsonScreen />);
    await paste(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Suggest a repair' }));
    const preview = await screen.findByRole('region', { name: 'Repair preview' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Repair preview' })).toBeNull();
    expect(input()).toBe(text);
  });

  it('keeps the input and settings in storage; Clear can be undone', async () => {
    render(<JsonScreen />);
    await paste('{"kept": true}');
    fireEvent.click(screen.getByLabelText('Sort keys'));
    await waitFor(() => expect(localStorage.getItem('triage.json')).toContain('kept'));
    expect(JSON.parse(localStorage.getItem('triage.json')!).state).toEqual({
      input: '{"kept": true}',
      indent: 2,
      sortKeys: true,
    });
    click('Clear');
    expect(input()).toBe('');
    click('Undo clear');
    expect(input()).toBe('{"kept": true}');
  });

  it('copies the text and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<JsonScreen />);
    await paste('{"x": 1}');
    click('Copy');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('{"x": 1}');
  });

  it('drops a repair preview once the user edits the text', async () => {
    render(<JsonScreen />);
    await paste('{"a": 1,}');
    fireEvent.click(await screen.findByRole('button', { name: 'Suggest a repair' }));
    await screen.findByRole('region', { name: 'Repair preview' });
    await paste('{"a": 2,}');
    expect(screen.queryByRole('region', { name: 'Repair preview' })).toBeNull();
    expect(input()).toBe('{"a": 2,}');
  });

  it('shows a document too big for Monaco in the large-document view, says so, and still checks it', async () => {
    const big = JSON.stringify({
      items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `item ${i}` })),
    });
    render(<JsonScreen />);
    await paste(big);
    expect(await screen.findByText(/too large for the code editor/)).toBeInTheDocument();
    expect(await screen.findByText(/Valid JSON/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'JSON input' })).toHaveAttribute('aria-readonly', 'true');
  });

  it('renders hostile text as text', async () => {
    const { container } = render(<JsonScreen />);
    await paste('{"<img src=x onerror=alert(1)>": 1, "<img src=x onerror=alert(1)>": 2}');
    await screen.findByRole('region', { name: 'JSON warnings' });
    expect(container.querySelector('img')).toBeNull();
  });
});

function expectOk(result: { ok: true; text: string } | { ok: false }): string {
  if (!result.ok) throw new Error('the core rejected the document');
  return result.text;
}
