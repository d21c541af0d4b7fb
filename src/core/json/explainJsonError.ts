import type { JsonError } from '../types';
import { formattedLengthLimit, MAX_FORMAT_GROWTH, MAX_OUTPUT_LENGTH } from './jsonLimits';
import { locateOffset } from './locateOffsets';
import type { ScanFailure } from './scanJson';
import { scanString } from './scanString';

/** What went wrong and where, before positions are turned into lines and columns. */
interface Explanation {
  message: string;
  hint?: string;
  offset: number;
  related?: { message: string; offset: number };
}

/** Longest piece of the input quoted back in a message. */
const MAX_QUOTED_LENGTH = 30;

const LITERAL_FIXES: Record<string, string> = {
  True: 'true',
  TRUE: 'true',
  False: 'false',
  FALSE: 'false',
  None: 'null',
  NULL: 'null',
  Null: 'null',
  nil: 'null',
  Nil: 'null',
};

/**
 * Turns the point where the scanner stopped into a plain-language error with a hint for the usual
 * mistakes (trailing commas, comments, single quotes, unquoted keys, Python literals, bad numbers and
 * escapes, unclosed or mismatched brackets). Runs only on failure, so it may re-read the text freely.
 */
export function explainJsonError(text: string, failure: ScanFailure): JsonError {
  const explanation = explain(text, failure);
  const at = locateOffset(text, explanation.offset);
  const error: JsonError = {
    message: explanation.message,
    line: at.line,
    column: at.column,
    offset: explanation.offset,
  };
  if (explanation.hint !== undefined) error.hint = explanation.hint;
  if (explanation.related !== undefined) {
    const where = locateOffset(text, explanation.related.offset);
    error.related = { message: explanation.related.message, ...where, offset: explanation.related.offset };
  }
  return error;
}

/** Why a result was refused: past what a tab can hold, or past what formatting may add to a short text. */
function tooLargeMessage(length: number): string {
  const limit = formattedLengthLimit(length);
  if (limit >= MAX_OUTPUT_LENGTH)
    return `The result would be longer than ${MAX_OUTPUT_LENGTH.toLocaleString('en-US')} characters, more than this tool can hold.`;
  return `Formatted, this document would be longer than ${limit.toLocaleString('en-US')} characters (its own length is ${length.toLocaleString('en-US')}; formatting may add at most ${MAX_FORMAT_GROWTH} times that), so it is left as it is.`;
}

function explain(text: string, failure: ScanFailure): Explanation {
  const { state, offset } = failure;
  switch (state) {
    case 'empty':
      return {
        message:
          text.length === 0
            ? 'Nothing to check: the input is empty.'
            : 'Nothing to check: the input holds only whitespace.',
        hint: 'Paste a JSON value, for example an object {…} or an array […].',
        offset,
      };
    case 'too-large':
      return {
        message: tooLargeMessage(text.length),
        hint:
          failure.open.length > 1000
            ? `The nesting is at least ${failure.open.length.toLocaleString('en-US')} levels deep, so indentation alone would be enormous: minify instead, or format with indent 0.`
            : 'Minify instead, or format with a smaller indent (0 gives compact output).',
        offset,
      };
    case 'string':
      return explainString(text, failure.tokenStart, offset);
    case 'number':
      return explainNumber(text, failure.tokenStart, offset);
    default:
      break;
  }
  if (offset >= text.length) return explainUnclosed(text, failure.open, offset);
  const common = explainCommon(text, offset);
  if (common !== null) return common;
  switch (state) {
    case 'value':
      return explainValue(text, failure, offset);
    case 'key':
      return explainKey(text, failure, offset);
    case 'colon':
      return explainColon(text, failure.tokenStart, offset);
    case 'after-value':
      return explainAfterValue(text, failure, offset);
    default:
      return explainAfterDocument(text, offset);
  }
}

