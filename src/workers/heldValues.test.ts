import { describe, expect, it, vi } from 'vitest';
import { jsonStructure, type JsonStructure } from '../core';
import { FakeWorker, laneWithFake, recordingLane } from '../test/FakeWorker';
import { CoreLane, MAIN_THREAD_MAX_CHARS, SupersededError } from './coreClient';
import { HeldStore, HeldValues, POST_PART_CHARS } from './heldValues';
import type { TaskMessage } from './protocol';

/**
 * Each column of a structure as hex of its bytes, plus the count: compared whole in a moment (a deep
 * equality over 1.35 M typed-array items took 8 s).
 */
const columnBytes = (structure: JsonStructure): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(structure).map(([name, column]) => [
      name,
      typeof column === 'number'
        ? column
        : Buffer.from(column.buffer, column.byteOffset, column.byteLength).toString('hex'),
    ]),
  );

/** How many of the messages posted to these workers carried this document's text. */
const postsOf = (workers: FakeWorker[], text: string): number =>
  workers.flatMap((w) => w.tasks).filter((m) => (m.request as { text?: string }).text === text).length;

const documentOf = (n: number): string => `[${'1,'.repeat(MAIN_THREAD_MAX_CHARS / 2 + n)}1]`;

describe('a document is posted to the worker once per version', () => {
  it('Go to, again and again on the same text: the text goes once, then only the query', async () => {
    const { lane, workers } = laneWithFake();
    const text = documentOf(0);
    for (const input of ['10', '20', '/0', '$[3]']) {
      const promise = lane.run({ type: 'goTo', text, input });
      workers[0]?.answer();
      await promise;
    }
    expect(workers).toHaveLength(1);
    expect(postsOf(workers, text)).toBe(1);
    const [first, ...rest] = workers[0]?.tasks ?? [];
    expect(first?.keep).toEqual([{ field: 'text', key: 1 }]);
    for (const message of rest) {
      expect(message.request).toMatchObject({ type: 'goTo', text: undefined });
      expect(message.held).toEqual([{ field: 'text', key: 1 }]);
    }
  });

  it('an edited text (a new paste, a file) is a new version: posted once more, then held again', async () => {
    const { lane, workers } = laneWithFake();
    const texts = [documentOf(0), documentOf(1), documentOf(1).replace('1', '2')];
    for (const text of texts)
      for (let i = 0; i < 3; i++) {
        const promise = lane.run({ type: 'goTo', text, input: String(i + 1) });
        workers[0]?.answer();
        await promise;
      }
    for (const text of texts) expect(postsOf(workers, text)).toBe(1);
  });

  it('the structure and the line index travel once too, beside the text', async () => {
    const { lane, workers } = laneWithFake();
    const text = documentOf(0);
    const structure = jsonStructure(text);
    const starts = new Uint32Array([0]);
    for (let i = 0; i < 3; i++) {
      const promise = lane.run({ type: 'goTo', text, input: `${i + 1}`, structure, starts });
      workers[0]?.answer();
      await promise;
    }
    const messages = workers[0]?.tasks ?? [];
    expect(
      messages.filter((m) => 'structure' in m.request && m.request.structure === structure),
    ).toHaveLength(1);
    expect(messages.filter((m) => 'starts' in m.request && m.request.starts === starts)).toHaveLength(1);
    expect(messages[2]?.held?.map((h) => h.field).sort()).toEqual(['starts', 'structure', 'text']);
  });

  const replacements: { name: string; replace: (lane: CoreLane, worker: FakeWorker) => void }[] = [
    { name: 'cancelled (terminated)', replace: (lane) => lane.cancel() },
    { name: 'disposed (unmount)', replace: (lane) => lane.dispose() },
    { name: 'crashed', replace: (_lane, worker) => worker.crash() },
  ];
  for (const { name, replace } of replacements) {
    it(`a worker ${name} takes the document with it: the next worker is sent it again`, async () => {
      const { lane, workers } = laneWithFake();
      const text = documentOf(0);
      const first = lane.run({ type: 'goTo', text, input: '1' });
      replace(lane, workers[0] as FakeWorker);
      await first.catch(() => undefined);
      for (let i = 0; i < 2; i++) {
        const promise = lane.run({ type: 'goTo', text, input: '2' });
        workers[1]?.answer();
        await promise;
      }
      expect(workers).toHaveLength(2);
      expect(postsOf([workers[1] as FakeWorker], text)).toBe(1);
      expect(workers[1]?.tasks[0]?.keep).toBeDefined();
    });
  }

  it('a lane whose worker ends with each task sends the document with each task', async () => {
    const { lane, workers } = laneWithFake({ terminateWhenIdle: true });
    const text = documentOf(0);
    for (let i = 0; i < 2; i++) {
      const promise = lane.run({ type: 'lineStarts', text });
      workers[i]?.answer(new Uint32Array([0]));
      await promise;
    }
    expect(postsOf(workers, text)).toBe(2);
  });

  it('queueWhenSuperseded: a newer query waits behind the running one; the worker and its document stay', async () => {
    const { lane, workers } = laneWithFake({ queueWhenSuperseded: true });
    const text = documentOf(0);
    const first = lane.run({ type: 'goTo', text, input: '1' });
    const second = lane.run({ type: 'goTo', text, input: '2' });
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    const worker = workers[0] as FakeWorker;
    expect(workers).toHaveLength(1);
    expect(worker.terminated).toBe(false);
    // The first answer (for the superseded task) comes first and is ignored; then the second's.
    const [a, b] = worker.tasks as [TaskMessage, TaskMessage];
    worker.onmessage?.({ data: { id: a.id, type: 'result', result: { ok: true, line: 1 } } } as never);
    worker.onmessage?.({ data: { id: b.id, type: 'result', result: { ok: true, line: 2 } } } as never);
    await expect(second).resolves.toEqual({ ok: true, line: 2 });
    expect(postsOf(workers, text)).toBe(1);
    // cancel() still terminates: a stuck query can be stopped.
    void lane.run({ type: 'goTo', text, input: '3' }).catch(() => undefined);
    lane.cancel();
    expect(worker.terminated).toBe(true);
  });
});

