import type { JsonWarning } from '../types';
import { decodeJsonString } from './decodeJsonString';
import { numberTextChanges } from './numberTextChanges';
import { deepestNesting, minimumIndentedLength } from './deepestNesting';
import { DuplicateKeyTracker } from './DuplicateKeyTracker';
import { formattedLengthLimit, MAX_OUTPUT_LENGTH } from './jsonLimits';
import { scanNumber } from './scanNumber';
import { scanCopyString, type CopiedContent } from './scanCopyString';
import { scanString, type LoneSurrogateSink } from './scanString';
import { growUtf16Buffer, OutputTooLargeError, utf16BufferToString } from './utf16Buffer';
import { WarningCollector } from './WarningCollector';

export interface ScanOptions {
  /** 'none' only validates; 'minify' and 'format' also write the text back out in the same pass. */
  output: 'none' | 'minify' | 'format';
  /** For 'format': indentation units per level (at least 1). */
  indentWidth?: number;
  /** For 'format': the indentation character code, space or tab. */
  indentChar?: number;
  /** Collect warnings (duplicate keys, numbers JSON.parse changes, lone surrogates, BOM). */
  warnings?: boolean;
}

/** Where the scanner was when it stopped; explainJsonError turns this into words and a hint. */
export type ScanState =
  | 'empty' // nothing but whitespace
  | 'value' // a value was expected
  | 'key' // a property name was expected
  | 'colon' // a colon was expected after the key at tokenStart
  | 'after-value' // `,` or the closing bracket was expected
  | 'after-document' // the end of the text was expected
  | 'string' // the string token at tokenStart is broken at offset
  | 'number' // the number token at tokenStart is broken at offset
  | 'too-large'; // the output would pass its limit (formattedLengthLimit, MAX_OUTPUT_LENGTH)

export interface ScanFailure {
  state: ScanState;
  offset: number;
  /** Start of the token being read, for 'string', 'number' and 'colon'; otherwise -1. */
  tokenStart: number;
  /** Offsets of the brackets still open, outermost first. */
  open: number[];
}

export type ScanResult =
  | { ok: true; text: string; warnings: JsonWarning[] }
  | { ok: false; failure: ScanFailure; warnings: JsonWarning[] };

const EMPTY_BUFFER: Uint16Array<ArrayBuffer> = new Uint16Array(0);
/**
 * First guess of the formatted size relative to the input (typical minified API JSON grows by about
 * 1.6 with two-space indentation): a guess that is too short costs a copy of the whole buffer.
 */
const FORMAT_CAPACITY_FACTOR = 2;
/** Nesting depth at which the formatter checks once whether the indented result can fit at all. */
const DEEP_NESTING = 1024;
/** Below this many units a plain loop beats TypedArray.fill's call overhead for indentation. */
const FILL_THRESHOLD = 16;

/**
 * The single-pass JSON scanner behind checkJson, formatJson and minifyJson.
 *
 * It validates strictly per RFC 8259 with a charCodeAt loop and an explicit stack (no recursion, so
 * nesting depth is limited only by memory), and, when asked, writes the formatted or minified text into
 * a growing UTF-16 buffer decoded once at the end. Number tokens and string tokens are copied exactly
 * as written; only whitespace between tokens changes. A leading byte order mark is skipped (with a
 * warning). On error it stops at the first problem and reports where, for explainJsonError.
 */
