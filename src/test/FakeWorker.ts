import { CoreLane, type CoreLaneOptions } from '../workers/coreClient';
import type { TaskMessage, WorkerInbound, WorkerOutbound } from '../workers/protocol';
import { InProcessWorker } from './InProcessWorker';

/** A worker that records what it was posted and answers when told to: progress, a result, a crash. */
export class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerOutbound>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  received: WorkerInbound[] = [];
  terminated = false;

  postMessage(message: WorkerInbound): void {
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The id of the last task posted to it. */
  get lastId(): number {
    return this.received.at(-1)?.id ?? -1;
  }

  /** The task messages received (parts of long strings left aside). */
  get tasks(): TaskMessage[] {
    return this.received.filter((m): m is TaskMessage => 'request' in m);
  }

  reply(message: WorkerOutbound): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerOutbound>);
  }

  /** Answers the last task with this result. */
  answer(result: unknown = { ok: true, line: 1 }): void {
    this.reply({ id: this.lastId, type: 'result', result } as WorkerOutbound);
  }

  /** What the browser does when the worker throws uncaught or fails to load. */
  crash(message = 'boom'): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

/** A lane whose workers are FakeWorkers, listed as they are created. */
export function laneWithFake(options?: CoreLaneOptions): { lane: CoreLane; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const lane = new CoreLane(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  }, options);
  return { lane, workers };
}

/** A lane whose workers run the real core in-process, every message posted to them listed in `posted`. */
export function recordingLane(options?: CoreLaneOptions): { lane: CoreLane; posted: WorkerInbound[] } {
  const posted: WorkerInbound[] = [];
  const lane = new CoreLane(() => {
    const worker = new InProcessWorker();
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message: WorkerInbound) => {
      posted.push(message);
      post(message);
    };
    return worker as unknown as Worker;
  }, options);
  return { lane, posted };
}
