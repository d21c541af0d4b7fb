import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CoreLane, SupersededError, type CoreLaneOptions } from '../workers/coreClient';
import { createCoreWorkerFactory } from '../workers/createCoreWorker';
import type { RequestOf, TaskResults, TaskType } from '../workers/protocol';

/** Wait for typing to pause before re-analysing; longer for big inputs, which cost more per run. */
export const DEBOUNCE_MS = 120;
export const BIG_INPUT_DEBOUNCE_MS = 400;
export const BIG_INPUT_CHARS = 1_000_000;

export interface TaskState<T> {
  result: T | undefined;
  /** True while a newer result is being computed (the previous result stays visible meanwhile). */
  pending: boolean;
  /** When the running task started (ms since epoch), for an elapsed-time indicator. */
  startedAt: number | undefined;
  error: string | undefined;
  /** How far the running task has got (0 to 1), for tasks that report it. */
  progress?: number;
  /** True when the user stopped the task; nothing runs until the request changes or retry(). */
  cancelled?: boolean;
}

/** A task's state with what the user can do about it. */
export interface TaskControls<T> extends TaskState<T> {
  /** Stops the running task (its worker is terminated); the previous result stays. */
  cancel: () => void;
  /** Runs the same request again (after a cancel). */
  retry: () => void;
}

const IDLE = {
  result: undefined,
  resultFor: undefined,
  pending: false,
  startedAt: undefined,
  error: undefined,
};

function requestSize(request: Record<string, unknown>): number {
  let size = 0;
  for (const value of Object.values(request)) if (typeof value === 'string') size += value.length;
  return size;
}

/** A task's state, with the request its result answers (stale while a newer one runs). */
export type CoreTaskState<T extends TaskType> = TaskState<TaskResults[T]> & {
  resultFor: RequestOf<T> | undefined;
};

export type CoreTaskControls<T extends TaskType> = TaskControls<TaskResults[T]> & CoreTaskState<T>;

/**
 * Runs a core task whenever its request changes: small inputs on the main thread, big ones in a
 * dedicated worker lane. Stale results are discarded; the last good result stays on screen while
 * the next one is computed.
 */
export function useCoreTask<T extends TaskType>(
  request: RequestOf<T> | undefined,
  deps: readonly unknown[],
  options: { debounceMs?: number } & CoreLaneOptions = {},
): CoreTaskControls<T> {
  const { terminateWhenIdle, queueWhenSuperseded } = options;
  const lane = useMemo(
    () => new CoreLane(createCoreWorkerFactory(), { terminateWhenIdle, queueWhenSuperseded }),
    [terminateWhenIdle, queueWhenSuperseded],
  );
  const [state, setState] = useState<CoreTaskState<T>>(IDLE);
  const [attempt, setAttempt] = useState(0);
  /** Stops the scheduled or running request of the current effect. */
  const stopCurrent = useRef<() => void>(() => undefined);

  // Unmounting frees the worker, idle or busy: leaving a screen must not leave a worker behind.
  useEffect(() => () => lane.dispose(), [lane]);

  useEffect(() => {
    if (!request) {
      lane.dispose();
      setState(IDLE);
      return undefined;
    }
    let live = true;
    const delay =
      options.debounceMs ?? (requestSize(request) > BIG_INPUT_CHARS ? BIG_INPUT_DEBOUNCE_MS : DEBOUNCE_MS);
    const onProgress = (progress: number): void => {
      if (live) setState((previous) => (previous.pending ? { ...previous, progress } : previous));
    };
    const timer = setTimeout(() => {
      setState((previous) => ({
        result: previous.result,
        resultFor: previous.resultFor,
        error: previous.error,
        pending: true,
        startedAt: Date.now(),
      }));
      lane.run<T>(request, onProgress).then(
        (result) => {
          if (live)
            setState({ result, pending: false, startedAt: undefined, error: undefined, resultFor: request });
        },
        (error: unknown) => {
          if (!live || error instanceof SupersededError) return;
          const message = error instanceof Error ? error.message : String(error);
          setState((previous) => ({ ...previous, pending: false, startedAt: undefined, error: message }));
        },
      );
    }, delay);
    const stop = (): void => {
      live = false;
      clearTimeout(timer);
    };
    stopCurrent.current = stop;
    return stop;
    // deps stand for the request's content: callers build a new request object on every render.
    // Strings in deps compare by reference first, so a 50 MB input costs nothing here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, lane, attempt]);

  const cancel = useCallback(() => {
    stopCurrent.current();
    lane.cancel();
    setState((previous) => ({
      result: previous.result,
      resultFor: previous.resultFor,
      error: previous.error,
      pending: false,
      startedAt: undefined,
      cancelled: true,
    }));
  }, [lane]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { ...state, cancel, retry };
}
