import { HeldValues } from './heldValues';
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

/**
 * Inputs smaller than this run on the main thread: a worker round trip would cost more than the work.
 * It is also the most the page runs on itself when no worker can be started (a test DOM, a browser or
 * policy without module workers): bigger inputs are refused with a message rather than freeze the tab.
 */
export const MAIN_THREAD_MAX_CHARS = 200_000;

/** Thrown (as a rejection) when a newer request on the same lane, a cancel or a dispose replaced this one. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer request');
  }
}

/** Thrown (as a rejection) when a task needed a worker and none could run it; the message says why. */
export class WorkerUnavailableError extends Error {}

type Running = {
  id: number;
  worker: Worker;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress: ((done: number) => void) | undefined;
  /** Kept to take back the big strings the worker's answer refers to (inputSlices.ts). */
  request: TaskRequest;
  /** Sent again in full once, after the worker said it did not hold a value (never expected). */
  resent?: boolean;
};

export interface CoreLaneOptions {
  /** Terminates the worker as soon as its task settles, for lanes used now and then (buttons, titles). */
  terminateWhenIdle?: boolean;
  /**
   * For quick queries on a document the worker holds (Go to, the path of the cursor): a newer task
   * waits behind the running one, whose answer is then ignored, instead of terminating the worker,
   * which would drop the document and post it again. `cancel()` and `dispose()` still terminate it.
   */
  queueWhenSuperseded?: boolean;
}

/** The characters of text a task carries (its type name aside): what it costs to run and to copy. */
function inputSize(request: { type: TaskType } & Record<string, unknown>): number {
  let size = 0;
  for (const [key, value] of Object.entries(request)) {
    if (key === 'type') continue;
    if (typeof value === 'string') size += value.length;
    else if (Array.isArray(value))
      for (const item of value as unknown[]) if (typeof item === 'string') size += item.length;
  }
  return size;
}

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One lane = at most one worker running at most one task. Its lifecycle:
 * - the worker is created on demand, by the first task too big for the main thread;
 * - a new task, `cancel()` or `dispose()` supersedes the running one: its worker is terminated (a
 *   synchronous scan cannot be interrupted any other way) and its promise rejects with SupersededError,
 *   so typing into a 50 MB document never queues stale work;
 *   (with `queueWhenSuperseded` the worker lives on and the newer task waits behind the running one);
 * - an idle worker is kept for the next task (unless `terminateWhenIdle`) until `dispose()`;
 * - the big values of a task (the document) are posted once per worker and kept there
 *   (heldValues.ts); a new worker is sent them again with its first task;
 * - a worker that fails (crash, load error) is terminated and its task rejects with a clear message;
 *   the next task starts a fresh one.
 * `dispose()` frees the worker now; the lane stays usable (a later task starts a new worker), because
 * React's StrictMode unmounts and mounts the same component instance again.
 */
export class CoreLane {
  private worker: Worker | undefined;
  private running: Running | undefined;
  private nextId = 1;
  /** What the current worker was sent and keeps; forgotten with the worker. */
  private readonly held = new HeldValues();
  /** Messages waiting to be posted to the current worker, one per task, in order (parts first). */
  private outbox: WorkerInbound[] = [];
  private postTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly createWorker: (() => Worker) | undefined;
  private readonly options: CoreLaneOptions;

  constructor(createWorker?: () => Worker, options: CoreLaneOptions = {}) {
    this.createWorker = createWorker;
    this.options = options;
  }

  /** True while a worker is alive (busy or idle): what `dispose()` frees. */
  get hasWorker(): boolean {
    return this.worker !== undefined;
  }