function explainUnclosed(text: string, open: readonly number[], offset: number): Explanation {
  const opener = open[open.length - 1] ?? 0;
  const { kind, closer } = container(text, opener);
  const at = locateOffset(text, opener);
  const more =
    open.length > 1 ? ` (${open.length.toLocaleString('en-US')} brackets are still open in all)` : '';
  return {
    message: `Unexpected end of the text: the ${kind} opened at line ${at.line}, column ${at.column} is never closed.`,
    hint: `Add the missing \`${closer}\`${more}. If the text was cut off, copy the complete response.`,
    offset,
    related: { message: `The ${kind} opens here.`, offset: opener },
  };
}

/** Mistakes that read the same wherever they appear: comments and a stray byte order mark. */
function explainCommon(text: string, offset: number): Explanation | null {
  const c = text.charCodeAt(offset);
  if (c === 0x2f) {
    const next = text.charCodeAt(offset + 1);
    if (next === 0x2f || next === 0x2a) {
      return {
        message: `Comments are not allowed in JSON (found \`${next === 0x2f ? '//' : '/*'}\`).`,
        hint: 'Remove the comment. JSON has no comment syntax; JSONC and JSON5 do, but JSON.parse and most APIs reject them.',
        offset,
      };
    }
  }
  if (c === 0xfeff) {
    return {
      message: 'Unexpected byte order mark (U+FEFF) inside the text.',
      hint: 'Remove it: this invisible character often comes from joining files that each started with one.',
      offset,
    };
  }
  return null;
}

function explainValue(text: string, failure: ScanFailure, offset: number): Explanation {
  const c = text.charCodeAt(offset);
  const before = previousToken(text, offset);
  const prev = text.charCodeAt(before);
  if (c === 0x7d || c === 0x5d) {
    if (prev === 0x2c) return trailingComma(text, failure.open, before, c);
    if (prev === 0x3a) return missingValueAfterColon(offset);
    if (failure.open.length > 0) return mismatched(text, failure.open, offset);
    return {
      message: `Unexpected \`${String.fromCharCode(c)}\` at the start of the document.`,
      hint: 'A closing bracket needs a matching opening one; the start of the text may be missing.',
      offset,
    };
  }
  if (c === 0x2c) {
    if (prev === 0x2c) {
      return {
        message: 'Two commas in a row: a value is missing between them.',
        hint: 'Remove one comma, or add the missing value; JSON arrays cannot have empty slots.',
        offset,
      };
    }
    if (prev === 0x3a) return missingValueAfterColon(offset);
    return {
      message: 'Unexpected comma: a value was expected first.',
      hint: 'Remove the comma, or put the missing value before it.',
      offset,
    };
  }
  if (c === 0x3a) {
    return {
      message: 'Unexpected colon: a value was expected.',
      hint: 'A colon only goes between a property name and its value in an object.',
      offset,
    };
  }
  if (c === 0x27) return singleQuotes(text, offset, 'Strings');
  if (c === 0x2b) {
    return {
      message: 'A number cannot start with a plus sign.',
      hint: 'Remove the `+`: JSON writes positive numbers without a sign (1, not +1).',
      offset,
    };
  }
  if (c === 0x2e) {
    const digits = readRun(text, offset + 1, isDigit);
    return {
      message: `A number cannot start with a decimal point${digits ? ` (\`.${digits}\`)` : ''}.`,
      hint: `Add the leading zero: write 0.${digits || '5'}, not .${digits || '5'}.`,
      offset,
    };
  }
  if (isWordChar(c)) return explainWord(offset, readRun(text, offset, isWordChar));
  return {
    message: `Unexpected ${describeChar(text, offset, false)}: a value was expected.`,
    hint: 'A JSON value is an object {…}, an array […], a "string", a number, true, false or null.',
    offset,
  };
}

function explainWord(offset: number, word: string): Explanation {
  if (word === 'NaN' || word === 'Infinity') return notANumber(word, offset);
  if (word === 'undefined') {
    return {
      message: '`undefined` is not a JSON value.',
      hint: 'Use null, or leave the property out (JSON.stringify drops undefined properties; something printed the value directly).',
      offset,
    };
  }
  const fix = LITERAL_FIXES[word];
  if (fix !== undefined) {
    return {
      message: `\`${word}\` is not a JSON literal.`,
      hint: `JSON literals are lowercase: write \`${fix}\`. Python's True, False and None print like this; serialise with json.dumps() instead of str().`,
      offset,
    };
  }
  const literal = ['true', 'false', 'null'].find((l) => l.startsWith(word) || word.startsWith(l));
  if (literal !== undefined) {
    return { message: `Invalid literal \`${quoted(word)}\`.`, hint: `Did you mean \`${literal}\`?`, offset };
  }
  return {
    message: `Unexpected text \`${quoted(word)}\`: JSON strings must be in double quotes.`,
    hint: `If it is text, quote it: "${quoted(word)}".`,
    offset,
  };
}

