/// <reference lib="webworker" />
import { answerTask } from './answerTask';
import { HeldStore } from './heldValues';
import type { WorkerInbound, WorkerOutbound } from './protocol';

/** What this worker was sent once and keeps for the next tasks (the document being navigated). */
const store = new HeldStore();

/** Runs core tasks off the main thread so big inputs never freeze the page. */
self.onmessage = (event: MessageEvent<WorkerInbound>) => {
  answerTask(
    event.data,
    (message: WorkerOutbound, transfer: ArrayBuffer[] = []) => self.postMessage(message, transfer),
    store,
  );
};
