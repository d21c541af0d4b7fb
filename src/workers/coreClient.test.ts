import { describe, expect, it } from 'vitest';
import { CoreLane, MAIN_THREAD_MAX_CHARS, SupersededError, WorkerUnavailableError } from './coreClient';
import { FakeWorker, laneWithFake } from '../test/FakeWorker';

const big = 'x'.repeat(MAIN_THREAD_MAX_CHARS);
const bigCheck = { type: 'checkJson', text: big } as const;
const okCheck = { ok: true as const, warnings: [] };

const alive = (workers: FakeWorker[]) => workers.filter((w) => !w.terminated).length;

describe('CoreLane: the worker lifecycle', () => {
  it('creates no worker until a task needs one, and passes progress reports, then the result', async () => {
    const { lane, workers } = laneWithFake();
    expect(workers).toHaveLength(0);
    const seen: number[] = [];
    const promise = lane.run({ type: 'compare', a: big, b: big }, (done) => seen.push(done));
    const worker = workers[0] as FakeWorker;
    worker.reply({ id: worker.lastId, type: 'progress', done: 0.25 });
    worker.reply({ id: worker.lastId, type: 'progress', done: 0.75 });
    worker.reply({ id: worker.lastId, type: 'result', result: okCheck });
    await expect(promise).resolves.toEqual(okCheck);
    expect(seen).toEqual([0.25, 0.75]);
  });

  it('keeps an idle worker for the next task rather than starting another', async () => {
    const { lane, workers } = laneWithFake();
    for (let round = 0; round < 3; round++) {
      const promise = lane.run(bigCheck);
      const worker = workers[0] as FakeWorker;
      worker.reply({ id: worker.lastId, type: 'result', result: okCheck });
      await promise;
    }
    expect(workers).toHaveLength(1);
    expect(alive(workers)).toBe(1);
  });

  it('a new task supersedes the running one: its worker is terminated, its late answer ignored', async () => {
    const { lane, workers } = laneWithFake();
    const first = lane.run(bigCheck);
    const second = lane.run({ type: 'checkJson', text: `${big}y` });
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    const [old, fresh] = workers as [FakeWorker, FakeWorker];
    expect(old.terminated).toBe(true);
    expect(fresh.terminated).toBe(false);
    // The terminated worker's answer (already in flight) must not settle the new task.
    old.reply({ id: old.lastId, type: 'result', result: { ok: false } as never });
    fresh.reply({ id: fresh.lastId, type: 'result', result: okCheck });
    await expect(second).resolves.toEqual(okCheck);
    expect(alive(workers)).toBe(1);
  });

  it('cancel terminates the busy worker and rejects its task; the next task gets a fresh worker', async () => {
    const { lane, workers } = laneWithFake();
    const promise = lane.run(bigCheck);
    lane.cancel();
    await expect(promise).rejects.toBeInstanceOf(SupersededError);
    expect(workers[0]?.terminated).toBe(true);
    void lane.run(bigCheck).catch(() => undefined);
    expect(workers).toHaveLength(2);
  });

  it('dispose frees an idle worker too, and the lane still works afterwards (StrictMode remounts)', async () => {
    const { lane, workers } = laneWithFake();
    const promise = lane.run(bigCheck);
    (workers[0] as FakeWorker).reply({ id: 1, type: 'result', result: okCheck });
    await promise;
    expect(lane.hasWorker).toBe(true);
    lane.dispose();
    expect(workers[0]?.terminated).toBe(true);
    expect(lane.hasWorker).toBe(false);
    const again = lane.run(bigCheck);
    const fresh = workers[1] as FakeWorker;
    fresh.reply({ id: fresh.lastId, type: 'result', result: okCheck });
    await expect(again).resolves.toEqual(okCheck);
  });

  it('dispose rejects a running task as superseded', async () => {
    const { lane, workers } = laneWithFake();
    const promise = lane.run(bigCheck);
    lane.dispose();
    await expect(promise).rejects.toBeInstanceOf(SupersededError);
    expect(alive(workers)).toBe(0);
  });

  it('a lane told to terminate when idle ends its worker with each task', async () => {
    const { lane, workers } = laneWithFake({ terminateWhenIdle: true });
    const promise = lane.run(bigCheck);
    (workers[0] as FakeWorker).reply({ id: 1, type: 'result', result: okCheck });
    await expect(promise).resolves.toEqual(okCheck);
    expect(workers[0]?.terminated).toBe(true);
    expect(lane.hasWorker).toBe(false);
  });
});