describe('a big structure is posted a column per message, a task apart', () => {
  it('nine columns, then the task carrying the count; the worker puts the structure back together', async () => {
    const text = `[${'[],'.repeat(150_000)}[]]`;
    const structure = jsonStructure(text);
    const { lane, workers } = laneWithFake();
    const promise = lane.run({ type: 'jsonPathAt', text, structure, offset: 5 });
    const worker = workers[0] as FakeWorker;
    // Each column goes a task apart: wait for the task itself (a fixed pause was too short under load).
    await vi.waitFor(() => expect(worker.tasks).toHaveLength(1));
    const columns = worker.received.flatMap((m) =>
      'part' in m && 'column' in m.part ? [m.part.column] : [],
    );
    expect(columns.sort()).toEqual(
      Object.keys(structure)
        .filter((k) => k !== 'count')
        .sort(),
    );
    const [task] = worker.tasks;
    expect(task?.request).toMatchObject({ structure: { count: structure.count } });
    expect(task?.keep).toContainEqual({ field: 'structure', key: 2, parts: 9 });
    const store = new HeldStore();
    for (const message of worker.received)
      if ('part' in message) store.receivePart(message.part);
      else {
        const rebuilt = store.requestOf(message) as { structure: JsonStructure };
        expect(rebuilt).toMatchObject({ type: 'jsonPathAt', text, offset: 5 });
        expect(columnBytes(rebuilt.structure)).toEqual(columnBytes(structure));
      }
    worker.answer([2]);
    await promise;
    // Held from now on: the next query carries neither the text nor the structure.
    void lane.run({ type: 'jsonPathAt', text, structure, offset: 9 }).catch(() => undefined);
    expect(worker.received.at(-1)).toMatchObject({ request: { text: undefined, structure: undefined } });
    lane.dispose();
  });
});

describe('a worker that says it does not hold the document', () => {
  it('is sent the task again, whole, once; a second refusal is an error', async () => {
    const { lane, workers } = laneWithFake();
    const text = documentOf(0);
    const first = lane.run({ type: 'goTo', text, input: '1' });
    workers[0]?.answer();
    await first;
    const second = lane.run({ type: 'goTo', text, input: '2' });
    const worker = workers[0] as FakeWorker;
    expect(worker.tasks[1]?.held).toBeDefined();
    worker.reply({ id: worker.lastId, type: 'error', message: 'not held', notHeld: true });
    expect(worker.tasks).toHaveLength(3);
    expect(worker.tasks[2]?.request).toMatchObject({ input: '2', text });
    worker.answer({ ok: true, line: 2 });
    await expect(second).resolves.toEqual({ ok: true, line: 2 });

    const third = lane.run({ type: 'goTo', text, input: '3' });
    worker.reply({ id: worker.lastId, type: 'error', message: 'not held', notHeld: true });
    worker.reply({ id: worker.lastId, type: 'error', message: 'still not held', notHeld: true });
    await expect(third).rejects.toThrow('still not held');
  });
});

