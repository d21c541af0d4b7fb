import { describe, expect, it } from 'vitest';
import { isNewDocument } from './isNewDocument';

const A =
  'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nDate: Tue, 24 Nov 2026 10:00:00 GMT\n\n{"error":"slow down"}';
const B =
  'HTTP/1.1 503 Service Unavailable\nContent-Type: text/html\n\n<html><body>Maintenance until noon</body></html>';

describe('isNewDocument', () => {
  it.each([
    ['the first paste into an empty input', '', A, true],
    ['a paste over whitespace', '  \n', A, true],
    ['typing a character', A, A.replace('30', '300'), false],
    ['deleting a block', A, A.replace('Retry-After: 30\nDate: Tue, 24 Nov 2026 10:00:00 GMT\n', ''), false],
    ['pasting a block into the text', A, A.replace('\n\n', `\nX-Trace: ${'t'.repeat(80)}\n\n`), false],
    ['replacing everything with another response', A, B, true],
    ['no change', A, A, false],
    [
      'reformatting JSON (Format)',
      '{"a":[1,2,3],"b":{"c":"some text here"},"d":"x"}',
      '{\n  "a": [\n    1,\n    2,\n    3\n  ],\n  "b": {\n    "c": "some text here"\n  },\n  "d": "x"\n}',
      true,
    ],
  ])('%s → %s', (_name, previous, next, expected) => {
    expect(isNewDocument(previous, next)).toBe(expected);
  });

  it('compares huge texts by their ends', () => {
    const big = 'x'.repeat(1_500_000);
    expect(isNewDocument(`a${big}z`, `a${big}yz`)).toBe(false);
    expect(isNewDocument(`a${big}z`, `${'q'.repeat(300)}${big}${'w'.repeat(300)}`)).toBe(true);
  });
});
