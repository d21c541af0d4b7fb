import { describe, it, expect } from 'vitest';
import { asSentence } from './asSentence';

describe('asSentence', () => {
  it.each([
    ['Unexpected token', 'Unexpected token.'],
    ['Done.', 'Done.'],
    ['Really?', 'Really?'],
    ['He said "stop."', 'He said "stop."'],
    ['  padded  ', 'padded.'],
  ])('%j → %j', (text, out) => {
    expect(asSentence(text)).toBe(out);
  });
});
