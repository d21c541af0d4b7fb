import { describe, it, expect } from 'vitest';
import { asSentence, joinAsSentence } from './asSentence';

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

describe('joinAsSentence', () => {
  it.each([
    [['Email is invalid.', 'Name is required.'], 'Email is invalid; Name is required.'],
    [['a', 'b'], 'a; b.'],
    [['Wait…', 'Why?'], 'Wait…; Why?'],
    [['Cut off...'], 'Cut off...'],
  ])('%j → %j', (parts, sentence) => {
    expect(joinAsSentence(parts)).toBe(sentence);
  });
});
