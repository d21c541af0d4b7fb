import { describe, expect, it } from 'vitest';
import { contentLengthMismatch, withoutZshMarker } from './contentLengthMismatch';

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
    const mismatch = contentLengthMismatch(declared, body, lf);
    expect(mismatch?.severity).toBe('warning');
    for (const part of parts) expect(mismatch?.message).toContain(part);
  });

  it.each([
    [5, 'hello\n', false, 'line break at the end'],
    [5, 'hello\r\n\r\n', false, 'line breaks at the end'],
    [11, 'Hello John!\n', true, 'line break at the end'],
    [8, 'ab\ncd\n\n', true, 'line break at the end'],
  ])(
    '%i bytes against %j: only trailing line breaks differ, an info (copy artefact)',
    (declared, body, lf, words) => {
      const mismatch = contentLengthMismatch(declared, body, lf);
      expect(mismatch).toMatchObject({ severity: 'info', message: expect.stringContaining(words) });
      expect(mismatch?.message).toContain('not sent by the server');
    },
  );

  it('a shorter body ending in line breaks is still a warning', () => {
    expect(contentLengthMismatch(20, 'hello\n', false)?.severity).toBe('warning');
  });
});

describe('withoutZshMarker', () => {
  it.each([
    ['{"success": true}%', 17, '{"success": true}'],
    ['{"success": true}%\n', 17, '{"success": true}'],
    ['{"a":1}%', undefined, '{"a":1}'],
    ['[1,2]%\n', undefined, '[1,2]'],
  ])('%j (Content-Length %s) loses the %% zsh added', (body, declared, expected) => {
    expect(withoutZshMarker(body, declared, false)).toBe(expected);
  });

  it.each([
    ['Progress: 100%', undefined],
    ['100%', 4],
    ['{"a":1}', 7],
    ['{"discount": "5%"}', undefined],
  ])('%j (Content-Length %s) keeps its %%', (body, declared) => {
    expect(withoutZshMarker(body, declared, false)).toBeUndefined();
  });
});
