import type { JsonWarning } from '../types';
import { decodeJsonString } from './decodeJsonString';
import { DuplicateKeyTracker } from './DuplicateKeyTracker';
import { scannedNumberChanges } from './numberTextChanges';
import type { ScanFailure, ScanState } from './scanJson';
import { literalEnd } from './literalEnd';
import { scanNumber } from './scanNumber';
import { scanString, type LoneSurrogateSink } from './scanString';
import { WarningCollector } from './WarningCollector';

export type ValidationResult =
  { ok: true; warnings: JsonWarning[] } | { ok: false; failure: ScanFailure; warnings: JsonWarning[] };

// One collector and one key tracker for every call, reset each time. A fresh pair per call would let
// their hidden classes die in the garbage collection between two checks, and V8 would then throw the
// validator's optimised code away at the first warning call of every check (measured with
// --trace-deopt: one deoptimisation per call, and each 10 MB check ran mostly unoptimised).
// validateJson calls nothing that could call it back, so sharing them is safe.
const collector = new WarningCollector();
const keys = new DuplicateKeyTracker();
let checkedText = '';
const noteLoneSurrogate: LoneSurrogateSink = (offset) => collector.loneSurrogate(checkedText, offset);

/**
 * Validates `text` strictly per RFC 8259 without writing anything: the scanner behind checkJson, and
 * behind every "is this valid JSON?" question. With `warnings`, it also notes what JSON.parse would
 * silently change (duplicate keys, numbers) and other hazards (lone surrogates, a byte order mark,
 * deep nesting). A leading byte order mark is skipped. On error it stops at the first problem.
 *
 * scanJson writes formatted or minified text with the same grammar; the two loops are kept apart
 * because the validator is checkJson's hot path and runs twice as fast without the writer's branches.
 */
export function validateJson(text: string, warnings: boolean): ValidationResult {
  const open: number[] = [];
  if (warnings) {
    collector.reset();
    keys.reset();
    checkedText = text;
  }
  const failAt = validate(text, warnings, open);
  const { state, tokenStart, depth } = checked;
  let found: JsonWarning[] = [];
  if (warnings) {
    collector.nesting(checked.deepest, checked.deepestAt);
    found = collector.finish(text);
    collector.reset();
    keys.reset();
    checkedText = '';
  }
  if (failAt >= 0) {
    open.length = depth;
    return { ok: false, failure: { state, offset: failAt, tokenStart, open }, warnings: found };
  }
  return { ok: true, warnings: found };
}

/** Where the validating loop stopped, besides the offset it returns. */
interface ValidationOutcome {
  state: ScanState;
  tokenStart: number;
  depth: number;
  deepest: number;
  deepestAt: number;
}

// The loop leaves its outcome here rather than building result objects itself, for the reason the
// collector is shared (see above): only objects that live as long as the module are touched in it.
const checked: ValidationOutcome = { state: 'empty', tokenStart: -1, depth: 0, deepest: 0, deepestAt: 0 };

/** The validating loop: returns the offset of the first problem, or -1, and fills `checked`. */
function validate(text: string, warn: boolean, open: number[]): number {
  const len = text.length;
  const onLoneSurrogate = warn ? noteLoneSurrogate : null;
  let depth = 0;
  let deepest = 0;
  let deepestAt = 0;
  let inObject = false;
  let state: ScanState = 'empty';
  let failAt = -1;
  let tokenStart = -1;

  let p = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    if (warn) collector.bom();
    p = 1;
  }
  let c = text.charCodeAt(p);
  while (c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) c = text.charCodeAt(++p);

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
        const end = warn ? keys.scanKey(text, p, onLoneSurrogate) : scanString(text, p, onLoneSurrogate);
        if (end < 0) {
          state = 'string';
          tokenStart = p;
          failAt = ~end;
          break main;
        }
        if (warn) {
          const first = keys.add(text, p, end);
          if (first >= 0) collector.duplicateKey(decodeJsonString(text, p, end), p, first);
        }
        const keyStart = p;
        p = end;
        c = text.charCodeAt(p);
        while (c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) c = text.charCodeAt(++p);
        if (c !== 0x3a) {
          state = 'colon';
          tokenStart = keyStart;
          failAt = p;
          break main;
        }
        c = text.charCodeAt(++p);
        while (c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) c = text.charCodeAt(++p);
      }

      if (c === 0x22) {
        const end = scanString(text, p, onLoneSurrogate);
        if (end < 0) {
          state = 'string';
          tokenStart = p;
          failAt = ~end;
          break main;
        }
        p = end;
      } else if (c === 0x7b || c === 0x5b) {
        open[depth++] = p;
        if (depth > deepest) {
          deepest = depth;
          deepestAt = p;
        }
        const close = c + 2; // `{` + 2 is `}`, `[` + 2 is `]`
        const isObject = c === 0x7b;
        c = text.charCodeAt(++p);
        while (c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) c = text.charCodeAt(++p);
        if (c !== close) {
          inObject = isObject;
          if (isObject && warn) keys.enterObject();
          continue main;
        }
        // Empty: `{}` or `[]`, whatever whitespace was inside.
        depth--;
        p++;
      } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        const end = literalEnd(text, p, c);
        if (end < 0) {
          state = 'value';
          failAt = p;
          break main;
        }
        p = end;
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        const end = scanNumber(text, p);
        if (end < 0) {
          state = 'number';
          tokenStart = p;
          failAt = ~end;
          break main;
        }
        if (warn && scannedNumberChanges(text, p, end)) collector.numberChange(text, p, end);
        p = end;
      } else {
        state = 'value';
        failAt = p;
        break main;
      }

      // After a value: closing brackets, then a comma or the end.
      c = text.charCodeAt(p);
      for (;;) {
        while (c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) c = text.charCodeAt(++p);
        if (depth === 0) {
          if (p < len) {
            state = 'after-document';
            failAt = p;
          }
          break main;
        }
        if (c === 0x2c) {
          c = text.charCodeAt(++p);
          while (c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09))
            c = text.charCodeAt(++p);
          continue main;
        }
        if (c !== (inObject ? 0x7d : 0x5d)) {
          state = 'after-value';
          failAt = p;
          break main;
        }
        depth--;
        if (inObject && warn) keys.leaveObject();
        inObject = depth > 0 && text.charCodeAt(open[depth - 1] ?? 0) === 0x7b;
        c = text.charCodeAt(++p);
      }
    }
  }

  checked.state = state;
  checked.tokenStart = tokenStart;
  checked.depth = depth;
  checked.deepest = deepest;
  checked.deepestAt = deepestAt;
  return failAt;
}
