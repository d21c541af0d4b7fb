import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../core';
import { attachInputSlices, detachInputSlices, SHARED_SLICE_MIN_CHARS } from './inputSlices';

/** A response whose JSON body is long enough to be shared rather than posted. */
function bigResponse(trailer = ''): string {
  const items = Array.from(
    { length: 2_000 },
    (_, i) => `{"id":${i},"name":"item ${i}","note":"${'n'.repeat(40)}"}`,
  );
  return `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[${items.join(',')}]${trailer}`;
}

/** What the main thread receives: the worker's message after structured cloning. */
function roundTrip<T>(result: T, request: { type: string } & Record<string, unknown>) {
  const slices = detachInputSlices(result, request);
  const posted = structuredClone({ result, slices });
  const sent = structuredClone(posted); // as it was posted: attaching fills `posted` in place
  return { slices, posted: sent, restored: attachInputSlices(posted.result, posted.slices, request) };
}

describe('big strings shared with the request', () => {
  it('leaves a body that is part of the paste out of the message and restores it exactly', () => {
    const text = bigResponse();
    const request = { type: 'analyze', text };
    const expected = analyzeInput(text, {});
    const { slices, posted, restored } = roundTrip(analyzeInput(text, {}), request);
    // The raw body is part of the paste; the formatted one is new text and is posted.
    expect(slices.map((s) => s.path.join('.'))).toEqual(['exchange.response.body']);
    expect(posted.result.exchange?.response.body).toBe('');
    expect(posted.result.body.text.length).toBeGreaterThan(SHARED_SLICE_MIN_CHARS);
    expect(restored).toEqual(expected);
  });

  it('finds a body in the middle of the request (text after it), and leaves alone strings that are not part of it', () => {
    const text = bigResponse('\r\n\r\ntrailing words');
    const foreign = 'x'.repeat(SHARED_SLICE_MIN_CHARS + 5);
    const body = text.slice(text.indexOf('['), text.indexOf(']\r\n\r\ntrailing') + 1);
    const result = { items: [{ body }, { other: foreign }], short: body.slice(0, 10) };
    const { slices, restored } = roundTrip(structuredClone(result), { type: 'analyze', text });
    expect(slices).toEqual([
      {
        path: ['items', 0, 'body'],
        field: 'text',
        start: text.indexOf('['),
        end: text.indexOf('[') + body.length,
      },
    ]);
    expect(restored).toEqual(result);
  });

  it('shares nothing for small requests or results that are a bare string', () => {
    const small = 'HTTP/1.1 404 Not Found\r\n\r\n{"error":"nope"}';
    expect(detachInputSlices(analyzeInput(small, {}), { type: 'analyze', text: small })).toEqual([]);
    const text = bigResponse();
    expect(detachInputSlices(text, { type: 'minifyJson', text })).toEqual([]);
  });
});
