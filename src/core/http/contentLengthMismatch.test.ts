import { describe, expect, it } from 'vitest';
import { contentLengthMismatch } from './contentLengthMismatch';

describe('contentLengthMismatch', () => {
  it.each([
    [5, 'hello', false],
    [2, 'é', false],
    [8, 'ab\ncd\n', true],
    [6, 'ab\ncd\n', true],
    [4, 'a\r\nb', false],
  ])('%i bytes agree with %j (LF may be CRLF: %s)', (declared, body, lf) => {
    expect(contentLengthMismatch(declared, body, lf)).toBeUndefined();
  });

  it.each([
    [10, 'hello', false, ['10', '5', 'cut off']],
    [1, 'é', false, ['1', '2', 'more text']],
    [8, 'ab\ncd\n', false, ['8', '6']],
    [99, 'ab\ncd\n', true, ['99', '6', '8 if its line ends were CRLF']],
  ])('%i bytes disagree with %j (LF may be CRLF: %s)', (declared, body, lf, parts) => {
    const message = contentLengthMismatch(declared, body, lf);
    for (const part of parts) expect(message).toContain(part);
  });
});
