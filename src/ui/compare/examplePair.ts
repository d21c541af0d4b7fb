import type { CompareSideState } from '../../state/compareStore';

const crlf = (lines: string[]): string => lines.join('\r\n');

/**
 * One realistic "works on staging, not on production" pair for a first visit: the status differs
 * (201 vs 200 on an idempotent replay), a Location header is missing, the charset differs, the order
 * id differs only past 2^53 (JavaScript would call them equal), and the items come back reordered.
 */
export const EXAMPLE_PAIR: { a: CompareSideState; b: CompareSideState } = {
  a: {
    name: 'staging',
    input: crlf([
      'HTTP/1.1 201 Created',
      'Date: Tue, 24 Nov 2026 10:00:00 GMT',
      'Content-Type: application/json; charset=utf-8',
      'Location: https://staging.api.example.com/orders/9007199254740993',
      'X-Request-Id: 4f1c2a',
      'Cache-Control: no-store',
      '',
      '{"order":{"id":9007199254740993,"status":"created","total":"12.50"},' +
        '"items":[{"sku":"A-1","name":"Widget","qty":2},{"sku":"B-2","name":"Gadget","qty":1},{"sku":"C-3","name":"Gizmo","qty":4}]}',
    ]),
  },
  b: {
    name: 'production',
    input: crlf([
      'HTTP/1.1 200 OK',
      'Date: Tue, 24 Nov 2026 10:00:02 GMT',
      'Content-Type: application/json',
      'X-Request-Id: 9b7e11',
      'Cache-Control: no-store',
      '',
      '{"order":{"id":9007199254740992,"status":"created","total":"12.5"},' +
        '"items":[{"sku":"C-3","name":"Gizmo","qty":4},{"sku":"A-1","name":"Widget","qty":2},{"sku":"B-2","name":"Gadget","qty":1}]}',
    ]),
  },
};
