// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialCompareOptions, useCompareStore } from '../../state/compareStore';
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
});
