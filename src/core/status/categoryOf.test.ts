import { describe, expect, it } from 'vitest';
import { categoryOf, isValidStatusCode } from './categoryOf';

describe('categoryOf', () => {
  it.each([
    [100, 'informational'],
    [199, 'informational'],
    [200, 'success'],
    [308, 'redirection'],
    [400, 'client-error'],
    [499, 'client-error'],
    [500, 'server-error'],
    [599, 'server-error'],
    [99, 'invalid'],
    [600, 'invalid'],
    [0, 'invalid'],
    [-200, 'invalid'],
    [200.5, 'invalid'],
    [Number.NaN, 'invalid'],
  ])('%s -> %s', (code, category) => {
    expect(categoryOf(code)).toBe(category);
    expect(isValidStatusCode(code)).toBe(category !== 'invalid');
  });
});