function explainKey(text: string, failure: ScanFailure, offset: number): Explanation {
  const c = text.charCodeAt(offset);
  const before = previousToken(text, offset);
  const prev = text.charCodeAt(before);
  if (c === 0x7d && prev === 0x2c) return trailingComma(text, failure.open, before, c);
  if (c === 0x5d) return mismatched(text, failure.open, offset);
  if (c === 0x27) return singleQuotes(text, offset, 'Property names');
  if (isWordChar(c)) {
    const word = readRun(text, offset, isWordChar);
    return {
      message: `The property name \`${quoted(word)}\` is not in double quotes.`,
      hint: `JSON requires double-quoted names: write "${quoted(word)}": … (unquoted names are JavaScript, not JSON).`,
      offset,
    };
  }
  if (c === 0x2c) {
    return {
      message:
        prev === 0x2c ? 'Two commas in a row in an object.' : 'Unexpected comma at the start of an object.',
      hint: 'Remove the extra comma.',
      offset,
    };
  }
  return {
    message: `Expected a property name in double quotes, found ${describeChar(text, offset)}.`,
    hint: 'Each member of an object is written "name": value.',
    offset,
  };
}

function explainColon(text: string, keyStart: number, offset: number): Explanation {
  const keyEnd = scanString(text, keyStart, null);
  const key = quoted(text.slice(keyStart, keyEnd < 0 ? keyStart + 1 : keyEnd));
  const c = text.charCodeAt(offset);
  if (c === 0x2c || c === 0x7d) {
    return {
      message: `The property ${key} has no value: \`:\` was expected after it.`,
      hint: 'Objects hold name/value pairs ("name": value). For a plain list of strings, use an array […] instead of {…}.',
      offset,
    };
  }
  if (c === 0x3d) {
    return {
      message: `Expected \`:\` after the property name ${key}, found \`=\`.`,
      hint: 'JSON separates a name from its value with a colon.',
      offset,
    };
  }
  return {
    message: `Missing colon after the property name ${key}.`,
    hint: `Write a colon between the name and the value: ${key}: value.`,
    offset,
  };
}

function explainAfterValue(text: string, failure: ScanFailure, offset: number): Explanation {
  const c = text.charCodeAt(offset);
  const opener = failure.open[failure.open.length - 1] ?? 0;
  const { kind } = container(text, opener);
  if (c === 0x7d || c === 0x5d) return mismatched(text, failure.open, offset);
  const glued = explainGlued(text, offset);
  if (glued !== null) return glued;
  if (c === 0x3a) {
    return kind === 'array'
      ? {
          message: 'Unexpected colon in an array.',
          hint: 'Arrays hold plain values; for name/value pairs use an object {…}.',
          offset,
        }
      : {
          message: 'Unexpected colon after a value.',
          hint: 'Each property has a single value: a comma may be missing before this name, or the name is missing its quotes.',
          offset,
        };
  }
  if (startsValue(c)) {
    return {
      message: `Missing comma between ${kind === 'object' ? 'properties' : 'array items'}.`,
      hint: 'Add a comma after the previous value.',
      offset,
    };
  }
  const closer = kind === 'object' ? '}' : ']';
  return {
    message: `Expected \`,\` or \`${closer}\` after the value, found ${describeChar(text, offset)}.`,
    hint: `Separate ${kind === 'object' ? 'properties' : 'items'} with commas and close the ${kind} with \`${closer}\`.`,
    offset,
  };
}

