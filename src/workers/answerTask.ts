import { NotHeldError, type HeldStore } from './heldValues';
import { detachInputSlices } from './inputSlices';
import type { WorkerInbound, WorkerOutbound } from './protocol';
import { runTask } from './runTask';

/**
 * The buffers of the typed arrays a result is made of (a line index, a document's structure), to
 * transfer rather than copy: a 50 MB document's structure is tens of MB, which the main thread would
 * otherwise deserialize in one task. Buffers the request refers to (values the worker keeps) stay.
 */
export function transferablesOf(result: unknown, request: object): ArrayBuffer[] {
  const views = (value: unknown): ArrayBufferView[] => {
    if (ArrayBuffer.isView(value)) return [value];
    if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
      return [];
    return Object.values(value).filter((item): item is ArrayBufferView => ArrayBuffer.isView(item));
  };
  const kept = new Set(
    Object.values(request)
      .flatMap(views)
      .map((view) => view.buffer),
  );
  const buffers = new Set<ArrayBuffer>();
  for (const view of views(result))
    if (view.buffer instanceof ArrayBuffer && !kept.has(view.buffer)) buffers.add(view.buffer);
  return [...buffers];
}

/** Progress is posted at most this often, in milliseconds: enough for a smooth bar, few messages. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Answers one task message (a part of a long string is kept until its task): progress reports (throttled), then the result or the error. The worker
 * runs it on each message, with the values it keeps between tasks (`store`: the document it was sent
 * once); tests run it in-process behind a Worker stand-in.
 */
export function answerTask(
  inbound: WorkerInbound,
  post: (message: WorkerOutbound, transfer?: ArrayBuffer[]) => void,
  store: HeldStore,
): void {
  if ('part' in inbound) {
    store.receivePart(inbound.part); // kept for the task that follows its parts
    return;
  }
  const { id } = inbound;
  let reply: WorkerOutbound;
  let transfer: ArrayBuffer[] = [];
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
    transfer = transferablesOf(result, request);
  } catch (error) {
    reply = { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
    if (error instanceof NotHeldError) reply.notHeld = true;
  }
  post(reply, transfer);
}
