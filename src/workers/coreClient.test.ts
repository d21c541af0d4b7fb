import { describe, expect, it } from 'vitest';
import { CoreLane, MAIN_THREAD_MAX_CHARS, SupersededError } from './coreClient';
import type { WorkerInbound, WorkerOutbound } from './protocol';

/** A worker that answers when told to, so a test can report progress and finish at will. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerOutbound>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: WorkerInbound[] = [];
  terminated = false;

  postMessage(message: WorkerInbound): void {
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: WorkerOutbound): void {
    this.onmessage?.({ data: message } as MessageEvent<WorkerOutbound>);
  }
}

const big = 'x'.repeat(MAIN_THREAD_MAX_CHARS);

function laneWithFake(): { lane: CoreLane; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const lane = new CoreLane(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { lane, workers };
}

describe('CoreLane', () => {
  it('passes progress reports to the caller, then the result', async () => {
    const { lane, workers } = laneWithFake();
    const seen: number[] = [];
    const promise = lane.run({ type: 'compare', a: big, b: big }, (done) => seen.push(done));
    const worker = workers[0] as FakeWorker;
    const id = worker.received[0]?.id ?? 0;
    worker.reply({ id, type: 'progress', done: 0.25 });
    worker.reply({ id, type: 'progress', done: 0.75 });
    worker.reply({ id, type: 'result', result: { ok: true, warnings: [] } });
    await expect(promise).resolves.toEqual({ ok: true, warnings: [] });
    expect(seen).toEqual([0.25, 0.75]);
  });

  it('cancel terminates the worker and rejects the running task as superseded', async () => {
    const { lane, workers } = laneWithFake();
    const promise = lane.run({ type: 'compare', a: big, b: big });
    lane.cancel();
    await expect(promise).rejects.toBeInstanceOf(SupersededError);
    expect(workers[0]?.terminated).toBe(true);
    // The next task gets a fresh worker.
    void lane.run({ type: 'checkJson', text: big }).catch(() => undefined);
    expect(workers).toHaveLength(2);
  });

  it('runs small inputs on the main thread, without a worker', async () => {
    const { lane, workers } = laneWithFake();
    await expect(lane.run({ type: 'checkJson', text: '[1]' })).resolves.toMatchObject({ ok: true });
    expect(workers).toHaveLength(0);
  });
});
