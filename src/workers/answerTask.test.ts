import { describe, expect, it } from 'vitest';
import { jsonStructure } from '../core';
import { answerTask, transferablesOf } from './answerTask';
import { HeldStore } from './heldValues';
import type { WorkerOutbound } from './protocol';

describe('transferablesOf: the typed arrays of a result move to the main thread instead of being copied', () => {
  const structure = jsonStructure('{"a":[1,{"b":2}]}');
  const starts = new Uint32Array([0, 4]);
  const cases: { name: string; result: unknown; request: object; buffers: number }[] = [
    { name: 'a line index', result: starts, request: { text: 'x' }, buffers: 1 },
    { name: 'a structure (nine columns)', result: structure, request: { text: 'x' }, buffers: 9 },
    {
      name: 'find matches',
      result: { ok: true, starts, ends: starts, truncated: false },
      request: {},
      buffers: 1,
    },
    { name: 'nothing typed', result: { ok: true, warnings: [] }, request: {}, buffers: 0 },
    {
      name: 'nested deeper (an analysis): left alone',
      result: { body: { starts } },
      request: {},
      buffers: 0,
    },
    {
      name: 'a buffer the request refers to (kept by the worker)',
      result: starts,
      request: { starts },
      buffers: 0,
    },
  ];
  for (const { name, result, request, buffers } of cases)
    it(name, () => expect(transferablesOf(result, request)).toHaveLength(buffers));

  it('answerTask posts the line index with its buffer to transfer', () => {
    const posted: [WorkerOutbound, ArrayBuffer[] | undefined][] = [];
    answerTask(
      { id: 1, request: { type: 'lineStarts', text: 'a\nb' } },
      (message, transfer) => posted.push([message, transfer]),
      new HeldStore(),
    );
    const [[message, transfer] = []] = posted;
    expect(message).toMatchObject({ id: 1, type: 'result' });
    const result = (message as { result: Uint32Array }).result;
    expect(Array.from(result)).toEqual([0, 2]);
    expect(transfer).toEqual([result.buffer]);
  });
});