function explainAfterDocument(text: string, offset: number): Explanation {
  const c = text.charCodeAt(offset);
  if (c === 0x7d || c === 0x5d) {
    return {
      message: `Extra closing bracket \`${String.fromCharCode(c)}\`: the document has already ended.`,
      hint: 'Remove it, or look earlier for a missing opening bracket.',
      offset,
    };
  }
  const glued = explainGlued(text, offset);
  if (glued !== null) return glued;
  if (c === 0x2c) {
    return {
      message: 'Unexpected comma after the end of the document.',
      hint: 'JSON holds one top-level value; to send several, wrap them in an array: [first, second].',
      offset,
    };
  }
  if (startsValue(c)) {
    return {
      message: 'Unexpected data after the end of the JSON value.',
      hint: 'This looks like a second JSON document (one per line is JSON Lines / NDJSON). Wrap the values in an array, or check them one at a time.',
      offset,
    };
  }
  return {
    message: `Unexpected ${describeChar(text, offset, false)} after the end of the JSON value.`,
    hint: 'Remove everything after the complete value.',
    offset,
  };
}

/**
 * Junk stuck to the end of the previous token, with no whitespace between: the scanner stopped at a
 * valid prefix (`0` of `0x1F`, `1.5` of `1.5.2`, `true` of `trueish`) or right after a string that
 * held an unescaped quote.
 */
function explainGlued(text: string, offset: number): Explanation | null {
  const c = text.charCodeAt(offset);
  const prev = text.charCodeAt(offset - 1);
  if (prev === 0x22 && (isWordChar(c) || c === 0x27)) {
    return {
      message: `Unexpected ${describeChar(text, offset, false)} right after a string.`,
      hint: 'If the string itself contains a double quote, escape it as \\" ; otherwise a comma is missing.',
      offset,
    };
  }
  const isTokenChar = (code: number): boolean =>
    isWordChar(code) || code === 0x2e || code === 0x2b || code === 0x2d;
  if (!(isTokenChar(c) && (isWordChar(prev) || prev === 0x2e))) return null;
  let start = offset;
  while (start > 0 && isTokenChar(text.charCodeAt(start - 1))) start--;
  const token = readRun(text, start, isTokenChar);
  if (/^-?0[xX]/.test(token)) {
    const value = Number.parseInt(token.replace('-', ''), 16);
    const decimal = Number.isSafeInteger(value) ? `${token.startsWith('-') ? '-' : ''}${value}` : null;
    return {
      message: `Hexadecimal numbers are not allowed in JSON (\`${quoted(token)}\`).`,
      hint:
        decimal !== null
          ? `Write it in decimal: ${decimal}.`
          : 'Write it in decimal, or send it as a string.',
      offset: start,
    };
  }
  if (/^-?\d/.test(token)) {
    return {
      message: `Invalid number \`${quoted(token)}\`.`,
      hint: 'A number has digits, at most one decimal point and an optional exponent (1.5e3). Send other forms (versions, codes) as strings.',
      offset: start,
    };
  }
  return {
    message: `Unexpected text \`${quoted(token)}\`.`,
    hint: `If it is text, quote it: "${quoted(token)}"; JSON literals are exactly true, false and null.`,
    offset: start,
  };
}

