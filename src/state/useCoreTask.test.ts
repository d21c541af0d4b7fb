// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRunTask } from '../workers/coreClient';
import { DEBOUNCE_MS, useCoreTask } from './useCoreTask';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

// The core loads on first use; load it before the fake clock runs, so a task settles within its ticks.
beforeAll(() => loadRunTask());

const request = { type: 'compare' as const, a: '[1]', b: '[2]' };

describe('useCoreTask', () => {
  it('runs the request after the pause, with its result', async () => {
    const { result } = renderHook(() => useCoreTask<'compare'>(request, [request.a, request.b]));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    });
    expect(result.current.result?.diff.body.changes).toHaveLength(1);
    expect(result.current.cancelled).toBeUndefined();
  });

  it('cancel stops a scheduled request; retry runs it again', async () => {
    const { result } = renderHook(() => useCoreTask<'compare'>(request, [request.a, request.b]));
    act(() => result.current.cancel());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    });
    expect(result.current).toMatchObject({ result: undefined, pending: false, cancelled: true });
    act(() => result.current.retry());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    });
    expect(result.current.result?.diff.body.changes).toHaveLength(1);
    expect(result.current.cancelled).toBeUndefined();
  });
});
