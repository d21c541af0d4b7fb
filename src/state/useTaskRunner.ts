import { useCallback, useEffect, useMemo } from 'react';
import { CoreLane, SupersededError, type CoreLaneOptions } from '../workers/coreClient';
import { createCoreWorkerFactory } from '../workers/createCoreWorker';
import type { RequestOf, TaskResults, TaskType } from '../workers/protocol';

/** What a task the user asked for came to: its result, or why there is none. */
export type TaskOutcome<R> = { ok: true; result: R } | { ok: false; message: string };

/**
 * Runs core tasks on demand (a click, Enter) for one component: small inputs on the main thread, big
 * ones in the component's own worker lane. A newer run supersedes the running one, whose promise then
 * resolves to undefined (nothing to show); a failure resolves with its message. Unmounting frees the
 * worker. `options` are read once, when the component mounts.
 */
export function useTaskRunner(
  options?: CoreLaneOptions,
): <T extends TaskType>(request: RequestOf<T>) => Promise<TaskOutcome<TaskResults[T]> | undefined> {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const lane = useMemo(() => new CoreLane(createCoreWorkerFactory(), options), []);
  useEffect(() => () => lane.dispose(), [lane]);
  return useCallback(
    <T extends TaskType>(request: RequestOf<T>) =>
      lane.run<T>(request).then(
        (result): TaskOutcome<TaskResults[T]> => ({ ok: true, result }),
        (error: unknown): TaskOutcome<TaskResults[T]> | undefined =>
          error instanceof SupersededError
            ? undefined
            : { ok: false, message: error instanceof Error ? error.message : String(error) },
      ),
    [lane],
  );
}
