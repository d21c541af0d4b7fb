// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialCompareOptions, useCompareStore } from '../../state/compareStore';
import { BodyChangesList, CHANGES_SHOWN_AT_FIRST } from './BodyChangesList';
import { BodyDiffView } from './BodyDiffView';
import { CompareOptionsPanel } from './CompareOptionsPanel';
import { summarizeDiff } from '../../core';
import type { HeaderDiff, ResponseDiff } from '../../core';
import { HeaderDiffTable } from './HeaderDiffTable';

const noBody: ResponseDiff['body'] = { kind: 'none', changes: [] };

afterEach(cleanup);

describe('counts on the Compare screen', () => {
  it('names one ignored header and one ignored path in the singular', () => {
    act(() =>
      useCompareStore.setState({
        options: { ...initialCompareOptions, ignoreHeaders: 'Date', ignorePaths: '/id' },
      }),
    );
    render(<CompareOptionsPanel />);
    expect(screen.getByText(/1 ignored header · 1 ignored path ·/)).toBeInTheDocument();
  });

  const table = (headers: HeaderDiff[]) =>
    render(
      <HeaderDiffTable
        headers={headers}
        counts={summarizeDiff({ status: { a: 200, b: 200, changed: false }, headers, body: noBody }).headers}
        names={{ a: 'A', b: 'B' }}
      />,
    );

  it('says "1 differs" for one differing header', () => {
    table([{ name: 'X-Version', change: 'changed', a: '1', b: '2', ignored: false }]);
    expect(screen.getByRole('heading', { name: /Headers/ })).toHaveTextContent('Headers (1 differs)');
  });

  it('counts ignored headers as the summary does: only those whose values differ', () => {
    table([
      { name: 'X-Version', change: 'changed', a: '1', b: '2', ignored: false },
      { name: 'Date', change: 'changed', a: 'Mon', b: 'Tue', ignored: true },
      { name: 'Server', change: 'unchanged', a: 'nginx', b: 'nginx', ignored: true },
    ]);
    expect(screen.getByRole('heading', { name: /Headers/ })).toHaveTextContent(
      'Headers (1 differs, 1 ignored)',
    );
  });

  it('says "no differences" rather than "0 differ"', () => {
    table([]);
    expect(screen.getByRole('heading', { name: /Headers/ })).toHaveTextContent('Headers (no differences)');
  });

  it('offers to show "the other 1 change", in the singular', () => {
    const changes = Array.from({ length: CHANGES_SHOWN_AT_FIRST + 1 }, (_, i) => ({
      path: `/${i}`,
      change: 'added' as const,
      b: '1',
    }));
    render(<BodyChangesList body={{ kind: 'json', changes }} onSelect={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Show the other 1 change' })).toBeInTheDocument();
  });

  it('counts a change left out of the side-by-side view in the singular', () => {
    const result = {
      diff: {
        status: { a: 200, b: 200, changed: false },
        headers: [],
        body: {
          kind: 'json' as const,
          changes: [{ path: '/a', change: 'added' as const, b: '1' }],
          ignored: 0,
        },
        summary: '1 body change',
      },
      regions: [],
      regionsLeftOut: 1,
      problemsA: [],
      problemsB: [],
    };
    render(<BodyDiffView result={result} names={{ a: 'A', b: 'B' }} selected={undefined} />);
    expect(screen.getByText(/1 more change is listed above/)).toBeInTheDocument();
  });
});
