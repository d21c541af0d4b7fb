import type { Exchange, HttpRequest, HttpResponse } from '../types';
import { classifyCurlLine, gluedNoteStart } from './classifyCurlLine';
import { contentLengthMismatch, withoutZshMarker, ZSH_MARKER_NOTE } from './contentLengthMismatch';
import { decodeChunked } from './decodeChunked';
import { LineReader } from './LineReader';
import { parseHeaderLines } from './parseHeaderLines';
import { parseRequestLine } from './parseRequestLine';
import { parseStatusLine } from './parseStatusLine';
import type { ProblemList } from './ProblemList';
import { readContentLength } from './readContentLength';
import type { HeaderLine } from './splitHeaderBlock';
import { hasContentCoding, isChunkedLast } from './transferCodings';
import { isBlankFrom, trimOws } from './trimOws';

export interface CurlVerboseResult {
  exchanges: Exchange[];
  /** `curl: (N) ...` lines: why a transfer failed, the only news when there is no response. */
  curlErrors: string[];
  /** The request shown by `>` lines that no response answered (a transfer that failed). */
  unanswered?: HttpRequest;
}

/**
 * curl's notes as they read when a paste lost their `* ` prefix (Markdown eats it): dropped like notes
 * instead of being taken for body text.
 */
const BARE_NOTE =
  /^(?:Connection #\d+ to host .* left intact|Closing connection(?: #?\d+)?|Mark bundle as not supporting multiuse|Received 101.*|Using HTTP2, server supports multiplexing|Connection state changed .*|Copying HTTP\/2 data in stream buffer.*|Request completely sent off|upload completely sent off: .*|Trying \S+\.\.\.|Connected to \S+ \(.*\) port \d+.*)\s*$/;

interface PendingRequest {
  line?: HeaderLine;
  headers: HeaderLine[];
  open: boolean;
}

interface PendingResponse {
  status: HeaderLine;
  headers: HeaderLine[];
  inBody: boolean;
  /** The `<` lines all ended with a bare LF: copied from a terminal, the CRs are gone. */
  lfOnly: boolean;
  /** Body pieces as [start, end) offsets: curl's stderr notes can interrupt the body. */
  segments: Array<[number, number]>;
}

const BOM = 0xfeff;
/** curl's notes are short; longer lines are never tested against BARE_NOTE. */
const MAX_NOTE_LENGTH = 200;

function isBareNote(text: string, start: number, end: number): boolean {
  return end - start <= MAX_NOTE_LENGTH && BARE_NOTE.test(text.slice(start, end));
}

function bodyText(text: string, segments: ReadonlyArray<[number, number]>): string {
  return segments
    .map(([start, end]) => {
      const piece = text.slice(start, end);
      const lastBreak = piece.lastIndexOf('\n', piece.length - 2);
      const glued = gluedNoteStart(piece.slice(lastBreak + 1));
      return glued < 0 ? piece : piece.slice(0, lastBreak + 1 + glued);
    })
    .join('');
}

/** curl -iv prints the response headers twice: as `<` lines and again at the top of the output. */
function withoutEchoedHeaders(body: string, statusLine: string): string {
  if (statusLine === '' || !body.startsWith(statusLine)) return body;
  const crlf = body.indexOf('\r\n\r\n');
  const lf = body.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return '';
  if (lf < 0 || (crlf >= 0 && crlf < lf)) return body.slice(crlf + 4);
  return body.slice(lf + 2);
}

function buildRequest(pending: PendingRequest | undefined, problems: ProblemList): HttpRequest | undefined {
  if (pending?.line === undefined) return undefined;
  const parsed = parseRequestLine(pending.line.text);
  if (parsed === undefined)
    problems.add('warning', 'This request line could not be read.', pending.line.line);
  const [method = '', target = ''] = pending.line.text.split(' ');
  const { headers } = parseHeaderLines(pending.headers, problems);
  return { method, target, httpVersion: '', ...parsed, headers, body: '' };
}

/** Checks curl's body against the headers; curl has already undone chunking and compression. */
function settleBody(response: HttpResponse, lfOnly: boolean, line: number, problems: ProblemList): void {
  if (isChunkedLast(response.headers)) {
    const result = decodeChunked(response.body, 0, lfOnly);
    if (result.kind === 'decoded' && isBlankFrom(response.body, result.end)) response.body = result.body;
    return;
  }
  const length = readContentLength(response.headers);
  const declared = length.kind === 'valid' && !hasContentCoding(response.headers) ? length.value : undefined;
  const unmarked = withoutZshMarker(response.body, declared, lfOnly);
  if (unmarked !== undefined) {
    problems.add('info', ZSH_MARKER_NOTE, line);
    response.body = unmarked;
  }
  if (declared === undefined || response.body === '') return;
  const mismatch = contentLengthMismatch(declared, response.body, lfOnly);
  if (mismatch !== undefined) problems.add(mismatch.severity, mismatch.message, line);
}

/**
 * Parses `curl -v` output: `>` lines are the request, `<` lines the response status and headers,
 * unprefixed lines the body; `*` notes, `{ [n bytes data]` lines and the progress meter are dropped.
 * Redirects followed with -L and interim responses give several exchanges, in order.
 */
export function parseCurlVerbose(text: string, problems: ProblemList): CurlVerboseResult {
  const reader = new LineReader(text, false);
  const exchanges: Exchange[] = [];
  const curlErrors: string[] = [];
  let request: PendingRequest | undefined;
  let response: PendingResponse | undefined;
  let builtRequest: HttpRequest | undefined;

  const flush = (): void => {
    if (response === undefined) return;
    const done = response;
    response = undefined;
    const status = parseStatusLine(done.status.text);
    if (status === undefined || !status.ok) {
      problems.add(
        'warning',
        status?.message ?? 'This response status line could not be read.',
        done.status.line,
      );
      return;
    }
    for (const note of status.notes) problems.add(note.severity, note.message, done.status.line);
    const { headers } = parseHeaderLines(done.headers, problems);
    // After a 1xx the next response follows (or, after 101, another protocol): never a body.
    const body =
      status.status < 200
        ? ''
        : withoutEchoedHeaders(bodyText(text, done.segments), trimOws(done.status.text));
    const http: HttpResponse = {
      httpVersion: status.httpVersion,
      status: status.status,
      reason: status.reason,
      headers,
      body,
    };
    settleBody(http, done.lfOnly, done.status.line, problems);
    builtRequest ??= buildRequest(request, problems);
    const label = builtRequest
      ? `${builtRequest.method} ${builtRequest.target} → ${status.status}`
      : `${status.httpVersion} ${status.status} ${status.reason}`.trimEnd();
    exchanges.push(
      builtRequest ? { request: builtRequest, response: http, label } : { response: http, label },
    );
  };

  let pos = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  while (pos < text.length) {
    const l = reader.read(pos);
    const kind = classifyCurlLine(text, l.start, l.end);
    const content =
      (kind === 'request' || kind === 'response') && l.end - l.start > 2
        ? text.slice(l.start + 2, l.end)
        : '';
    if (kind === 'request') {
      if (response !== undefined) {
        flush();
        request = undefined;
      }
      if (request === undefined || !request.open) {
        request = { headers: [], open: true };
        builtRequest = undefined;
      }
      if (trimOws(content) === '') request.open = false;
      else if (request.line === undefined) request.line = { text: content, line };
      else request.headers.push({ text: content, line });
    } else if (kind === 'response') {
      const status = parseStatusLine(content);
      if (status !== undefined) {
        flush();
        if (request !== undefined) request.open = false;
        response = {
          status: { text: content, line },
          headers: [],
          inBody: false,
          lfOnly: true,
          segments: [],
        };
      } else if (response !== undefined && !response.inBody) {
        if (trimOws(content) === '') response.inBody = true;
        else response.headers.push({ text: content, line });
      }
      if (response !== undefined && l.eol === '\r\n') response.lfOnly = false;
    } else if (kind === 'curl-error') {
      const message = text.slice(l.start, l.end);
      curlErrors.push(message);
      if (response !== undefined) problems.add('warning', `curl reported an error: ${message}`, line);
    } else if (kind === 'other' && response !== undefined && !isBareNote(text, l.start, l.end)) {
      response.inBody = true;
      const last = response.segments.at(-1);
      if (last !== undefined && last[1] === l.start) last[1] = l.next;
      else response.segments.push([l.start, l.next]);
    }
    line += 1;
    pos = l.next;
  }
  flush();
  const unanswered = exchanges.length === 0 ? buildRequest(request, problems) : undefined;
  return { exchanges, curlErrors, ...(unanswered && { unanswered }) };
}
