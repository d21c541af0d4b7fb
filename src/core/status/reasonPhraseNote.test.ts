import { describe, expect, it } from 'vitest';
import { describeStatus } from './describeStatus';
import { reasonPhraseNote } from './reasonPhraseNote';

describe('reasonPhraseNote', () => {
  it.each([
    [200, 'OK', undefined],
    [200, 'ok', undefined],
    [404, '', undefined],
    [200, 'Success', 'The server sent the reason phrase “Success”; the registered name is “OK”.'],
    [413, 'Request Entity Too Large', 'the registered name is “Content Too Large”'],
  ])('%i %j', (code, reason, expected) => {
    const note = reasonPhraseNote(describeStatus(code), reason);
    if (expected === undefined) expect(note).toBeUndefined();
    else expect(note).toContain(expected);
  });
});
