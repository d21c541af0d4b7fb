import { attachInputSlices } from './inputSlices';
import type {
  RequestOf,
  TaskRequest,
  TaskResults,
  TaskType,
  WorkerInbound,
  WorkerOutbound,
} from './protocol';

/**
 * The core, loaded on first use: the main-thread fallback needs it, the first paint does not (it is
 * most of the app's JavaScript; the worker bundles its own copy for heavy work).
 */
let runTaskModule: Promise<typeof import('./runTask')> | undefined;
export function loadRunTask(): Promise<typeof import('./runTask')> {
  runTaskModule ??= import('./runTask').catch((error: unknown) => {
    runTaskModule = undefined; // a failed fetch is tried again on the next task
    throw error;
  });
  return runTaskModule;
}

/** Inputs smaller than this run on the main thread: a worker round trip would cost more than the work. */
export const MAIN_THREAD_MAX_CHARS = 200_000;

/** Thrown (as a rejection) when a newer request on the same lane replaced this one. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer request');
  }
}

type Pending = {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress: ((done: number) => void) | undefined;
  /** Kept to take back the big strings the worker's answer refers to (inputSlices.ts). */
  request: TaskRequest;
};

function inputSize(request: { type: TaskType } & Record<string, unknown>): number {
  let size = 0;
  for (const value of Object.values(request)) if (typeof value === 'string') size += value.length;
  return size;
}

/**
 * One lane = one worker running at most one task. A new request on a busy lane terminates the worker
 * (a synchronous scan cannot be interrupted any other way) and starts a fresh one, so typing into a
 * 50 MB document never queues stale work. Where workers are unavailable (tests, old browsers) every
 * task runs on the main thread.
 */
export class CoreLane {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private readonly createWorker: (() => Worker) | undefined;

  constructor(createWorker?: () => Worker) {
    this.createWorker = createWorker;
  }

  /** Runs a task; `onProgress` hears how far a long one in the worker has got (0 to 1). */
  run<T extends TaskType>(
    request: RequestOf<T>,
    onProgress?: (done: number) => void,
  ): Promise<TaskResults[T]> {
    this.cancel();
    if (!this.createWorker || inputSize(request) < MAIN_THREAD_MAX_CHARS) {
      return loadRunTask().then(({ runTask }) => runTask<T>(request));
    }
    const worker = this.ensureWorker(this.createWorker);
    const id = this.nextId++;
    return new Promise<TaskResults[T]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject, onProgress, request });
      const message: WorkerInbound = { id, request };
      worker.postMessage(message);
    });
  }

  /** Drops the running task, if any: its promise rejects with SupersededError. */
  cancel(): void {
    if (this.pending.size === 0) return;
    this.worker?.terminate();
    this.worker = undefined;
    for (const entry of this.pending.values()) entry.reject(new SupersededError());
    this.pending.clear();
  }

  private ensureWorker(create: () => Worker): Worker {
    if (this.worker) return this.worker;
    const worker = create();
    worker.onmessage = (event: MessageEvent<WorkerOutbound>) => {
      const message = event.data;
      const entry = this.pending.get(message.id);
      if (!entry) return;
      if (message.type === 'progress') {
        entry.onProgress?.(message.done);
        return;
      }
      this.pending.delete(message.id);
      if (message.type === 'result')
        entry.resolve(attachInputSlices(message.result, message.slices ?? [], entry.request) as never);
      else entry.reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'the background worker failed');
      for (const entry of this.pending.values()) entry.reject(error);
      this.pending.clear();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }
}
