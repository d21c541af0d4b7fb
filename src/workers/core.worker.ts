/// <reference lib="webworker" />
import { answerTask } from './answerTask';
import type { WorkerInbound, WorkerOutbound } from './protocol';

/** Runs core tasks off the main thread so big inputs never freeze the page. */
self.onmessage = (event: MessageEvent<WorkerInbound>) => {
  answerTask(event.data, (message: WorkerOutbound) => self.postMessage(message));
};