export function scanJson(text: string, options: ScanOptions): ScanResult {
  const len = text.length;
  const writing = options.output !== 'none';
  const pretty = options.output === 'format';
  const width = pretty ? Math.max(1, options.indentWidth ?? 2) : 0;
  const indentChar = options.indentChar ?? 0x20;
  const collector = options.warnings === true ? new WarningCollector() : null;
  const keys = collector !== null ? new DuplicateKeyTracker() : null;

  let exact = false; // the output holds an unpaired surrogate: decode it without TextDecoder
  const copied: CopiedContent = { nonAscii: false };
  const onLoneSurrogate: LoneSurrogateSink | null =
    collector !== null
      ? (offset) => {
          exact = true;
          collector.loneSurrogate(text, offset);
        }
      : writing
        ? () => {
            exact = true;
          }
        : null;

  // Room invariant while writing: buf.length >= o + (len - p). Tokens are copied one for one, so only
  // the whitespace the formatter adds (line breaks, indentation, the space after a colon) checks room.
  // Minified output is never longer than the input, so its buffer never grows.
  const limit = pretty ? formattedLengthLimit(len) : MAX_OUTPUT_LENGTH;
  let buf =
    !writing || len > limit
      ? EMPTY_BUFFER
      : new Uint16Array(Math.min(limit, pretty ? Math.ceil(len * FORMAT_CAPACITY_FACTOR) + 64 : len));
  let o = 0;
  /** Lower bound of the output still owed for closing the open brackets (formatting only). */
  let owed = 0;

  const open: number[] = [];
  let depth = 0;
  let deepest = 0;
  let deepestAt = 0;
  let inObject = false;
  let state: ScanState = 'empty';
  let failAt = -1;
  let tokenStart = -1;

  let p = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    collector?.bom();
    p = 1;
  }
  let c = text.charCodeAt(p);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);

  try {
    if (writing && len > limit) throw new OutputTooLargeError();
    if (p >= len) failAt = p;
    else {
      main: for (;;) {
        // At the start of a member (in an object) or a value. `c` is the character at p.
        if (inObject) {
          if (c !== 0x22) {
            state = 'key';
            failAt = p;
            break main;
          }
          const end = writing
            ? scanCopyString(text, p, buf, o - p, onLoneSurrogate, copied)
            : scanString(text, p, onLoneSurrogate);
          if (end < 0) {
            state = 'string';
            tokenStart = p;
            failAt = ~end;
            break main;
          }
          if (keys !== null) {
            const first = keys.add(text, p, end);
            if (first >= 0) collector?.duplicateKey(decodeJsonString(text, p, end), p, first);
          }
          const keyStart = p;
          o += end - p;
          p = end;
          c = text.charCodeAt(p);
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
          if (c !== 0x3a) {
            state = 'colon';
            tokenStart = keyStart;
            failAt = p;
            break main;
          }
          if (writing) {
            buf[o++] = 0x3a;
            if (pretty) buf[o++] = 0x20; // room reserved by the line break before the key
          }
          c = text.charCodeAt(++p);
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
        }

        if (c === 0x22) {
          const end = writing
            ? scanCopyString(text, p, buf, o - p, onLoneSurrogate, copied)
            : scanString(text, p, onLoneSurrogate);
          if (end < 0) {
            state = 'string';
            tokenStart = p;
            failAt = ~end;
            break main;
          }
          o += end - p;
          p = end;
        } else if (c === 0x7b || c === 0x5b) {
          open[depth++] = p;
          if (depth > deepest) {
            deepest = depth;
            deepestAt = p;
          }
          if (writing) buf[o++] = c;
          const close = c + 2; // `{` + 2 is `}`, `[` + 2 is `]`
          const isObject = c === 0x7b;
          c = text.charCodeAt(++p);
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
          if (c !== close) {
            inObject = isObject;
            if (isObject && keys !== null) keys.enterObject();
            if (pretty) {
              const n = depth * width;
              owed += n - width + 2;
              if (o + owed > limit) throw new OutputTooLargeError();
              if (
                depth === DEEP_NESTING &&
                minimumIndentedLength(deepestNesting(text, p, depth), width) > limit
              ) {
                throw new OutputTooLargeError();
              }
              if (o + n + 2 + (len - p) > buf.length)
                buf = growUtf16Buffer(buf, o, o + n + 2 + (len - p), limit);
              o = writeLineBreak(buf, o, n, indentChar);
            }
            continue main;
          }
          // Empty: `{}` or `[]`, whatever whitespace was inside.
          depth--;
          if (writing) buf[o++] = close;
          p++;
        } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
          const end = literalEnd(text, p, c);
          if (end < 0) {
            state = 'value';
            failAt = p;
            break main;
          }
          if (writing) for (; p < end; p++) buf[o++] = text.charCodeAt(p);
          p = end;
        } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
          const end = scanNumber(text, p);
          if (end < 0) {
            state = 'number';
            tokenStart = p;
            failAt = ~end;
            break main;
          }
          if (collector !== null) {
            if (numberTextChanges(text, p, end)) collector.numberChange(text, p, end);
          }
          if (writing) for (; p < end; p++) buf[o++] = text.charCodeAt(p);
          p = end;
        } else {
          state = 'value';
          failAt = p;
          break main;
        }

        // After a value: closing brackets, then a comma or the end.
        c = text.charCodeAt(p);
        for (;;) {
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
          if (depth === 0) {
            if (p < len) {
              state = 'after-document';
              failAt = p;
            }
            break main;
          }
          if (c === 0x2c) {
            if (writing) buf[o++] = 0x2c;
            c = text.charCodeAt(++p);
            while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
            if (pretty) {
              const n = depth * width;
              if (o + n + 2 + (len - p) > buf.length)
                buf = growUtf16Buffer(buf, o, o + n + 2 + (len - p), limit);
              o = writeLineBreak(buf, o, n, indentChar);
            }
            continue main;
          }
          if (c !== (inObject ? 0x7d : 0x5d)) {
            state = 'after-value';
            failAt = p;
            break main;
          }
          depth--;
          if (inObject && keys !== null) keys.leaveObject();
          if (pretty) {
            const n = depth * width;
            owed -= n + 2;
            if (o + n + 2 + (len - p) > buf.length)
              buf = growUtf16Buffer(buf, o, o + n + 2 + (len - p), limit);
            o = writeLineBreak(buf, o, n, indentChar);
          }
          if (writing) buf[o++] = c;
          inObject = depth > 0 && text.charCodeAt(open[depth - 1] ?? 0) === 0x7b;
          c = text.charCodeAt(++p);
        }
      }
    }
  } catch (error) {
    if (!(error instanceof OutputTooLargeError)) throw error;
    state = 'too-large';
    failAt = p;
  }

  collector?.nesting(deepest, deepestAt);
  const warnings = collector?.finish(text) ?? [];
  if (failAt >= 0) {
    open.length = depth;
    return { ok: false, failure: { state, offset: failAt, tokenStart, open }, warnings };
  }
  if (!writing) return { ok: true, text: '', warnings };
  // Only strings can hold non-ASCII characters (anywhere else they are errors).
  const content = exact ? 'lone-surrogates' : copied.nonAscii ? 'unicode' : 'ascii';
  return { ok: true, text: utf16BufferToString(buf, o, content), warnings };
}

