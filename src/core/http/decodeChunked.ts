import type { Severity } from '../types';
import { checkChunkExtensions } from './checkChunkExtensions';
import { MAX_CHUNK_LINE_LENGTH, MAX_CHUNK_SIZE_DIGITS } from './limits';
import { LineReader } from './LineReader';
import { parseStatusLine } from './parseStatusLine';
import { isOws } from './trimOws';
import { advanceUtf8Bytes } from './utf8Bytes';

/** A remark about the framing, placed by offset in the text (the caller turns it into a line). */
export interface ChunkNote {
  severity: Severity;
  message: string;
  offset: number;
}

/** A trailer field line as written, with its offset in the text. */
export interface TrailerLine {
  text: string;
  offset: number;
}

export type ChunkedResult =
  | { kind: 'decoded'; body: string; trailers: TrailerLine[]; end: number; notes: ChunkNote[] }
  /** The body has no chunk framing: usually curl already decoded it. */
  | { kind: 'not-chunked' }
  | { kind: 'malformed'; message: string; offset: number };

const HEX_PREFIX = /^[0-9A-Fa-f]+/;

function lineEndAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10);
}

const RAN_OUT = -1;
const NO_LINE_END = -2;

/** After a chunk's data and line break: another size line, or the end of the paste. */
function nextLooksLikeSize(text: string, i: number): boolean {
  const after = i + (text.charCodeAt(i) === 13 ? 2 : 1);
  return after >= text.length || HEX_PREFIX.test(text.slice(after, after + 1));
}

/**
 * Where a chunk of `size` bytes ends. In a paste whose CRLFs became LFs, a chunk holding line breaks is
 * longer in bytes than in characters, so each LF is first counted as CRLF; of the readings that land on a
 * line break, the one followed by another size line wins.
 */
function chunkEnd(text: string, dataStart: number, size: number, lfMayBeCrlf: boolean): number {
  const readings = lfMayBeCrlf ? [true, false] : [false];
  let ranOut = true;
  let framed = NO_LINE_END;
  for (const lfAsCrlf of readings) {
    const end = advanceUtf8Bytes(text, dataStart, size, lfAsCrlf);
    if (end < 0) continue;
    ranOut = false;
    if (!lineEndAt(text, end)) continue;
    if (nextLooksLikeSize(text, end)) return end;
    if (framed === NO_LINE_END) framed = end;
  }
  return ranOut ? RAN_OUT : framed;
}

interface SizeLine {
  size: number;
  /** Text after the size that is neither whitespace nor an extension. */
  junk: boolean;
  notes: ChunkNote[];
}

function readSizeLine(sizeLine: string, offset: number): SizeLine | undefined {
  const digits = HEX_PREFIX.exec(sizeLine)?.[0];
  if (digits === undefined || digits.length > MAX_CHUNK_SIZE_DIGITS) return undefined;
  const notes: ChunkNote[] = [];
  const rest = sizeLine.slice(digits.length);
  let r = 0;
  while (r < rest.length && isOws(rest.charCodeAt(r))) r++;
  let junk = false;
  if (r < rest.length && rest.charAt(r) === ';') {
    const problem = checkChunkExtensions(rest.slice(r));
    if (problem !== undefined) notes.push({ severity: 'warning', message: problem, offset });
  } else if (r < rest.length) {
    junk = true;
  } else if (r > 0) {
    notes.push({
      severity: 'warning',
      message:
        'A chunk size is followed by spaces; lenient parsers accept it, strict ones (llhttp) refuse it.',
      offset,
    });
  }
  return { size: parseInt(digits, 16), junk, notes };
}

/**
 * Decodes a chunked body (RFC 9112 §7.1) starting at `start`: sizes count UTF-8 bytes, extensions are
 * ignored, trailer lines are returned. When the paste's line ends were normalised to LF, a chunk is also
 * tried with each LF counted as CRLF. The first chunk decides whether the body is chunked at all: curl
 * prints bodies already decoded, and such a body must stay as it is without a complaint.
 */
export function decodeChunked(text: string, start: number, lfMayBeCrlf: boolean): ChunkedResult {
  const reader = new LineReader(text, false);
  const parts: string[] = [];
  const notes: ChunkNote[] = [];
  let pos = start;
  let first = true;
  const fail = (message: string, offset: number): ChunkedResult =>
    first ? { kind: 'not-chunked' } : { kind: 'malformed', message, offset };

  for (;;) {
    if (pos >= text.length) return fail('The chunked body stops before its last (zero-size) chunk.', pos);
    const l = reader.read(pos);
    if (l.end - l.start > MAX_CHUNK_LINE_LENGTH) return fail('A chunk size line is far too long.', l.start);
    const sizeLine = readSizeLine(text.slice(l.start, l.end), l.start);
    if (sizeLine === undefined)
      return fail('A line where a chunk size belongs holds no hexadecimal size.', l.start);

    if (sizeLine.size === 0) {
      if (sizeLine.junk) return fail('The last chunk size line has unexpected text after the size.', l.start);
      notes.push(...sizeLine.notes);
      const trailers: TrailerLine[] = [];
      let p = l.next;
      while (p < text.length) {
        const t = reader.read(p);
        if (t.start === t.end) {
          p = t.next;
          break;
        }
        const trailer = text.slice(t.start, t.end);
        if (!trailer.includes(':') || parseStatusLine(trailer)?.ok === true) break;
        trailers.push({ text: trailer, offset: t.start });
        p = t.next;
      }
      return { kind: 'decoded', body: parts.join(''), trailers, end: p, notes };
    }
    if (l.eol === '') return fail('The chunked body stops right after a chunk size.', l.start);

    const dataStart = l.next;
    const dataEnd = chunkEnd(text, dataStart, sizeLine.size, lfMayBeCrlf);
    if (dataEnd < 0) {
      return dataEnd === RAN_OUT
        ? fail('The body ends in the middle of a chunk: the response or the paste was cut off.', l.start)
        : fail('A chunk is not followed by a line break where its size says it ends.', l.start);
    }
    if (sizeLine.junk) {
      return {
        kind: 'malformed',
        message: 'A chunk size line has unexpected text after the size.',
        offset: l.start,
      };
    }
    notes.push(...sizeLine.notes);
    parts.push(text.slice(dataStart, dataEnd));
    pos = dataEnd + (text.charCodeAt(dataEnd) === 13 ? 2 : 1);
    first = false;
  }
}
