/// <reference lib="webworker" />
import type { WorkerInbound, WorkerOutbound } from './protocol';
import { runTask } from './runTask';

/** Runs core tasks off the main thread so big inputs never freeze the page. */
self.onmessage = (event: MessageEvent<WorkerInbound>) => {
  const { id, request } = event.data;
  let reply: WorkerOutbound;
  try {
    reply = { id, type: 'result', result: runTask(request) };
  } catch (error) {
    reply = { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
