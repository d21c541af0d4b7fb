/// <reference lib="webworker" />
import type { WorkerInbound, WorkerOutbound } from './protocol';
import { detachInputSlices } from './inputSlices';
import { runTask } from './runTask';

/** Progress is posted at most this often, in milliseconds: enough for a smooth bar, few messages. */
const PROGRESS_INTERVAL_MS = 100;

/** Runs core tasks off the main thread so big inputs never freeze the page. */
self.onmessage = (event: MessageEvent<WorkerInbound>) => {
  const { id, request } = event.data;
  let reply: WorkerOutbound;
  let lastReport = Date.now();
  const onProgress = (done: number): void => {
    const now = Date.now();
    if (now - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = now;
    self.postMessage({ id, type: 'progress', done } satisfies WorkerOutbound);
  };
  try {
    const result = runTask(request, onProgress);
    const slices = detachInputSlices(result, request);
    reply = slices.length > 0 ? { id, type: 'result', result, slices } : { id, type: 'result', result };
  } catch (error) {
    reply = { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