describe('HeldStore: the worker side', () => {
  it('puts back what a message left out, and refuses a value it never kept rather than guess', () => {
    const sender = new HeldValues();
    const store = new HeldStore();
    const text = documentOf(0);
    const [first] = sender.messages(1, { type: 'lineStarts', text }) as [TaskMessage];
    expect(store.requestOf(first)).toEqual({ type: 'lineStarts', text });
    const [second] = sender.messages(2, { type: 'lineStarts', text }) as [TaskMessage];
    expect(second.request).toEqual({ type: 'lineStarts', text: undefined });
    expect(store.requestOf(second)).toEqual({ type: 'lineStarts', text });
    expect(() => new HeldStore().requestOf(second)).toThrow(/no longer holds this document/);
  });

  it('small values are posted as they are, every time', () => {
    const sender = new HeldValues();
    sender.messages(1, { type: 'checkJson', text: '[1]' });
    expect(sender.messages(2, { type: 'checkJson', text: '[1]' })).toEqual([
      { id: 2, request: { type: 'checkJson', text: '[1]' } },
    ]);
  });
});

describe('through the in-process worker (the real answerTask and core)', () => {
  it('answers every Go to and path from the kept document, posting it once', async () => {
    const { lane, posted } = recordingLane({ queueWhenSuperseded: true });
    const items = Array.from({ length: 30_000 }, (_, i) => `{"id":${i},"name":"n${i}"}`);
    const text = `{"data":[\n${items.join(',\n')}\n]}`;
    expect(text.length).toBeGreaterThan(MAIN_THREAD_MAX_CHARS);
    const structure = jsonStructure(text);
    await expect(lane.run({ type: 'goTo', text, input: '3', structure })).resolves.toMatchObject({
      ok: true,
    });
    const found = await lane.run({ type: 'goTo', text, input: '/data/29999/name', structure });
    expect(found.ok && text.slice(found.start, found.start + 15)).toBe('"name":"n29999"');
    const path = await lane.run({ type: 'jsonPathAt', text, structure, offset: found.ok ? found.start : 0 });
    expect(path).toEqual(['data', 29999, 'name']);
    expect(posted).toHaveLength(3);
    expect(
      posted.filter((m) => 'request' in m && (m.request as { text?: string }).text === text),
    ).toHaveLength(1);
    lane.dispose();
  });
});

describe('a long document is posted in parts, a task apart', () => {
  /** A text of `chars` characters whose every part differs, so a part out of order would show. */
  const longText = (chars: number, seed = 'a'): string => {
    const unit = `${seed}0123456789`;
    let text = '';
    for (let i = 0; text.length < chars; i++) text += `${unit}${i}|`;
    return text.slice(0, chars);
  };
  const text = longText(POST_PART_CHARS * 2 + 5);

  it('three parts, then the task: the first posted at once, the others on later tasks', async () => {
    const { lane, workers } = laneWithFake();
    const promise = lane.run({ type: 'lineStarts', text });
    const worker = workers[0] as FakeWorker;
    expect(worker.received).toHaveLength(1);
    await vi.waitFor(() => expect(worker.tasks).toHaveLength(1));
    expect(
      worker.received.map((m) => ('part' in m && 'text' in m.part ? m.part.text.length : 'task')),
    ).toEqual([POST_PART_CHARS, POST_PART_CHARS, 5, 'task']);
    expect(worker.tasks[0]?.keep).toEqual([{ field: 'text', key: 1, parts: 3 }]);
    expect(worker.tasks[0]?.request).toEqual({ type: 'lineStarts', text: undefined });
    // The worker's side joins them back into the very text.
    const store = new HeldStore();
    for (const message of worker.received)
      if ('part' in message) store.receivePart(message.part);
      else expect(store.requestOf(message)).toEqual({ type: 'lineStarts', text });
    worker.answer(new Uint32Array([0]));
    await promise;
  });

  it('a worker terminated while parts were on their way gets none of the rest; the next one all of them', async () => {
    const { lane, workers } = laneWithFake();
    void lane.run({ type: 'lineStarts', text }).catch(() => undefined);
    lane.cancel();
    void lane.run({ type: 'lineStarts', text }).catch(() => undefined);
    await vi.waitFor(() => expect(workers[1]?.received).toHaveLength(4));
    expect(workers[0]?.received).toHaveLength(1);
    lane.dispose();
  });

  it('through the in-process worker: superseded mid-way, the parts still arrive, and later queries hold the text', async () => {
    const { lane, posted } = recordingLane({ queueWhenSuperseded: true });
    const first = lane.run({ type: 'goTo', text, input: '1' });
    const second = lane.run({ type: 'goTo', text, input: '1:5' });
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    await expect(second).resolves.toMatchObject({ ok: true, start: 4 });
    await expect(lane.run({ type: 'goTo', text, input: '1:9' })).resolves.toMatchObject({ start: 8 });
    expect(posted.filter((m) => 'part' in m)).toHaveLength(3);
    expect(posted).toHaveLength(3 + 3);
    lane.dispose();
  });
});