describe('CoreLane: errors', () => {
  it('an error the task threw in the worker rejects with its message; the worker stays for the next', async () => {
    const { lane, workers } = laneWithFake();
    const promise = lane.run(bigCheck);
    const worker = workers[0] as FakeWorker;
    worker.reply({ id: worker.lastId, type: 'error', message: 'Maximum call stack size exceeded' });
    await expect(promise).rejects.toThrow('Maximum call stack size exceeded');
    expect(worker.terminated).toBe(false);
  });

  it('a crashed worker is terminated, its task rejects with what happened, and the next task starts afresh', async () => {
    const { lane, workers } = laneWithFake();
    const promise = lane.run(bigCheck);
    (workers[0] as FakeWorker).crash('Uncaught RangeError: Array buffer allocation failed');
    await expect(promise).rejects.toThrow(
      'the background worker failed: Uncaught RangeError: Array buffer allocation failed',
    );
    expect(workers[0]?.terminated).toBe(true);
    const next = lane.run(bigCheck);
    expect(workers).toHaveLength(2);
    const fresh = workers[1] as FakeWorker;
    fresh.reply({ id: fresh.lastId, type: 'result', result: okCheck });
    await expect(next).resolves.toEqual(okCheck);
  });

  it('a worker that dies silently (out of memory, failed to load) still gives a message, never a blank', async () => {
    const { lane, workers } = laneWithFake();
    const promise = lane.run(bigCheck);
    (workers[0] as FakeWorker).crash('');
    await expect(promise).rejects.toThrow(/the background worker stopped without saying why/);
  });
});

describe('CoreLane: main thread or worker', () => {
  const sizes = [
    { name: 'just under the threshold runs on the main thread', size: MAIN_THREAD_MAX_CHARS - 1, workers: 0 },
    { name: 'at the threshold goes to a worker', size: MAIN_THREAD_MAX_CHARS, workers: 1 },
  ];
  for (const { name, size, workers: expected } of sizes) {
    it(`an input ${name}`, async () => {
      const { lane, workers } = laneWithFake();
      const promise = lane.run({ type: 'checkJson', text: `"${'x'.repeat(size - 2)}"` });
      expect(workers).toHaveLength(expected);
      if (expected === 0) await expect(promise).resolves.toMatchObject({ ok: true });
      else lane.dispose();
      await promise.catch(() => undefined);
    });
  }

  it('counts every text of a task, lists included (history titles of big pastes go to the worker)', () => {
    const { lane, workers } = laneWithFake();
    const half = 'x'.repeat(MAIN_THREAD_MAX_CHARS / 2);
    void lane.run({ type: 'historyTitle', screen: 'compare', texts: [half, half] }).catch(() => undefined);
    expect(workers).toHaveLength(1);
    lane.dispose();
  });

  it('without workers, small inputs still run on the main thread', async () => {
    const lane = new CoreLane(undefined);
    await expect(lane.run({ type: 'checkJson', text: '[1]' })).resolves.toMatchObject({ ok: true });
  });

  it('without workers, big inputs are refused with a message instead of freezing the page', async () => {
    const lane = new CoreLane(undefined);
    const promise = lane.run(bigCheck);
    await expect(promise).rejects.toBeInstanceOf(WorkerUnavailableError);
    await expect(promise).rejects.toThrow(/this input \(0\.2 MB\) needs a background worker/);
  });

  it('a worker the browser refuses to start (CSP, no module workers) is reported the same way', async () => {
    const lane = new CoreLane(() => {
      throw new Error('Failed to construct Worker');
    });
    await expect(lane.run(bigCheck)).rejects.toThrow(/refused to start one \(Failed to construct Worker\)/);
    await expect(lane.run({ type: 'checkJson', text: '{}' })).resolves.toMatchObject({ ok: true });
  });
});
