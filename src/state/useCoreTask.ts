import { useEffect, useMemo, useState } from 'react';
import { CoreLane, SupersededError } from '../workers/coreClient';
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
}

function requestSize(request: Record<string, unknown>): number {
  let size = 0;
  for (const value of Object.values(request)) if (typeof value === 'string') size += value.length;
  return size;
}

/** A task's state, with the request its result answers (stale while a newer one runs). */
export type CoreTaskState<T extends TaskType> = TaskState<TaskResults[T]> & {
  resultFor: RequestOf<T> | undefined;
};

/**
 * Runs a core task whenever its request changes: small inputs on the main thread, big ones in a
 * dedicated worker lane. Stale results are discarded; the last good result stays on screen while
 * the next one is computed.
 */
export function useCoreTask<T extends TaskType>(
  request: RequestOf<T> | undefined,
  deps: readonly unknown[],
  options: { debounceMs?: number } = {},
): CoreTaskState<T> {
  const lane = useMemo(() => new CoreLane(createCoreWorkerFactory()), []);
  const [state, setState] = useState<CoreTaskState<T>>({
    result: undefined,
    pending: false,
    startedAt: undefined,
    error: undefined,
    resultFor: undefined,
  });

  useEffect(() => () => lane.cancel(), [lane]);

  useEffect(() => {
    if (!request) {
      lane.cancel();
      setState({
        result: undefined,
        pending: false,
        startedAt: undefined,
        error: undefined,
        resultFor: undefined,
      });
      return undefined;
    }
    let live = true;
    const delay =
      options.debounceMs ?? (requestSize(request) > BIG_INPUT_CHARS ? BIG_INPUT_DEBOUNCE_MS : DEBOUNCE_MS);
    const timer = setTimeout(() => {
      setState((previous) => ({ ...previous, pending: true, startedAt: Date.now() }));
      lane.run<T>(request).then(
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
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // deps stand for the request's content: callers build a new request object on every render.
    // Strings in deps compare by reference first, so a 50 MB input costs nothing here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, lane]);

  return state;
}
