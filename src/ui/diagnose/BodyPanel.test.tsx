// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyView, checkJson } from '../../core';
import { BodyPanel } from './BodyPanel';

afterEach(cleanup);

// Big documents are read through the worker stand-in: on a busy machine that takes more than a second.
configure({ asyncUtilTimeout: 10_000 });

const JSON_HEADERS = [{ name: 'Content-Type', value: 'application/json' }];

describe('BodyPanel', () => {
  it('names the body as the core classified it, beside its size', () => {
    const page = bodyView('<p>Thanks</p>', [{ name: 'Content-Type', value: 'text/html' }]);
    render(<BodyPanel body={page} />);
    expect(screen.getByRole('heading', { name: /^Body/ })).toHaveTextContent(
      'Body (HTML page, 13 characters)',
    );
  });

  it('sums up repeated warnings in one folded line per kind, with the true count', () => {
    const numbers = Array.from({ length: 150 }, (_, i) => `${i}.10`).join(',');
    const { container } = render(
      <BodyPanel body={bodyView(`{"a":1,"a":2,"n":[${numbers}]}`, JSON_HEADERS)} />,
    );
    const warnings = container.querySelector('details.body-warnings');
    expect(warnings).not.toBeNull();
    expect(warnings).not.toHaveAttribute('open');
    expect(warnings!.querySelector('summary')).toHaveTextContent(
      'Warnings 1 duplicate key · 150 numbers that JSON.parse would change',
    );
    expect(within(warnings as HTMLElement).getAllByRole('listitem')).toHaveLength(101);
    expect(warnings).toHaveTextContent('(the first 100 are listed)');
    // The body comes right after the one summary line, not after a hundred list items.
    expect(warnings!.nextElementSibling).toHaveClass('body-editor');
  });

  it('cites positions in the body as shown, and a click shows the position there', async () => {
    const item = (i: number) => `{"id":${i},"price":${i}.50,"note":"${'n'.repeat(60)}"}`;
    const body = `{"items":[${Array.from({ length: 25_000 }, (_, i) => item(i)).join(',')}]}`;
    const view = bodyView(body, JSON_HEADERS);
    expect(view.formatted).toBe(true);
    const third = checkJson(view.text).warnings[2]!;
    const { container } = render(<BodyPanel body={view} />);
    // The large-text view is loaded on demand.
    await screen.findByRole('textbox', { name: 'Response body' }, { timeout: 10_000 });
    expect(screen.getByText(/Positions are in the body as formatted below/)).toBeInTheDocument();
    // The big body's lines are drawn once its line index is read (in the worker).
    await screen.findByRole('textbox', { name: 'Response body' });
    fireEvent.click(
      screen.getByRole('button', {
        name: `Line ${third.line.toLocaleString('en-US')}, column ${third.column}`,
      }),
    );
    await waitFor(() =>
      expect(container.querySelector('.large-line-cursor')).toHaveAttribute('data-line', String(third.line)),
    );
    expect(container.querySelector('.large-line-cursor')).toHaveTextContent('"price": 2.50');
  });

  it("places an invalid body's error in the body, clickable", () => {
    render(<BodyPanel body={bodyView('{"a": 1,}', JSON_HEADERS)} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Invalid JSON at line 1, column 8 of the body: /);
    expect(screen.getByRole('button', { name: 'line 1, column 8' })).toBeInTheDocument();
  });
});
