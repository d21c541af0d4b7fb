import { describe, expect, it } from 'vitest';
import { countOf } from './countOf';

describe('countOf', () => {
  it.each([
    [0, 'code', undefined, '0 codes'],
    [1, 'code', undefined, '1 code'],
    [2, 'line', undefined, '2 lines'],
    [145300, 'number', undefined, '145,300 numbers'],
    [1, 'entry', 'entries', '1 entry'],
    [3, 'entry', 'entries', '3 entries'],
  ])('%i %s', (count, one, many, text) => {
    expect(countOf(count, one, many)).toBe(text);
  });
});
