import type { TaskRequest, WorkerInbound } from './protocol';

/**
 * The big values of a task (a 20 MB document, its bracket structure, its line index) are posted to a
 * worker once, and the worker keeps them for the next tasks: "Go to" and the path of the cursor then
 * post only their query, not a structured clone of the whole document on the main thread each time.
 *
 * The lane remembers, per request field, which value its worker holds (compared with ===: a string
 * edited, pasted or read from a file is a new value, so it is sent again). The worker keeps one value
 * per field and replaces it when a newer one comes. A terminated worker takes its values with it: the
 * lane forgets what it held, and the next task sends them again.
 */

/** Strings shorter than this are posted as they are: keeping them would save nothing worth it. */
export const HOLD_MIN_CHARS = 100_000;

/** A field of a request the worker keeps (`keep`: sent this time) or already holds (`held`: left out). */
export interface HeldField {
  field: string;
  key: number;
}

/** Worth keeping in the worker: a big string, a typed array, or an object of typed arrays (a structure). */
function isHoldable(value: unknown): boolean {
  if (typeof value === 'string') return value.length >= HOLD_MIN_CHARS;
  if (value === null || typeof value !== 'object') return false;
  if (ArrayBuffer.isView(value)) return true;
  return (
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.values(value).some((v) => ArrayBuffer.isView(v))
  );
}

/** The main thread's side: what one worker holds, and the message that leaves it out. */
export class HeldValues {
  private readonly held = new Map<string, { key: number; value: unknown }>();
  private nextKey = 1;

  /** The message for a task: big values the worker holds are left out (undefined), new ones kept. */
  message(id: number, request: TaskRequest): WorkerInbound {
    const sent: Record<string, unknown> = { ...request };
    const keep: HeldField[] = [];
    const held: HeldField[] = [];
    for (const [field, value] of Object.entries(request)) {
      if (!isHoldable(value)) continue;
      const holding = this.held.get(field);
      if (holding && holding.value === value) {
        sent[field] = undefined;
        held.push({ field, key: holding.key });
      } else {
        const key = this.nextKey++;
        this.held.set(field, { key, value });
        keep.push({ field, key });
      }
    }
    return {
      id,
      request: sent as TaskRequest,
      ...(keep.length > 0 && { keep }),
      ...(held.length > 0 && { held }),
    };
  }

  /** The worker is gone (terminated, crashed): it holds nothing any more. */
  clear(): void {
    this.held.clear();
  }
}

/** The worker's side: the values it keeps, one per field, and the full request of each message. */
export class HeldStore {
  private readonly values = new Map<string, { key: number; value: unknown }>();

  /** The request with the values it left out put back; throws if one is not here (never expected). */
  requestOf(inbound: WorkerInbound): TaskRequest {
    const request: Record<string, unknown> = { ...inbound.request };
    for (const { field, key } of inbound.keep ?? []) this.values.set(field, { key, value: request[field] });
    for (const { field, key } of inbound.held ?? []) {
      const kept = this.values.get(field);
      if (kept?.key !== key)
        throw new Error('the background worker no longer holds this document; try again');
      request[field] = kept.value;
    }
    return request as TaskRequest;
  }
}
