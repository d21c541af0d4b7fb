// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LargeTextView } from './LargeTextView';

afterEach(cleanup);

// Big documents are read through the worker stand-in: on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 10_000 });

/** The view reads its line index off the render (in the worker when big), then draws its lines. */
const linesDrawn = (label = 'Doc') => screen.findByRole('textbox', { name: label });

function pasteEvent(text: string) {
  return { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } };
}

describe('LargeTextView', () => {
  it('puts only the visible lines of a huge document in the page', async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `line ${i + 1}`).join('\n');
    const { container } = render(<LargeTextView value={text} language="plaintext" label="Doc" />);
    expect(screen.getByRole('status')).toHaveTextContent('Reading the lines of');
    await linesDrawn();
    const rows = container.querySelectorAll('.large-line');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(200);
    expect(rows[0]!.textContent).toContain('line 1');
    expect(screen.getByRole('status').textContent).toMatch(/100,000 lines/);
  });

  it('draws the start of an enormous line and counts the rest', async () => {
    const { container } = render(<LargeTextView value={'x'.repeat(300_000)} language="json" label="Doc" />);
    await linesDrawn();
    expect(container.querySelector('.large-line-text')!.textContent).toHaveLength(2000);
    expect(container.querySelector('.large-line-cut')!.textContent).toMatch(/298\.0 k characters more/);
  });

  it('replaces the document on paste when editable, and ignores pastes when read-only', async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <LargeTextView value="old" language="plaintext" label="Doc" onChange={onChange} />,
    );
    await linesDrawn();
    fireEvent.paste(screen.getByRole('textbox', { name: 'Doc' }), pasteEvent('new text'));
    expect(onChange).toHaveBeenCalledWith('new text');
    expect(screen.getByRole('status').textContent).toMatch(/Paste to replace it/);
    onChange.mockClear();
    rerender(<LargeTextView value="old" language="plaintext" label="Doc" />);
    fireEvent.paste(screen.getByRole('textbox', { name: 'Doc' }), pasteEvent('ignored'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('renders markup in the text as text', async () => {
    const { container } = render(
      <LargeTextView value={'<img src=x onerror=alert(1)>'} language="html" label="Doc" />,
    );
    await linesDrawn();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  });
});
