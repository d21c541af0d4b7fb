// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_FIND_MATCHES } from '../../../core';
import { MONACO_MAX_CHARS } from '../editorLimits';
import { LazyCodeEditor } from '../LazyCodeEditor';

afterEach(cleanup);

// Big documents are read through the worker stand-in: on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

/** A formatted API-like document too large for Monaco: shown in the large-document view. */
function bigDocument(): string {
  const data = Array.from({ length: 24_000 }, (_, i) => ({
    id: 100_000 + i,
    name: `item ${i}`,
    tags: ['alpha', 'beta'],
    note: 'n'.repeat(20),
  }));
  const text = JSON.stringify({ data, meta: { count: data.length } }, null, 2);
  if (text.length <= MONACO_MAX_CHARS) throw new Error('the document must be too large for Monaco');
  return text;
}

let doc: string;
beforeAll(async () => {
  doc = bigDocument();
  await import('../LargeTextView'); // its own chunk: loaded once here, so no test waits on the first load
});

/** Renders the big document (the large view is its own chunk): its lines are drawn once its line index is read. */
async function renderBig() {
  const result = render(<LazyCodeEditor value={doc} language="json" readOnly label="Body" />);
  const view = await screen.findByRole('textbox', { name: 'Body' });
  return { ...result, view };
}

/** The fold menu appears once the document's structure is known (computed off the render). */
const structureRead = () => screen.findByRole('combobox', { name: 'Fold' });

/** Types into a Go to box and presses Enter. */
function typeGoTo(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
}

const findInput = () => screen.getByRole('textbox', { name: 'Find' });
const findStatus = () => within(screen.getByRole('search')).getByRole('status');

async function openFindAndType(view: HTMLElement, text: string) {
  fireEvent.keyDown(view, { key: 'f', ctrlKey: true });
  expect(findInput()).toHaveFocus();
  fireEvent.change(findInput(), { target: { value: text } });
}

