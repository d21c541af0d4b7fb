import type { HeldStore } from './heldValues';
import { detachInputSlices } from './inputSlices';
import type { WorkerInbound, WorkerOutbound } from './protocol';
import { runTask } from './runTask';

/** Progress is posted at most this often, in milliseconds: enough for a smooth bar, few messages. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Answers one task message (a part of a long string is kept until its task): progress reports (throttled), then the result or the error. The worker
 * runs it on each message, with the values it keeps between tasks (`store`: the document it was sent
 * once); tests run it in-process behind a Worker stand-in.
 */
export function answerTask(
  inbound: WorkerInbound,
  post: (message: WorkerOutbound) => void,
  store: HeldStore,
): void {
  if ('part' in inbound) {
    store.receivePart(inbound.part); // kept for the task that follows its parts
    return;
  }
  const { id } = inbound;
  let reply: WorkerOutbound;
  let lastReport = Date.now();
  const onProgress = (done: number): void => {
    const now = Date.now();
    if (now - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = now;
    post({ id, type: 'progress', done });
  };
  try {
    const request = store.requestOf(inbound);
    const result = runTask(request, onProgress);
    const slices = detachInputSlices(result, request);
    reply = slices.length > 0 ? { id, type: 'result', result, slices } : { id, type: 'result', result };
  } catch (error) {
    reply = { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  post(reply);
}
