import { describe, expect, it } from 'vitest';
import { classifyNumberChange, numberTextChanges, significantDigits } from './numberTextChanges';

const changes = (token: string): boolean => numberTextChanges(token, 0, token.length);

/** Deterministic grammar-valid number tokens with the shapes the fast path must judge correctly. */
function sampleTokens(count: number): string[] {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const digits = (n: number): string => Array.from({ length: n }, () => String(next(10))).join('');
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const sign = next(4) === 0 ? '-' : '';
    const intLength = next(20);
    const integer = intLength === 0 ? '0' : String(1 + next(9)) + digits(intLength - 1);
    const fraction =
      next(2) === 0 ? '' : `.${'0'.repeat(next(3) === 0 ? next(8) : 0)}${digits(1 + next(10))}`;
    const exponent = next(6) === 0 ? `${next(2) === 0 ? 'e' : 'E'}${['', '+', '-'][next(3)]}${next(30)}` : '';
    tokens.push(sign + integer + fraction + exponent);
  }
  return tokens;
}

describe('numberTextChanges', () => {
  it('agrees with the String(Number(token)) round trip on 20,000 varied tokens', () => {
    const wrong = sampleTokens(20_000).filter(
      (token) => changes(token) !== (String(Number(token)) !== token),
    );
    expect(wrong).toEqual([]);
  });

  it('agrees on numbers written the way String() writes them (exponent forms included)', () => {
    let seed = 7;
    const tokens = Array.from({ length: 5000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const magnitude = (seed % 61) - 30;
      return String(((seed >>> 3) / 2 ** 29 - 1) * 10 ** magnitude);
    });
    const wrong = tokens.filter((token) => changes(token) !== (String(Number(token)) !== token));
    expect(wrong).toEqual([]);
  });

  it.each([
    ['0', false],
    ['-0', true],
    ['0.5', false],
    ['0.000001', false],
    ['0.0000001', true],
    ['12.30', true],
    ['123456789012345', false],
    ['9007199254740992', false],
    ['9007199254740993', true],
    ['1234567890123456789', true],
    ['1.5e-7', false],
    ['1.5E-7', true],
    ['1e+21', false],
    ['1e21', true],
    ['1e-07', true],
  ])('%s → %s', (token, expected) => {
    expect(changes(token)).toBe(expected);
  });

  it('reads only its span of a larger text', () => {
    const text = '[1.50,2]';
    expect(numberTextChanges(text, 1, 5)).toBe(true);
    expect(numberTextChanges(text, 6, 7)).toBe(false);
  });
});

describe('classifyNumberChange', () => {
  it.each([
    ['12345678901234567890', 'precision'],
    ['0.1000000000000000055511151231257827', 'precision'],
    ['1e999', 'overflow'],
    ['-1e999', 'overflow'],
    ['-1e-999', 'underflow'],
    ['5e-325', 'underflow'],
    ['1.0', 'notation'],
    ['10E-1', 'notation'],
    ['-0.0', 'notation'],
  ])('%s is a %s change', (token, change) => {
    expect(classifyNumberChange(token, String(Number(token)))).toBe(change);
  });
});

describe('significantDigits', () => {
  it.each([
    ['1.10', '11e-1'],
    ['110', '11e1'],
    ['0.0011', '11e-4'],
    ['1.1E+2', '11e1'],
    ['-0.000', '0'],
    ['1e+21', '1e21'],
  ])('%s → %s', (text, expected) => {
    expect(significantDigits(text)).toBe(expected);
  });
});