/** Writes a line feed and `count` indentation characters at `o`; returns the new end. */
function writeLineBreak(buf: Uint16Array, o: number, count: number, char: number): number {
  buf[o++] = 0x0a;
  if (count < FILL_THRESHOLD) {
    for (let i = 0; i < count; i++) buf[o++] = char;
    return o;
  }
  buf.fill(char, o, o + count);
  return o + count;
}

/** End of the literal `true`, `false` or `null` at p (first letter `c`), or -1. */
function literalEnd(text: string, p: number, c: number): number {
  if (c === 0x74) {
    return text.charCodeAt(p + 1) === 0x72 &&
      text.charCodeAt(p + 2) === 0x75 &&
      text.charCodeAt(p + 3) === 0x65
      ? p + 4
      : -1;
  }
  if (c === 0x66) {
    return text.charCodeAt(p + 1) === 0x61 &&
      text.charCodeAt(p + 2) === 0x6c &&
      text.charCodeAt(p + 3) === 0x73 &&
      text.charCodeAt(p + 4) === 0x65
      ? p + 5
      : -1;
  }
  return text.charCodeAt(p + 1) === 0x75 && text.charCodeAt(p + 2) === 0x6c && text.charCodeAt(p + 3) === 0x6c
    ? p + 4
    : -1;
}
