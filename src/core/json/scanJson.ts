import { deepestNesting, minimumIndentedLength } from './deepestNesting';
import { formattedLengthLimit, MAX_OUTPUT_LENGTH } from './jsonLimits';
import { literalEnd } from './literalEnd';
import { scanNumber } from './scanNumber';
import { scanCopyString, type CopiedContent } from './scanCopyString';
import type { LoneSurrogateSink } from './scanString';
import {
  utf8BytesToString,
  growOutputBuffer,
  OutputTooLargeError,
  utf16BufferToString,
  type OutputBuffer,
} from './outputBuffer';

export interface ScanOptions {
  /** 'minify' writes the text without whitespace; 'format' indents it. */
  output: 'minify' | 'format';
  /** For 'format': indentation units per level (at least 1). */
  indentWidth?: number;
  /** For 'format': the indentation character code, space or tab. */
  indentChar?: number;
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

export type ScanResult = { ok: true; text: string } | { ok: false; failure: ScanFailure };

const EMPTY_BUFFER: OutputBuffer = new Uint8Array(0);
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
 * The single-pass JSON writer behind formatJson and minifyJson.
 *
 * It validates strictly per RFC 8259 with a charCodeAt loop and an explicit stack (no recursion, so
 * nesting depth is limited only by memory) while it writes the formatted or minified text into a
 * growing buffer (UTF-8 bytes, or UTF-16 units when it must) decoded once at the end. Number tokens and string tokens are copied exactly
 * as written; only whitespace between tokens changes. A leading byte order mark is skipped. On error
 * it stops at the first problem and reports where, for explainJsonError. validateJson is the same
 * grammar without the writing (checkJson's hot path).
 */
export function scanJson(text: string, options: ScanOptions): ScanResult {
  const pretty = options.output === 'format';
  const width = pretty ? Math.max(1, options.indentWidth ?? 2) : 0;
  const open: number[] = [];
  const indentChar = options.indentChar ?? 0x20;
  written.nonAscii = false;
  written.loneSurrogate = false;
  written.stopped = null;
  // UTF-8 bytes: half the memory of UTF-16 units for the usual, mostly ASCII JSON, and TextDecoder
  // turns UTF-8 into a string several times faster than UTF-16. Only unpaired surrogates, which UTF-8
  // cannot hold, need UTF-16 units: at the first one the writer stops and starts again with those.
  // The output limit counts UTF-16 units (string length), so text that passed it only in UTF-8 bytes
  // (up to three per unit) is written again in units before it is called too large.
  let failAt = writeJson(text, pretty, width, indentChar, open, false);
  const passedLimitInBytes = failAt >= 0 && written.state === 'too-large' && written.nonAscii;
  if ((failAt < 0 && written.stopped === 'lone-surrogate') || passedLimitInBytes) {
    open.length = 0;
    failAt = writeJson(text, pretty, width, indentChar, open, true);
  }
  const { buf, length, state, tokenStart, depth } = written;
  written.buf = EMPTY_BUFFER;
  if (failAt >= 0) {
    open.length = depth;
    return { ok: false, failure: { state, offset: failAt, tokenStart, open } };
  }
  if (buf instanceof Uint8Array) return { ok: true, text: utf8BytesToString(buf, length) };
  // Only strings can hold non-ASCII characters (anywhere else they are errors).
  const content = written.loneSurrogate ? 'lone-surrogates' : written.nonAscii ? 'unicode' : 'ascii';
  return { ok: true, text: utf16BufferToString(buf, length, content) };
}

/** What writeJson leaves behind besides the offset where it failed. */
interface WriterOutcome extends CopiedContent {
  buf: OutputBuffer;
  /** Units of `buf` written. */
  length: number;
  /** An unpaired surrogate was copied: the output must be decoded without TextDecoder. */
  loneSurrogate: boolean;
  state: ScanState;
  tokenStart: number;
  depth: number;
}

// The writer's loop takes plain values and leaves its outcome in this long-lived object instead of
// reading an options object and building result objects itself: when the hidden class of such a
// short-lived object died in the garbage collection between two calls, V8 dropped the optimised loop
// at the next call (measured with --trace-deopt), and a 10 MB document was then formatted mostly
// unoptimised.
const written: WriterOutcome = {
  buf: EMPTY_BUFFER,
  length: 0,
  nonAscii: false,
  loneSurrogate: false,
  end: 0,
  stopped: null,
  state: 'empty',
  tokenStart: -1,
  depth: 0,
};
const noteLoneSurrogate: LoneSurrogateSink = () => {
  written.loneSurrogate = true;
};

/**
 * scanCopyString into `written.buf` at `o`; when UTF-8 needs more room than the buffer has, grows it
 * (at least by half) and copies the string again.
 */
function copyString(text: string, start: number, o: number, limit: number): number {
  for (;;) {
    written.stopped = null;
    const end = scanCopyString(text, start, written.buf, o, noteLoneSurrogate, written);
    if (end >= 0 || written.stopped !== 'room') return end;
    const copied = ~end - start;
    written.buf = growOutputBuffer(written.buf, o, o + (text.length - start) + 2 * copied + 4, limit);
  }
}

/**
 * The writing loop: returns the offset of the first problem, or -1, and fills `written`. Unless
 * `wide`, it writes UTF-8 bytes and stops (returning -1, `written.stopped` set) at an unpaired
 * surrogate.
 */
function writeJson(
  text: string,
  pretty: boolean,
  width: number,
  indentChar: number,
  open: number[],
  wide: boolean,
): number {
  const len = text.length;

  // Room invariant while writing: buf.length >= o + (len - p). Tokens are copied one for one, so only
  // the whitespace the formatter adds (line breaks, indentation, the space after a colon) checks room.
  // Minified output is never longer than the input, so its buffer never grows.
  const limit = pretty ? formattedLengthLimit(len) : MAX_OUTPUT_LENGTH;
  const size = len > limit ? 0 : Math.min(limit, pretty ? Math.ceil(len * FORMAT_CAPACITY_FACTOR) + 64 : len);
  let buf: OutputBuffer = wide ? new Uint16Array(size) : new Uint8Array(size);
  let o = 0;
  /** Lower bound of the output still owed for closing the open brackets (formatting only). */
  let owed = 0;

  let depth = 0;
  let inObject = false;
  let state: ScanState = 'empty';
  let failAt = -1;
  let tokenStart = -1;

  let p = 0;
  if (text.charCodeAt(0) === 0xfeff) p = 1;
  let c = text.charCodeAt(p);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);

  try {
    if (len > limit) throw new OutputTooLargeError();
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
          written.buf = buf;
          const end = copyString(text, p, o, limit);
          buf = written.buf;
          if (end < 0) {
            if (written.stopped !== null) break main;
            state = 'string';
            tokenStart = p;
            failAt = ~end;
            break main;
          }
          const keyStart = p;
          o = written.end;
          p = end;
          c = text.charCodeAt(p);
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
          if (c !== 0x3a) {
            state = 'colon';
            tokenStart = keyStart;
            failAt = p;
            break main;
          }
          buf[o++] = 0x3a;
          if (pretty) buf[o++] = 0x20; // room reserved by the line break before the key
          c = text.charCodeAt(++p);
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
        }

        if (c === 0x22) {
          written.buf = buf;
          const end = copyString(text, p, o, limit);
          buf = written.buf;
          if (end < 0) {
            if (written.stopped !== null) break main;
            state = 'string';
            tokenStart = p;
            failAt = ~end;
            break main;
          }
          o = written.end;
          p = end;
        } else if (c === 0x7b || c === 0x5b) {
          open[depth++] = p;
          buf[o++] = c;
          const close = c + 2; // `{` + 2 is `}`, `[` + 2 is `]`
          const isObject = c === 0x7b;
          c = text.charCodeAt(++p);
          while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
          if (c !== close) {
            inObject = isObject;
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
                buf = growOutputBuffer(buf, o, o + n + 2 + (len - p), limit);
              o = writeLineBreak(buf, o, n, indentChar);
            }
            continue main;
          }
          // Empty: `{}` or `[]`, whatever whitespace was inside.
          depth--;
          buf[o++] = close;
          p++;
        } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
          const end = literalEnd(text, p, c);
          if (end < 0) {
            state = 'value';
            failAt = p;
            break main;
          }
          for (; p < end; p++) buf[o++] = text.charCodeAt(p);
        } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
          const end = scanNumber(text, p);
          if (end < 0) {
            state = 'number';
            tokenStart = p;
            failAt = ~end;
            break main;
          }
          for (; p < end; p++) buf[o++] = text.charCodeAt(p);
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
            buf[o++] = 0x2c;
            c = text.charCodeAt(++p);
            while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
            if (pretty) {
              const n = depth * width;
              if (o + n + 2 + (len - p) > buf.length)
                buf = growOutputBuffer(buf, o, o + n + 2 + (len - p), limit);
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
          if (pretty) {
            const n = depth * width;
            owed -= n + 2;
            if (o + n + 2 + (len - p) > buf.length)
              buf = growOutputBuffer(buf, o, o + n + 2 + (len - p), limit);
            o = writeLineBreak(buf, o, n, indentChar);
          }
          buf[o++] = c;
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

  written.buf = buf;
  written.length = o;
  written.state = state;
  written.tokenStart = tokenStart;
  written.depth = depth;
  return failAt;
}

/** Writes a line feed and `count` indentation characters at `o`; returns the new end. */
function writeLineBreak(buf: OutputBuffer, o: number, count: number, char: number): number {
  buf[o++] = 0x0a;
  if (count < FILL_THRESHOLD) {
    for (let i = 0; i < count; i++) buf[o++] = char;
    return o;
  }
  buf.fill(char, o, o + count);
  return o + count;
}
