// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JsonPathBar } from './JsonPathBar';

afterEach(cleanup);

describe('JsonPathBar', () => {
  it('draws a bounded number of crumbs for a path 100,000 levels deep, and each still goes to its level', () => {
    const path = Array.from({ length: 100_000 }, () => 0);
    const onGoTo = vi.fn();
    render(<JsonPathBar path={path} onGoTo={onGoTo} />);
    const nav = screen.getByRole('navigation', { name: 'JSON path of the cursor' });
    const crumbs = within(nav).getAllByRole('button');
    expect(crumbs.length).toBeLessThan(20);
    expect(nav.textContent).toContain('…99,987 levels…');
    fireEvent.click(crumbs.at(-1)!);
    expect(onGoTo.mock.calls[0]?.[0]).toHaveLength(100_000);
  });

  it('shows a short path whole', () => {
    render(<JsonPathBar path={['data', 3, 'items']} onGoTo={() => undefined} />);
    const nav = screen.getByRole('navigation', { name: 'JSON path of the cursor' });
    expect(
      within(nav)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['$', '.data', '[3]', '.items']);
  });
});
