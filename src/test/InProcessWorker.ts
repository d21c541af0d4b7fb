import { answerTask } from '../workers/answerTask';
import { HeldStore } from '../workers/heldValues';
import type { WorkerInbound, WorkerOutbound } from '../workers/protocol';

/**
 * A Worker stand-in for the test DOM (happy-dom), which runs no module workers: it answers each task in-process on a
 * later macrotask, as a real worker answers asynchronously, so component tests take the same path as
 * the browser (big inputs through the lane's worker). It counts the instances still alive, so a test
 * can see a worker left behind.
 */
export class InProcessWorker {
  /** Instances created and not terminated. */
  static readonly live = new Set<InProcessWorker>();
  onmessage: ((event: MessageEvent<WorkerOutbound>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  private terminated = false;
  /** Like a worker's own memory: gone with the instance. */
  private readonly store = new HeldStore();

  constructor() {
    InProcessWorker.live.add(this);
  }

  postMessage(message: WorkerInbound): void {
    setTimeout(() => {
      if (this.terminated) return;
      answerTask(
        message,
        (reply) => {
          if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<WorkerOutbound>);
        },
        this.store,
      );
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
    InProcessWorker.live.delete(this);
  }
}