describe('find in the large-document view', () => {
  it('opens on Ctrl+F, counts and highlights matches, and steps with Enter, Shift+Enter and F3', async () => {
    const { view, container } = await renderBig();
    await openFindAndType(view, '"id": 10001');
    // Ids 100010 to 100019.
    await waitFor(() => expect(findStatus()).toHaveTextContent('1 of 10 matches'));
    expect(container.querySelector('.large-match-active')).toHaveTextContent('"id": 10001');
    fireEvent.keyDown(findInput(), { key: 'Enter' });
    expect(findStatus()).toHaveTextContent('2 of 10 matches');
    fireEvent.keyDown(findInput(), { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(findInput(), { key: 'Enter', shiftKey: true });
    expect(findStatus()).toHaveTextContent('10 of 10 matches');
    fireEvent.keyDown(findInput(), { key: 'F3' });
    expect(findStatus()).toHaveTextContent('1 of 10 matches');
    // The current match's line is the cursor line, and the path bar names it.
    const cursor = container.querySelector('.large-line-cursor');
    expect(cursor).toHaveTextContent('"id": 100010');
    // The path at the cursor is read in the worker (a big document): it follows a moment later.
    expect(await screen.findByRole('navigation', { name: 'JSON path of the cursor' })).toHaveTextContent(
      '$.data[10].id',
    );
  });

  it('matches case and regular expressions on request, and reports a broken expression', async () => {
    const { view } = await renderBig();
    await openFindAndType(view, 'ITEM 2399\\d');
    await waitFor(() => expect(findStatus()).toHaveTextContent('No matches'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Regular expression' }));
    await waitFor(() => expect(findStatus()).toHaveTextContent('1 of 10 matches'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Match case' }));
    await waitFor(() => expect(findStatus()).toHaveTextContent('No matches'));
    fireEvent.change(findInput(), { target: { value: 'item (' } });
    await waitFor(() => expect(findStatus()).toHaveTextContent(/^Not a valid regular expression: .+\.$/));
  });

  it(`stops at ${MAX_FIND_MATCHES.toLocaleString('en-US')} matches and says so`, async () => {
    const { view } = await renderBig();
    await openFindAndType(view, '"id"');
    await waitFor(() =>
      expect(findStatus()).toHaveTextContent(
        `1 of the first ${MAX_FIND_MATCHES.toLocaleString('en-US')} matches (more not counted: refine the search)`,
      ),
    );
  });

  it('closes on Escape and gives the focus back to the document', async () => {
    const { view } = await renderBig();
    await openFindAndType(view, 'beta');
    fireEvent.keyDown(findInput(), { key: 'Escape' });
    expect(screen.queryByRole('search')).toBeNull();
    expect(view).toHaveFocus();
  });
});

describe('go to, the JSON path and folding in the large-document view', () => {
  it('goes to a JSON Pointer or a path (Ctrl+G), shows its path and copies it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { view, container } = await renderBig();
    fireEvent.keyDown(view, { key: 'g', ctrlKey: true });
    const goTo = screen.getByRole('textbox', { name: 'Go to a line, a JSON Pointer or a path' });
    expect(goTo).toHaveFocus();
    await structureRead();
    typeGoTo(goTo, 'data[23000].tags[1]');
    await waitFor(() => expect(container.querySelector('.large-line-cursor')).toHaveTextContent('"beta"'));
    expect(view).toHaveFocus();
    const path = await screen.findByRole('navigation', { name: 'JSON path of the cursor' });
    await waitFor(() => expect(path).toHaveTextContent('$.data[23000].tags[1]'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy pointer' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('/data/23000/tags/1'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy path' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('data[23000].tags[1]'));
    // A breadcrumb goes to its ancestor.
    fireEvent.click(within(path).getByRole('button', { name: '[23000]' }));
    await waitFor(() =>
      expect(container.querySelector('.large-line-cursor')).toHaveTextContent(/^\d+▾\s*\{$/),
    );
  });

  it('says why a path leads nowhere, and goes to a line', async () => {
    const { container } = await renderBig();
    const goTo = screen.getByRole('textbox', { name: /^Go to/ });
    await structureRead();
    typeGoTo(goTo, '/data/99999');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '/data has no item 99,999: its items are 0 to 23,999.',
    );
    typeGoTo(goTo, '5000');
    await waitFor(() =>
      expect(container.querySelector('.large-line-cursor')).toHaveAttribute('data-line', '5000'),
    );
  });

  it('folds a block from its gutter toggle, all blocks at a depth, and unfolds', async () => {
    const { container } = await renderBig();
    await waitFor(() => expect(container.querySelector('[data-line="3"] .large-fold-toggle')).not.toBeNull());
    // Line 3 opens data[0]: folding it hides its 8 lines and shows what it holds.
    fireEvent.click(screen.getByRole('button', { name: 'Fold the block on line 3' }));
    const row = container.querySelector('[data-line="3"]')!;
    expect(row).toHaveTextContent('{… 4 members },');
    expect(container.querySelector('[data-line="4"]')).toBeNull();
    expect(container.querySelector('[data-line="12"]')).toHaveTextContent('{');
    fireEvent.change(screen.getByRole('combobox', { name: 'Fold' }), { target: { value: '1' } });
    expect(container.querySelector('[data-line="2"]')).toHaveTextContent('"data": [… 24,000 items ],');
    // {, data folded, meta folded, }
    expect(container.querySelectorAll('.large-line')).toHaveLength(4);
    fireEvent.change(screen.getByRole('combobox', { name: 'Fold' }), { target: { value: 'unfold' } });
    expect(container.querySelector('[data-line="4"]')).toHaveTextContent('"id": 100000,');
  });

  it('keeps blocks folded by hand when folding at a depth', async () => {
    const { container } = await renderBig();
    await structureRead();
    // Line 6 opens data[0].tags (depth 3); folding depth 2 then folds data[0] around it.
    fireEvent.click(screen.getByRole('button', { name: 'Fold the block on line 6' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Fold' }), { target: { value: '2' } });
    expect(container.querySelector('[data-line="6"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Unfold the block on line 3' }));
    expect(container.querySelector('[data-line="6"]')).toHaveTextContent('"tags": [… 2 items ],');
  });

  it('keeps the cursor line in view when folding thousands of blocks', async () => {
    const { container } = await renderBig();
    await structureRead();
    const goTo = screen.getByRole('textbox', { name: /^Go to/ });
    typeGoTo(goTo, '150000');
    const cursorLine = () => container.querySelector('.large-line-cursor')?.getAttribute('data-line');
    await waitFor(() => expect(cursorLine()).toBe('150000'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Fold' }), { target: { value: '2' } });
    // Every item is folded but the cursor's, which is still on screen.
    expect(cursorLine()).toBe('150000');
    expect(container.querySelectorAll('.fold-placeholder').length).toBeGreaterThan(10);
    fireEvent.change(screen.getByRole('combobox', { name: 'Fold' }), { target: { value: 'unfold' } });
    expect(cursorLine()).toBe('150000');
  });

  it('lists the top levels in an outline, and an entry goes there', async () => {
    const { container } = await renderBig();
    await structureRead();
    fireEvent.click(screen.getByRole('button', { name: 'Outline' }));
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    expect(outline).toHaveTextContent('data array, 24,000 items');
    expect(outline).toHaveTextContent('…and 23,950 more');
    fireEvent.click(within(outline).getByRole('button', { name: /^meta object/ }));
    expect(screen.queryByRole('navigation', { name: 'Outline' })).toBeNull();
    await waitFor(() => expect(container.querySelector('.large-line-cursor')).toHaveTextContent('"meta": {'));
  });
});

describe('navigation around the code editor', () => {
  it('offers go to a line for any text, and JSON tools only for JSON', async () => {
    const { rerender } = render(
      <LazyCodeEditor value={'HTTP/1.1 200 OK\n\nhello'} language="plaintext" label="In" />,
    );
    const goTo = await screen.findByRole('textbox', { name: 'Go to line' });
    typeGoTo(goTo, '/a');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Paths work in JSON documents, and this one is not JSON',
    );
    typeGoTo(goTo, '9');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('There is no line 9: the document has 3 lines.'),
    );
    expect(screen.queryByRole('button', { name: 'Outline' })).toBeNull();
    rerender(<LazyCodeEditor value={'{"a": [1, 2]}'} language="plaintext" label="In" />);
    expect(await screen.findByRole('button', { name: 'Outline' })).toBeInTheDocument();
    act(() => rerender(<LazyCodeEditor value="" language="json" label="In" />));
    expect(screen.queryByRole('toolbar', { name: 'Navigate the document' })).toBeNull();
  });
});