function explainString(text: string, start: number, offset: number): Explanation {
  const related = { message: 'The string starts here.', offset: start };
  const where = (): string => {
    const at = locateOffset(text, start);
    return `line ${at.line}, column ${at.column}`;
  };
  if (offset >= text.length) {
    return {
      message: `Unclosed string: the string starting at ${where()} runs to the end of the text.`,
      hint: 'Add the closing double quote.',
      offset,
      related,
    };
  }
  const c = text.charCodeAt(offset);
  if (c === 0x0a || c === 0x0d) {
    return {
      message: 'Line break inside a string.',
      hint: `A JSON string stays on one line: escape the line break as \\n. If the string (started at ${where()}) should have ended before it, add the missing closing quote.`,
      offset,
      related,
    };
  }
  if (c === 0x09) {
    return { message: 'Tab character inside a string.', hint: 'Escape it as \\t.', offset };
  }
  if (c < 0x20) {
    const code = c.toString(16).padStart(4, '0');
    return {
      message: `Control character U+${code.toUpperCase()} inside a string.`,
      hint: `Escape it as \\u${code}.`,
      offset,
    };
  }
  // A backslash starting a bad escape.
  if (offset + 1 >= text.length) {
    return {
      message: 'Unclosed string: it ends with a lone backslash.',
      hint: 'Add the closing double quote.',
      offset,
      related,
    };
  }
  const e = text.charCodeAt(offset + 1);
  if (e === 0x75) {
    const escape = readRun(text, offset + 2, (code) => isWordChar(code)).slice(0, 4);
    return {
      message: `Invalid Unicode escape \`\\u${quoted(escape)}\`.`,
      hint: '\\u must be followed by exactly four hexadecimal digits (0-9, a-f), as in \\u00e9.',
      offset,
    };
  }
  if (e === 0x27) {
    return {
      message: "`\\'` is not a JSON escape.",
      hint: "A single quote needs no escape inside a double-quoted string: write ' on its own.",
      offset,
    };
  }
  if (e === 0x78) {
    const hex = text.slice(offset + 2, offset + 4);
    const valid = /^[0-9a-fA-F]{2}$/.test(hex);
    return {
      message: `\`\\x${valid ? hex : ''}\` escapes are not JSON.`,
      hint: valid
        ? `Write it as \\u00${hex} (four hex digits).`
        : 'Use \\u followed by four hex digits instead.',
      offset,
    };
  }
  return {
    message: `Invalid escape \`\\${String.fromCharCode(e)}\` in a string.`,
    hint: 'JSON only knows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX. For a literal backslash (as in a Windows path), write \\\\.',
    offset,
  };
}

function explainNumber(text: string, start: number, offset: number): Explanation {
  const token = readRun(
    text,
    start,
    (code) => isWordChar(code) || code === 0x2e || code === 0x2b || code === 0x2d,
  );
  const prev = text.charCodeAt(offset - 1);
  const c = text.charCodeAt(offset);
  if (token.startsWith('-Infinity') || token.startsWith('-NaN')) return notANumber(token, start);
  if (prev === 0x30 && isDigit(c)) {
    const sign = token.startsWith('-') ? '-' : '';
    const stripped = sign + (token.replace(/^-?0+/, '') || '0');
    return {
      message: `Numbers cannot have leading zeros (\`${quoted(token)}\`).`,
      hint: `Write ${quoted(stripped)}, or send it as a string ("${quoted(token)}") if the zeros matter, as in codes and phone numbers.`,
      offset: start,
    };
  }
  if (prev === 0x2e) {
    return {
      message: `A decimal point must be followed by a digit (\`${quoted(token)}\`).`,
      hint: `Write ${quoted(token)}0, or drop the point.`,
      offset: start,
    };
  }
  if (prev === 0x65 || prev === 0x45 || prev === 0x2b || (prev === 0x2d && offset - 1 > start)) {
    return {
      message: `The exponent of \`${quoted(token)}\` has no digits.`,
      hint: 'Write digits after the e, as in 1e3, or drop the e.',
      offset: start,
    };
  }
  return {
    message: 'A minus sign must be followed by a digit.',
    hint: 'Write negative numbers as -1 or -0.5 (no space, no leading point).',
    offset: start,
  };
}

