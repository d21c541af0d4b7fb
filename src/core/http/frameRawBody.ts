import type { Header } from '../types';
import { contentLengthMismatch, withoutZshMarker, ZSH_MARKER_NOTE } from './contentLengthMismatch';
import { decodeChunked, type ChunkedResult } from './decodeChunked';
import { statusLineAfterBlankLines, statusLineWithin, type TextPosition } from './findStatusLine';
import { SHORT_HOP_BODY_LIMIT } from './limits';
import { countLineBreaks } from './LineReader';
import { parseHeaderLines } from './parseHeaderLines';
import type { ProblemList } from './ProblemList';
import { readContentLength } from './readContentLength';
import { hasContentCoding, isChunkedLast } from './transferCodings';
import { isBlankFrom, trimTrailingLineBreaks } from './trimOws';
import { advanceUtf8Bytes, utf8ByteLength } from './utf8Bytes';

/** What is known about a response when its body starts, in a raw paste of one or more responses. */
export interface RawBodyContext {
  text: string;
  bodyStart: number;
  bodyLine: number;
  status: number;
  reason: string;
  /** The request's method, when the paste showed the request (HEAD and CONNECT change the framing). */
  method: string | undefined;
  headers: Header[];
  headerLines: number[];
  lfOnly: boolean;
  endedAtStatusLine: boolean;
}

export interface FramedBody {
  body: string;
  /** Trailer fields of a chunked body, to add to the headers. */
  trailers: Header[];
  /** Where the next response of the paste starts, when one follows. */
  next?: TextPosition;
}

/** Responses that never have a body (RFC 9110 §6.4.1), however much text follows them. */
function noBodyReason(ctx: RawBodyContext): string | undefined {
  if (ctx.status >= 100 && ctx.status < 200) return `An interim ${ctx.status} response`;
  if (ctx.status === 204 || ctx.status === 304) return `A ${ctx.status} response`;
  if (ctx.method?.toUpperCase() === 'HEAD') return 'A response to HEAD';
  return undefined;
}

/** A proxy's answer to CONNECT: what follows is the tunnelled exchange. */
function isTunnel(ctx: RawBodyContext): boolean {
  if (ctx.status < 200 || ctx.status > 299) return false;
  return (
    ctx.method?.toUpperCase() === 'CONNECT' || ctx.reason.trim().toLowerCase() === 'connection established'
  );
}

/** A response the client answers with another request, as curl -L and auth retries show in one paste. */
function isHop(ctx: RawBodyContext): boolean {
  const s = ctx.status;
  return (s >= 300 && s < 400 && s !== 304) || s === 401 || s === 407 || isTunnel(ctx);
}

function chunkedBody(
  ctx: RawBodyContext,
  result: Extract<ChunkedResult, { kind: 'decoded' }>,
  problems: ProblemList,
  lineAt: (pos: number) => number,
): FramedBody | undefined {
  const { text } = ctx;
  const after = statusLineAfterBlankLines(text, result.end, 0);
  if (after === undefined && !isBlankFrom(text, result.end)) return undefined;
  for (const note of result.notes) problems.add(note.severity, note.message, lineAt(note.offset));
  const trailerLines = result.trailers.map((t) => ({ text: t.text, line: lineAt(t.offset) }));
  const trailers = parseHeaderLines(trailerLines, problems).headers;
  if (trailers.length > 0) {
    const names = trailers.map((t) => t.name).join(', ');
    problems.add(
      'info',
      `The chunked body ends with trailer fields (${names}); they were added to the headers.`,
      trailerLines[0]?.line,
    );
  }
  const next = after && { pos: after.pos, line: lineAt(result.end) + after.line };
  return next ? { body: result.body, trailers, next } : { body: result.body, trailers };
}

/**
 * Decides where a response's body ends in a raw paste and whether another response follows: interim
 * (1xx), bodiless (204, 304, HEAD), redirect, auth and proxy-tunnel hops; chunked framing (decoded when
 * present); Content-Length (splits pipelined responses). The body is never cut short of what was pasted
 * unless a next response follows; a length that disagrees is reported instead.
 */
/** Nothing but curl's error line (and blank lines) after a response. */
const CLIENT_ERROR_ONLY = /^\s*curl: \(\d{1,3}\)[^\n]*(?:\n\s*)?$/;

