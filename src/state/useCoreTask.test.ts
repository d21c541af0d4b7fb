// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { InProcessWorker } from '../test/InProcessWorker';
import { loadRunTask, MAIN_THREAD_MAX_CHARS } from '../workers/coreClient';
import { BIG_INPUT_DEBOUNCE_MS, DEBOUNCE_MS, useCoreTask } from './useCoreTask';

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

describe('useCoreTask: the worker of a big input', () => {
  beforeEach(() => {
    // Each test starts with no worker alive (one left by a failed test must not fail the next).
    for (const worker of InProcessWorker.live) worker.terminate();
  });
  /** A JSON string just big enough to be checked in the worker. */
  const bigText = `"${'x'.repeat(MAIN_THREAD_MAX_CHARS)}"`;
  const check = (text: string) => ({ type: 'checkJson' as const, text });

  async function settle(): Promise<void> {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(BIG_INPUT_DEBOUNCE_MS + 10);
    });
  }

  it('leaves no worker behind after mounting and unmounting six times', async () => {
    expect(InProcessWorker.live.size).toBe(0);
    for (let round = 0; round < 6; round++) {
      const { result, unmount } = renderHook(() => useCoreTask<'checkJson'>(check(bigText), [bigText]));
      await settle();
      expect(result.current.result).toMatchObject({ ok: true });
      expect(InProcessWorker.live.size).toBe(1);
      unmount();
      expect(InProcessWorker.live.size).toBe(0);
    }
  });

  it('a newer request terminates the worker still running the older one', async () => {
    // Workers busy for ever: only a supersede can end them.
    const busy = vi.spyOn(InProcessWorker.prototype, 'postMessage').mockImplementation(() => undefined);
    const { result, rerender, unmount } = renderHook(
      ({ text }) => useCoreTask<'checkJson'>(check(text), [text]),
      { initialProps: { text: bigText } },
    );
    await settle();
    const [first] = [...InProcessWorker.live];
    expect(result.current.pending).toBe(true);
    rerender({ text: `${bigText} ` });
    await settle();
    busy.mockRestore();
    expect(first && InProcessWorker.live.has(first)).toBe(false);
    expect(InProcessWorker.live.size).toBe(1);
    expect(result.current.pending).toBe(true);
    unmount();
    expect(InProcessWorker.live.size).toBe(0);
  });

  it('frees the worker when there is nothing left to run', async () => {
    const { rerender, unmount } = renderHook(
      ({ on }) => useCoreTask<'checkJson'>(on ? check(bigText) : undefined, [on]),
      { initialProps: { on: true } },
    );
    await settle();
    expect(InProcessWorker.live.size).toBe(1);
    rerender({ on: false });
    expect(InProcessWorker.live.size).toBe(0);
    unmount();
  });

  it('a worker that fails shows why, never a blank result', async () => {
    const crash = vi.spyOn(InProcessWorker.prototype, 'postMessage').mockImplementation(function (
      this: InProcessWorker,
    ) {
      setTimeout(() => this.onerror?.({ message: '', preventDefault: () => undefined } as ErrorEvent), 0);
    });
    const { result, unmount } = renderHook(() => useCoreTask<'checkJson'>(check(bigText), [bigText]));
    await settle();
    crash.mockRestore();
    expect(result.current.pending).toBe(false);
    expect(result.current.error).toMatch(/background worker stopped without saying why/);
    expect(InProcessWorker.live.size).toBe(0);
    unmount();
  });
});