  /** Runs a task; `onProgress` hears how far a long one in the worker has got (0 to 1). */
  run<T extends TaskType>(
    request: RequestOf<T>,
    onProgress?: (done: number) => void,
  ): Promise<TaskResults[T]> {
    if (this.options.queueWhenSuperseded) this.supersedeKeepingWorker();
    else this.cancel();
    const size = inputSize(request);
    if (size < MAIN_THREAD_MAX_CHARS) {
      return loadRunTask().then(({ runTask }) => runTask<T>(request));
    }
    const started = this.ensureWorker();
    if (!started.ok) {
      return Promise.reject(
        new WorkerUnavailableError(
          `this input (${megabytes(size)}) needs a background worker, and ${started.why}. ` +
            `Inputs under ${megabytes(MAIN_THREAD_MAX_CHARS)} are handled without one.`,
        ),
      );
    }
    const worker = started.worker;
    const id = this.nextId++;
    return new Promise<TaskResults[T]>((resolve, reject) => {
      this.running = { id, worker, resolve: resolve as (value: never) => void, reject, onProgress, request };
      this.post(this.held.messages(id, request));
    });
  }

  /** Stops the running task, if any: its worker is terminated and its promise rejects (SupersededError). */
  cancel(): void {
    if (!this.running) return;
    this.stopWorker();
  }

  /** Frees the worker, busy or idle, now (unmount): a running task rejects with SupersededError. */
  dispose(): void {
    this.stopWorker();
  }

  private stopWorker(error: Error = new SupersededError()): void {
    const running = this.running;
    this.running = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    this.held.clear();
    this.outbox = [];
    clearTimeout(this.postTimer);
    this.postTimer = undefined;
    running?.reject(error);
  }

  /**
   * Posts messages to the worker in order: the first at once when nothing waits, the others a task
   * apart, so the parts of a 50 MB document never make one long task. A superseded task's messages
   * are still posted (the worker keeps their document for the next task); a terminated worker's are
   * dropped with it.
   */
  private post(messages: WorkerInbound[]): void {
    this.outbox.push(...messages);
    if (this.postTimer === undefined) this.postNext();
  }

  private readonly postNext = (): void => {
    this.postTimer = undefined;
    const message = this.outbox.shift();
    if (!message || !this.worker) return;
    this.worker.postMessage(message);
    if (this.outbox.length > 0) this.postTimer = setTimeout(this.postNext, 0);
  };

  /** Rejects the running task as superseded; its worker finishes it unheard and stays for the next. */
  private supersedeKeepingWorker(): void {
    const running = this.running;
    this.running = undefined;
    running?.reject(new SupersededError());
  }

  private ensureWorker(): { ok: true; worker: Worker } | { ok: false; why: string } {
    if (this.worker) return { ok: true, worker: this.worker };
    if (!this.createWorker) return { ok: false, why: 'this browser cannot start one here' };
    let worker: Worker;
    try {
      worker = this.createWorker();
    } catch (error) {
      return { ok: false, why: `the browser refused to start one (${messageOf(error)})` };
    }
    worker.onmessage = (event: MessageEvent<WorkerOutbound>) => this.receive(worker, event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.fail(worker, event.message ? `the background worker failed: ${event.message}` : undefined);
    };
    worker.onmessageerror = () => this.fail(worker, 'the background worker could not read a message');
    this.worker = worker;
    return { ok: true, worker };
  }

  private receive(worker: Worker, message: WorkerOutbound): void {
    const running = this.running;
    if (worker !== this.worker || !running || message.id !== running.id) return;
    if (message.type === 'progress') {
      running.onProgress?.(message.done);
      return;
    }
    if (message.type === 'error' && message.notHeld && !running.resent) {
      // What the lane thought the worker held, it does not: forget it all and send the task whole.
      running.resent = true;
      this.held.clear();
      this.post(this.held.messages(running.id, running.request));
      return;
    }
    this.running = undefined;
    if (this.options.terminateWhenIdle) this.dispose();
    if (message.type === 'result')
      running.resolve(attachInputSlices(message.result, message.slices ?? [], running.request) as never);
    else running.reject(new Error(message.message));
  }

  /** A worker that crashed or failed to load: terminated, its task rejected with what happened. */
  private fail(worker: Worker, message: string | undefined): void {
    if (worker !== this.worker) return;
    this.stopWorker(
      new Error(
        message ??
          'the background worker stopped without saying why (it may have run out of memory, or failed to load)',
      ),
    );
  }
}