function notANumber(word: string, offset: number): Explanation {
  return {
    message: `\`${word}\` is not a JSON value.`,
    hint: 'JSON has no NaN or Infinity. Use null or a string instead, and check the code that produced it (a division by zero?).',
    offset,
  };
}

function trailingComma(text: string, open: readonly number[], comma: number, close: number): Explanation {
  const opener = open[open.length - 1];
  const kind = opener === undefined ? (close === 0x7d ? 'object' : 'array') : container(text, opener).kind;
  return {
    message: `Trailing comma before \`${String.fromCharCode(close)}\`.`,
    hint: `JSON does not allow a comma after the last ${kind === 'object' ? 'property of an object' : 'item of an array'}: remove it.`,
    offset: comma,
  };
}

function missingValueAfterColon(offset: number): Explanation {
  return {
    message: 'Missing value after the colon.',
    hint: 'Write a value after the colon (null if there is none), or remove the property.',
    offset,
  };
}

function mismatched(text: string, open: readonly number[], offset: number): Explanation {
  const opener = open[open.length - 1] ?? 0;
  const { kind, closer } = container(text, opener);
  const at = locateOffset(text, opener);
  const found = String.fromCharCode(text.charCodeAt(offset));
  const related = { message: `The ${kind} opens here.`, offset: opener };
  if (open.length === 0) {
    return { message: `Unexpected \`${found}\`.`, hint: 'Remove it: nothing is open.', offset };
  }
  const matchesOuter = open.slice(0, -1).some((o) => container(text, o).closer === found);
  return {
    message: `\`${found}\` does not match the ${kind} opened at line ${at.line}, column ${at.column}.`,
    hint: matchesOuter
      ? `The ${kind} is missing its \`${closer}\` before this point.`
      : `Close the ${kind} with \`${closer}\`, or remove this bracket.`,
    offset,
    related,
  };
}

function singleQuotes(text: string, offset: number, what: 'Strings' | 'Property names'): Explanation {
  const end = text.indexOf("'", offset + 1);
  const content = end > offset && end - offset <= MAX_QUOTED_LENGTH ? text.slice(offset + 1, end) : null;
  const example = content !== null && !/[\n\r"]/.test(content) ? `"${content}"` : '"…"';
  return {
    message: `${what} must use double quotes, not single quotes.`,
    hint: `Replace the single quotes with double quotes: ${example}.`,
    offset,
  };
}

function container(text: string, opener: number): { kind: 'object' | 'array'; closer: '}' | ']' } {
  return text.charCodeAt(opener) === 0x7b ? { kind: 'object', closer: '}' } : { kind: 'array', closer: ']' };
}

/** Offset of the last non-whitespace character before `offset`, or -1. */
function previousToken(text: string, offset: number): number {
  let p = offset - 1;
  for (; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (!(c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) break;
  }
  return p;
}

function readRun(text: string, start: number, accept: (code: number) => boolean): string {
  let end = start;
  while (end < text.length && end - start < MAX_QUOTED_LENGTH * 2 && accept(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

function quoted(value: string): string {
  return value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
}

/**
 * The character at `offset` for a message: quoted when it is visible, named by code point when not.
 * `withArticle` false drops "the" for "Unexpected …" ("Unexpected invisible character U+0000").
 */
function describeChar(text: string, offset: number, withArticle = true): string {
  const the = withArticle ? 'the ' : '';
  const code = text.codePointAt(offset);
  if (code === undefined) return `${the}end of the text`;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029) {
    return `${the}invisible character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `\`${String.fromCodePoint(code)}\``;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    isDigit(code) ||
    code === 0x5f ||
    code === 0x24
  );
}

function startsValue(code: number): boolean {
  return (
    code === 0x22 || code === 0x7b || code === 0x5b || code === 0x2d || code === 0x27 || isWordChar(code)
  );
}
