import { commonSubsequence } from '../../diff/myersDiff';

/** Past this many alignment steps a changed string is simply written anew (still valid, escapes normalised). */
const MAX_ALIGN_STEPS = 20_000_000;

/** For each UTF-16 unit of the decoded value, where its source starts in the raw token (plus the end). */
function rawOffsets(token: string, length: number): Int32Array {
  const offsets = new Int32Array(length + 1);
  let raw = 1;
  for (let i = 0; i < length; i++) {
    offsets[i] = raw;
    raw += token.charCodeAt(raw) === 0x5c ? (token.charCodeAt(raw + 1) === 0x75 ? 6 : 2) : 1;
  }
  offsets[length] = token.length - 1;
  return offsets;
}

function codes(text: string, from: number, to: number): Uint16Array {
  const out = new Uint16Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = text.charCodeAt(i);
  return out;
}

const escape = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * The JSON string token for `next`, written as close to `token` (which decodes to `before`) as
 * possible, so masking a secret never rewrites the rest of a string. Tokens written the way
 * JSON.stringify writes them (browsers' HAR exports) are simply written anew; others keep the source
 * form of every unchanged character (`\u00e9`, `\/`) and only the changed runs are escaped.
 */
export function rewriteJsonString(token: string, before: string, next: string): string {
  if (JSON.stringify(before) === token) return JSON.stringify(next);
  let prefix = 0;
  const shorter = Math.min(before.length, next.length);
  while (prefix < shorter && before.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  )
    suffix++;
  const aEnd = before.length - suffix;
  const bEnd = next.length - suffix;
  const pairs = commonSubsequence(codes(before, prefix, aEnd), codes(next, prefix, bEnd), MAX_ALIGN_STEPS);
  if (!pairs) return JSON.stringify(next);
  const offsets = rawOffsets(token, before.length);
  const source = (from: number, to: number) => token.slice(offsets[from], offsets[to]);
  const parts: string[] = ['"', source(0, prefix)];
  let b = prefix;
  for (let k = 0; k < pairs.length; k += 2) {
    const pa = (pairs[k] as number) + prefix;
    const pb = (pairs[k + 1] as number) + prefix;
    if (pb > b) parts.push(escape(next.slice(b, pb)));
    parts.push(source(pa, pa + 1));
    b = pb + 1;
  }
  if (bEnd > b) parts.push(escape(next.slice(b, bEnd)));
  parts.push(source(aEnd, before.length), '"');
  return parts.join('');
}
