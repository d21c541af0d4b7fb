import type { PartMessage, TaskMessage, TaskRequest, WorkerInbound } from './protocol';

/**
 * The big values of a task (a 20 MB document, its bracket structure, its line index) are posted to a
 * worker once, and the worker keeps them for the next tasks: "Go to" and the path of the cursor then
 * post only their query, not a structured clone of the whole document on the main thread each time.
 *
 * The lane remembers, per request field, which value its worker holds (compared with ===: a string
 * edited, pasted or read from a file is a new value, so it is sent again). The worker keeps one value
 * per field and replaces it when a newer one comes. A terminated worker takes its values with it: the
 * lane forgets what it held, and the next task sends them again.
 *
 * A string longer than POST_PART_CHARS is posted in parts, which the lane posts a task apart
 * (coreClient.ts): one postMessage of 50 MB is a 40–100 ms structured clone on the main thread (more
 * on a busy machine), a part of 2 MB a few milliseconds. The worker joins the parts.
 */

/** Strings shorter than this are posted as they are: keeping them would save nothing worth it. */
export const HOLD_MIN_CHARS = 100_000;

/** Longer strings are posted in parts of this many characters. */
export const POST_PART_CHARS = 2_000_000;
/** An object of typed arrays (a structure) bigger than this is posted a column per message. */
export const POST_PART_BYTES = 4_000_000;

/**
 * A field of a request the worker keeps (`keep`: sent this time) or already holds (`held`: left out).
 * A kept string sent in parts is left out too: `parts` says how many part messages came before.
 */
export interface HeldField {
  field: string;
  key: number;
  parts?: number;
}

/** The typed arrays among an object's own values (the columns of a structure), by name. */
function columnsOf(value: object): [string, ArrayBufferView][] {
  if (ArrayBuffer.isView(value) || Object.getPrototypeOf(value) !== Object.prototype) return [];
  return Object.entries(value).filter((entry): entry is [string, ArrayBufferView] =>
    ArrayBuffer.isView(entry[1]),
  );
}

/** Worth keeping in the worker: a big string, a typed array, or an object of typed arrays (a structure). */
function isHoldable(value: unknown): boolean {
  if (typeof value === 'string') return value.length >= HOLD_MIN_CHARS;
  if (value === null || typeof value !== 'object') return false;
  return ArrayBuffer.isView(value) || columnsOf(value).length > 0;
}

/** The part messages a new value is posted in (none when it goes whole), and what the task carries of it. */
function partsOf(id: number, key: number, value: unknown): { parts: PartMessage[]; rest: unknown } {
  const parts: PartMessage[] = [];
  if (typeof value === 'string') {
    if (value.length <= POST_PART_CHARS) return { parts, rest: value };
    for (let start = 0; start < value.length; start += POST_PART_CHARS)
      parts.push({ id, part: { key, text: value.slice(start, start + POST_PART_CHARS) } });
    return { parts, rest: undefined };
  }
  if (value === null || typeof value !== 'object') return { parts, rest: value };
  const columns = columnsOf(value);
  if (columns.reduce((bytes, [, array]) => bytes + array.byteLength, 0) <= POST_PART_BYTES)
    return { parts, rest: value };
  for (const [column, array] of columns) parts.push({ id, part: { key, column, array } });
  const names = new Set(columns.map(([name]) => name));
  return { parts, rest: Object.fromEntries(Object.entries(value).filter(([name]) => !names.has(name))) };
}

/** The main thread's side: what one worker holds, and the message that leaves it out. */
export class HeldValues {
  private readonly held = new Map<string, { key: number; value: unknown }>();
  private nextKey = 1;

  /**
   * The messages for a task, to post in order: the parts of a long new string or big structure (a
   * column each), if any, then the task, from which the values the worker holds are left out
   * (undefined) and new ones marked kept.
   */
  messages(id: number, request: TaskRequest): WorkerInbound[] {
    const sent: Record<string, unknown> = { ...request };
    const keep: HeldField[] = [];
    const held: HeldField[] = [];
    const parts: WorkerInbound[] = [];
    for (const [field, value] of Object.entries(request)) {
      if (!isHoldable(value)) continue;
      const holding = this.held.get(field);
      if (holding && holding.value === value) {
        sent[field] = undefined;
        held.push({ field, key: holding.key });
        continue;
      }
      const key = this.nextKey++;
      this.held.set(field, { key, value });
      const { parts: own, rest } = partsOf(id, key, value);
      sent[field] = rest;
      parts.push(...own);
      keep.push(own.length > 0 ? { field, key, parts: own.length } : { field, key });
    }
    const task: TaskMessage = {
      id,
      request: sent as TaskRequest,
      ...(keep.length > 0 && { keep }),
      ...(held.length > 0 && { held }),
    };
    return [...parts, task];
  }

  /** The worker is gone (terminated, crashed): it holds nothing any more. */
  clear(): void {
    this.held.clear();
  }
}

/** Thrown by the worker when a task names a value it does not hold; the lane then sends it again. */
export class NotHeldError extends Error {
  constructor() {
    super('the background worker no longer holds this document');
  }
}

/** The worker's side: the values it keeps, one per field, and the full request of each task. */
export class HeldStore {
  private readonly values = new Map<string, { key: number; value: unknown }>();
  /** Parts received, by key, until their task comes. */
  private readonly parts = new Map<number, PartMessage['part'][]>();

  /** Keeps a part of a long string or a column of a structure until the task that lists it. */
  receivePart(part: PartMessage['part']): void {
    const received = this.parts.get(part.key);
    if (received) received.push(part);
    else this.parts.set(part.key, [part]);
  }

  /** The request with the values it left out put back; throws if one is not here (never expected). */
  requestOf(inbound: TaskMessage): TaskRequest {
    const request: Record<string, unknown> = { ...inbound.request };
    for (const { field, key, parts } of inbound.keep ?? []) {
      if (parts !== undefined) {
        const received = this.parts.get(key) ?? [];
        this.parts.delete(key);
        if (received.length !== parts) throw new NotHeldError();
        const texts = received.flatMap((part) => ('text' in part ? [part.text] : []));
        request[field] =
          texts.length === received.length
            ? texts.join('')
            : {
                ...(request[field] as object),
                ...Object.fromEntries(
                  received.flatMap((part) => ('column' in part ? [[part.column, part.array]] : [])),
                ),
              };
      }
      this.values.set(field, { key, value: request[field] });
    }
    for (const { field, key } of inbound.held ?? []) {
      const kept = this.values.get(field);
      if (kept?.key !== key) throw new NotHeldError();
      request[field] = kept.value;
    }
    return request as TaskRequest;
  }
}
