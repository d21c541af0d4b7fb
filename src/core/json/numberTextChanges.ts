import { trimEndWhile } from '../text/trimEndWhile';
import { lastNumber, scanNumber } from './scanNumber';

/**
 * How JSON.parse changes a number:
 * - 'precision': the value loses digits (integers past 2^53, decimals with more than double precision)
 * - 'overflow': too large, becomes ±Infinity (which JSON.stringify writes as null)
 * - 'underflow': a non-zero number too small for a double, becomes 0
 * - 'notation': same value, different text (1.10 → 1.1, 1e3 → 1000, -0 → 0)
 */
export type NumberChange = 'precision' | 'overflow' | 'underflow' | 'notation';

/**
 * A decimal with at most this many significant digits always reads back from a double with the same
 * digits (IEEE 754 double precision guarantees 15), so it needs no Number/String round trip.
 */
const EXACT_DIGITS = 15;

/** The largest integer a double holds exactly with all smaller ones, 2^53, as digits. */
const MAX_EXACT_INTEGER = '9007199254740992';

/** String(number) writes numbers from 10^-6 (inclusive) up to 10^21 (exclusive) without an exponent: */
/** at most this many zeros after `0.`, */
const PLAIN_FRACTION_ZEROS = 5;
/** and fewer integer digits than this. */
const PLAIN_INTEGER_DIGITS = 22;

/** String(number) writes at most this many significant digits (the shortest form that reads back). */
const SHORTEST_MAX_DIGITS = 17;

/**
 * Whether JSON.parse turns the valid number token `text.slice(start, end)` into a number that
 * String() writes differently (so a round trip through JSON.parse/JSON.stringify changes it).
 */
export function numberTextChanges(text: string, start: number, end: number): boolean {
  scanNumber(text, start);
  return scannedNumberChanges(text, start, end);
}

/**
 * numberTextChanges for the token scanNumber has just read (its parts are in lastNumber): the
 * validator calls this for every number, so it never reads the token twice. It decides from the
 * characters alone whenever it can (short decimals, trailing zeros, exponent forms String() never
 * writes), and only falls back to the costly Number/String round trip for long or borderline numbers.
 */
export function scannedNumberChanges(text: string, start: number, end: number): boolean {
  const { intStart, intEnd, fracEnd } = lastNumber;
  const negative = intStart > start;
  const intDigits = intEnd - intStart;
  const zeroInteger = intDigits === 1 && text.charCodeAt(intStart) === 0x30;
  const fracDigits = fracEnd > intEnd ? fracEnd - intEnd - 1 : 0;
  if (fracDigits > 0 && text.charCodeAt(fracEnd - 1) === 0x30) return true; // 1.10 → 1.1

  if (fracEnd === end) {
    if (intDigits >= PLAIN_INTEGER_DIGITS) return true; // 1e+21 and up
    if (fracDigits === 0) {
      if (intDigits <= EXACT_DIGITS) return negative && zeroInteger; // -0 → 0
      if (intDigits === MAX_EXACT_INTEGER.length && text.slice(intStart, intEnd) <= MAX_EXACT_INTEGER)
        return false;
      // Digits past the 17th can only survive as zeros (64-bit ids usually do not).
      for (let q = intStart + SHORTEST_MAX_DIGITS; q < intEnd; q++)
        if (text.charCodeAt(q) !== 0x30) return true;
      return roundTripChanges(text, start, end);
    }
    let fracZeros = 0;
    if (zeroInteger)
      while (fracZeros < fracDigits && text.charCodeAt(intEnd + 1 + fracZeros) === 0x30) fracZeros++;
    const significant = zeroInteger ? fracDigits - fracZeros : intDigits + fracDigits;
    if (zeroInteger && fracZeros > PLAIN_FRACTION_ZEROS) return true; // 0.0000001 → 1e-7
    if (significant <= EXACT_DIGITS) return false;
    // The fraction ends in a non-zero digit, so more than 17 significant digits cannot survive.
    if (significant > SHORTEST_MAX_DIGITS) return true;
    return roundTripChanges(text, start, end);
  }

  // An exponent: String() only ever writes `d[.ddd]e±n` with a lowercase e, an explicit sign, no
  // leading zero in n and no trailing zero in the digits. Any other spelling changes.
  const p = fracEnd;
  const e = text.charCodeAt(p);
  const sign = text.charCodeAt(p + 1);
  const firstExponentDigit = text.charCodeAt(p + 2);
  const writtenLikeString =
    e === 0x65 &&
    (sign === 0x2b || sign === 0x2d) &&
    firstExponentDigit !== 0x30 &&
    intDigits === 1 &&
    !zeroInteger;
  if (!writtenLikeString) return true;
  // With one digit before the point the written exponent is the decimal exponent: String() uses the
  // exponent form only outside 10^-7 .. 10^20, so inside that range it writes a plain number instead.
  const exponentDigits = end - (p + 2);
  const exponent =
    exponentDigits > 2
      ? Infinity
      : exponentDigits === 1
        ? firstExponentDigit - 0x30
        : (firstExponentDigit - 0x30) * 10 + text.charCodeAt(p + 3) - 0x30;
  if (sign === 0x2b ? exponent < PLAIN_INTEGER_DIGITS - 1 : exponent <= PLAIN_FRACTION_ZEROS + 1) return true;
  return roundTripChanges(text, start, end);
}

function roundTripChanges(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  return String(Number(written)) !== written;
}

/** How a number written as `written` changes when JSON.parse reads it as `parsedAs` (which differs). */
export function classifyNumberChange(written: string, parsedAs: string): NumberChange {
  if (parsedAs === 'Infinity' || parsedAs === '-Infinity') return 'overflow';
  const writtenDigits = significantDigits(written);
  if (parsedAs === '0' && writtenDigits !== '0') return 'underflow';
  return writtenDigits === significantDigits(parsedAs) ? 'notation' : 'precision';
}

/**
 * The value of a decimal text as `digits e exponent` with no leading or trailing zeros, so two texts
 * compare equal exactly when they denote the same number (the sign is ignored: only -0 differs by it).
 */
export function significantDigits(decimal: string): string {
  const match = /^-?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(decimal);
  if (match === null) return decimal;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  let digits = whole + fraction;
  let exponent = Number(match[3] ?? '0') - fraction.length;
  const first = digits.search(/[1-9]/);
  if (first < 0) return '0';
  digits = digits.slice(first);
  const trimmed = trimEndWhile(digits, /0/);
  exponent += digits.length - trimmed.length;
  return `${trimmed}e${exponent}`;
}
