// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialCompareOptions, useCompareStore } from '../../state/compareStore';
import { CompareOptionsPanel } from './CompareOptionsPanel';
import { HeaderDiffTable } from './HeaderDiffTable';

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

  it('says "1 differs" for one differing header', () => {
    render(
      <HeaderDiffTable
        headers={[{ name: 'X-Version', change: 'changed', a: '1', b: '2', ignored: false }]}
        names={{ a: 'A', b: 'B' }}
      />,
    );
    expect(screen.getByRole('heading', { name: /Headers/ })).toHaveTextContent('Headers (1 differs)');
  });
});
