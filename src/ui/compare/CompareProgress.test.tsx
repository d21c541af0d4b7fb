// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareProgress, CompareStopped } from './CompareProgress';

afterEach(cleanup);

describe('CompareProgress', () => {
  it('shows how far a long comparison is and stops it on request', () => {
    const onCancel = vi.fn();
    render(
      <CompareProgress
        startedAt={Date.now() - 2_000}
        progress={0.42}
        size={40_000_000}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Comparing 40.0 M characters in the background: 42 %',
    );
    expect(screen.getByRole('progressbar', { name: 'Comparing' })).toHaveAttribute('value', '42');
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('stays hidden for quick comparisons', () => {
    render(
      <CompareProgress startedAt={Date.now()} progress={undefined} size={10} onCancel={() => undefined} />,
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers to compare again once stopped', () => {
    const onRetry = vi.fn();
    render(<CompareStopped onRetry={onRetry} />);
    fireEvent.click(screen.getByRole('button', { name: 'Compare again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