export function frameRawBody(ctx: RawBodyContext, problems: ProblemList): FramedBody {
  const { text, bodyStart } = ctx;
  const lineAt = (pos: number): number => ctx.bodyLine + countLineBreaks(text, bodyStart, pos);
  if (ctx.endedAtStatusLine) return { body: '', trailers: [], next: { pos: bodyStart, line: ctx.bodyLine } };

  const noBody = noBodyReason(ctx);
  if (noBody !== undefined) {
    const next = statusLineAfterBlankLines(text, bodyStart, ctx.bodyLine);
    if (next) return { body: '', trailers: [], next };
    if (isBlankFrom(text, bodyStart)) return { body: '', trailers: [] };
    // curl -IL that gave up (`curl: (47) …`): the client's error, not a body; the caller reads it.
    if (CLIENT_ERROR_ONLY.test(text.slice(bodyStart, bodyStart + 4096)) && text.length - bodyStart <= 4096)
      return { body: '', trailers: [], next: { pos: bodyStart, line: ctx.bodyLine } };
    if (ctx.status === 101) {
      problems.add(
        'info',
        'The text after this 101 response belongs to the protocol it switched to, so it is not shown as a body.',
        ctx.bodyLine,
      );
      return { body: '', trailers: [] };
    }
    problems.add(
      'warning',
      `${noBody} has no body, yet text follows its headers; it is shown as the body.`,
      ctx.bodyLine,
    );
    return { body: text.slice(bodyStart), trailers: [] };
  }

  const hop = isHop(ctx);
  if (hop) {
    const next = statusLineAfterBlankLines(text, bodyStart, ctx.bodyLine);
    if (next) return { body: '', trailers: [], next };
  }

  const chunked = isChunkedLast(ctx.headers);
  if (chunked) {
    const result = decodeChunked(text, bodyStart, ctx.lfOnly);
    if (result.kind === 'decoded') {
      const framed = chunkedBody(ctx, result, problems, lineAt);
      if (framed) return framed;
      problems.add(
        'warning',
        'Text follows the end of the chunked body, so the body is shown undecoded.',
        lineAt(result.end),
      );
      return { body: text.slice(bodyStart), trailers: [] };
    }
    if (result.kind === 'malformed') {
      problems.add('warning', `${result.message} The body is shown undecoded.`, lineAt(result.offset));
      return { body: text.slice(bodyStart), trailers: [] };
    }
  }

  const length = chunked ? { kind: 'none' as const } : readContentLength(ctx.headers, ctx.headerLines);
  if (length.kind === 'invalid') problems.add('warning', length.message, length.line);
  let bytes: number | undefined;
  if (length.kind === 'valid') {
    bytes = utf8ByteLength(text, bodyStart);
    if (bytes > length.value) {
      for (const lfAsCrlf of ctx.lfOnly ? [false, true] : [false]) {
        const end = advanceUtf8Bytes(text, bodyStart, length.value, lfAsCrlf);
        const next = end < 0 ? undefined : statusLineAfterBlankLines(text, end, 0);
        if (next) {
          return {
            body: text.slice(bodyStart, end),
            trailers: [],
            next: { pos: next.pos, line: lineAt(end) + next.line },
          };
        }
      }
    }
  }

  if (hop) {
    const found = statusLineWithin(text, bodyStart, bodyStart + SHORT_HOP_BODY_LIMIT, ctx.bodyLine);
    if (found)
      return { body: trimTrailingLineBreaks(text.slice(bodyStart, found.pos)), trailers: [], next: found };
  }

  let body = text.slice(bodyStart);
  const declared = length.kind === 'valid' && !hasContentCoding(ctx.headers) ? length.value : undefined;
  const unmarked = withoutZshMarker(body, declared, ctx.lfOnly);
  if (unmarked !== undefined) {
    problems.add('info', ZSH_MARKER_NOTE, lineAt(bodyStart + unmarked.length));
    body = unmarked;
    bytes = undefined;
  }
  if (declared !== undefined) {
    const mismatch = contentLengthMismatch(declared, body, ctx.lfOnly, bytes);
    if (mismatch !== undefined && length.kind === 'valid')
      problems.add(mismatch.severity, mismatch.message, length.line);
  }
  return { body, trailers: [] };
}
