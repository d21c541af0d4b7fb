import type { Exchange, HttpRequest, ParsedInput, Problem, TransportError } from '../types';
import { detectInput, EXPECTED_INPUT, type Detection } from './detectInput';
import { findLateStatusLine } from './findLateStatusLine';
import { LineReader } from './LineReader';
import { noResponseInput } from './noResponseInput';
import { parseCurlVerbose } from './parseCurlVerbose';
import { parseHar } from './parseHar';
import { parseHeadersOnly } from './parseHeadersOnly';
import { parseRawRequest } from './parseRawRequest';
import { parseRawResponses } from './parseRawResponses';
import { looksLikeWgetOutput, parseWgetOutput } from './parseWgetOutput';
import { ProblemList } from './ProblemList';
import { SNIFF_LENGTH } from './limits';
import type { CommandRequest } from './transcript/requestFromCommand';
import { findCurlError, findCurlHttpError } from './transport/findCurlError';
import { findTransportError } from './transport/findTransportError';
import { transportLines } from './transport/transportLines';

/** What is known about a paste's output besides its text: the command that printed it, when pasted. */
export interface OutputContext {
  /** The output as pasted, for a bare body (the text parsed has blank lines in place of the command). */
  output: string;
  /** The program that printed it ("curl", "wget", "http", "node"...). */
  program?: string;
  /** The request the command sends, read from its arguments. */
  command?: CommandRequest;
  /** 1-based line of the command. */
  commandLine?: number;
}

const BOM = 0xfeff;
/** curl -v's response lines, wherever the output starts (a paste may have lost the other prefixes). */
const CURL_RESPONSE_LINE = /^< (?:HTTP\/|:status)/m;

export function unrecognized(message: string, line?: number, problems: Problem[] = []): ParsedInput {
  const error: Problem =
    line === undefined ? { severity: 'error', message } : { severity: 'error', message, line };
  return { kind: 'unrecognized', exchanges: [], problems: [error, ...problems] };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parseHarText(raw: string, output: string, problems: ProblemList): ParsedInput {
  let json: unknown;
  try {
    json = JSON.parse(raw.charCodeAt(0) === BOM ? raw.slice(1) : raw);
  } catch (error) {
    return unrecognized(`This looks like a HAR file but it is not valid JSON (${describeError(error)}).`);
  }
  const har = parseHar(json, problems);
  if (har.kind === 'not-har') return { kind: 'body-only', exchanges: [], body: output, problems: [] };
  return { kind: 'har', exchanges: har.exchanges, problems: problems.toArray() };
}

/** The command's request for the exchanges the output shows without one (up to the first final answer). */
function fillRequest(exchanges: Exchange[], ctx: OutputContext, problems: ProblemList): void {
  const request = ctx.command?.request;
  if (!request || exchanges[0]?.request) return;
  for (const exchange of exchanges) {
    exchange.request = request;
    exchange.label = `${request.method} ${request.target} → ${exchange.response.status}`;
    if (exchange.response.status >= 200) break;
  }
  problems.add(
    'info',
    `The request (${request.method} ${request.target}) is read from the command.`,
    ctx.commandLine,
  );
}

/**
 * curl -v printed the request (`>` lines) before the failure: the request went out, so a timeout or a
 * closed connection happened while waiting for the answer, whatever the message leaves open.
 */
function afterSending(error: TransportError, sent: HttpRequest | undefined): TransportError {
  if (!sent || error.phase !== undefined) return error;
  return error.cause === 'timeout' || error.cause === 'connection-reset'
    ? { ...error, phase: 'response' }
    : error;
}

function parseCurlOutput(text: string, ctx: OutputContext, problems: ProblemList): ParsedInput {
  const { exchanges, curlErrors, unanswered } = parseCurlVerbose(text, problems);
  if (exchanges.length > 0) {
    fillRequest(exchanges, ctx, problems);
    return { kind: 'curl-verbose', exchanges, problems: problems.toArray() };
  }
  const lines = transportLines(text);
  const error = findCurlError(lines) ?? findTransportError(lines, ctx.program);
  if (error)
    return noResponseInput(
      afterSending(error, unanswered),
      unanswered ?? ctx.command?.request,
      problems.toArray(),
    );
  const curlSaid = curlErrors.length > 0 ? ` curl reported: ${curlErrors.join(' ')}` : '';
  return unrecognized(
    `This curl -v output has no response in it (no \`< HTTP/...\` lines).${curlSaid}`,
    undefined,
    problems.toArray(),
  );
}

/** `curl: (47) Maximum (50) redirects followed` on the paste's last line. */
const TRAILING_CURL_ERROR = /(?:^|\n)(curl: \(\d{1,3}\)[^\n]*)\s*$/;

/**
 * curl -iL that gave up after responses (47: too many redirects; 18, 56: the body broke off) prints
 * its error after the last response: taken out of that response's body (where a body read to the end
 * would put it) and kept as the exchange's transportError, so the diagnosis can say what curl did.
 */
function withClientGaveUp(
  exchanges: Exchange[],
  text: string,
  stopped: { line: number; pos: number } | undefined,
  problems: ProblemList,
): void {
  const last = exchanges.at(-1);
  if (!last) return;
  const body = last.response.body;
  const inBody = TRAILING_CURL_ERROR.exec(body.slice(-1024));
  const rest = stopped ? text.slice(stopped.pos, stopped.pos + 4096) : '';
  const inRest = stopped && text.length - stopped.pos <= 4096 ? TRAILING_CURL_ERROR.exec(rest) : null;
  const errorLine = inRest?.[1] ?? inBody?.[1];
  if (!errorLine) return;
  const lineNumber =
    inRest && stopped
      ? stopped.line +
        (rest.slice(0, inRest.index).match(/\n/g)?.length ?? 0) +
        (inRest[0].startsWith('\n') ? 1 : 0)
      : undefined;
  const error = findCurlError([{ text: errorLine, line: lineNumber ?? 0 }]);
  if (!error) return;
  if (inBody && !inRest) {
    const cut = body.length - Math.min(1024, body.length) + inBody.index;
    last.response = { ...last.response, body: body.slice(0, cut) };
  }
  last.transportError = { ...error, ...(lineNumber === undefined && { line: undefined }) };
  if (lineNumber === undefined) delete last.transportError.line;
  problems.add('warning', `curl gave up after this response: ${errorLine.trim()}`, lineNumber);
}

function parseRawOutput(
  text: string,
  detected: { kind: 'raw' | 'raw-request'; start: number; line: number },
  ctx: OutputContext,
  problems: ProblemList,
): ParsedInput {
  const reader = new LineReader(text, true);
  let { start, line } = detected;
  let request: HttpRequest | undefined;
  if (detected.kind === 'raw-request') {
    const result = parseRawRequest(reader, start, line, problems);
    if (!result.ok) return unrecognized(result.message, result.line, problems.toArray());
    ({ request } = result);
    start = result.responseStart;
    line = result.responseLine;
  } else if (ctx.command) {
    request = ctx.command.request;
    problems.add(
      'info',
      `The request (${request.method} ${request.target}) is read from the command.`,
      ctx.commandLine,
    );
  }
  const { exchanges, error } = parseRawResponses(reader, start, line, problems, request);
  if (exchanges.length === 0) {
    return unrecognized(`${error?.message ?? ''} ${EXPECTED_INPUT}`.trim(), error?.line, problems.toArray());
  }
  withClientGaveUp(exchanges, text, error, problems);
  return { kind: 'raw', exchanges, problems: problems.toArray() };
}

/**
 * Output that does not start like a response: wget's report, curl -v output whose first lines lost
 * their prefixes, a response after progress-meter lines, headers copied from devtools with the status
 * as a pseudo-header, curl -f's status, or a client saying no response came at all.
 */
function parseOtherOutput(
  text: string,
  detected: Extract<Detection, { kind: 'body-only' | 'unrecognized' }>,
  ctx: OutputContext,
  problems: ProblemList,
): ParsedInput {
  const sniff = text.slice(0, SNIFF_LENGTH);
  let pending: HttpRequest | undefined = ctx.command?.request;
  if (ctx.program === 'wget' || looksLikeWgetOutput(sniff)) {
    const wget = parseWgetOutput(text, problems, ctx.command?.request);
    if (wget.exchanges.length > 0)
      return { kind: 'raw', exchanges: wget.exchanges, problems: problems.toArray() };
    pending = wget.pendingRequest ?? pending;
  }
  if (CURL_RESPONSE_LINE.test(sniff)) return parseCurlOutput(text, ctx, problems);
  const late = findLateStatusLine(text);
  if (late) return parseRawOutput(text, { kind: 'raw', start: late.pos, line: late.line }, ctx, problems);
  const headersOnly =
    detected.kind === 'body-only' && detected.hint ? parseHeadersOnly(text, problems) : undefined;
  if (headersOnly) return { kind: 'raw', exchanges: [headersOnly], problems: problems.toArray() };
  const lines = transportLines(text);
  const http22 = findCurlHttpError(lines);
  if (http22) {
    problems.add(
      'info',
      `curl -f reported status ${http22.status} without showing the response: run it with -i to see the headers and body.`,
      http22.line,
    );
    const response = { httpVersion: '', status: http22.status, reason: http22.reason, headers: [], body: '' };
    const exchange: Exchange = pending ? { request: pending, response } : { response };
    return { kind: 'raw', exchanges: [exchange], problems: problems.toArray() };
  }
  const error = findTransportError(lines, ctx.program);
  if (error) return noResponseInput(error, pending, problems.toArray());
  if (detected.kind === 'unrecognized') return unrecognized(detected.message, detected.line);
  const hint: Problem[] =
    detected.hint === undefined ? [] : [{ severity: 'info', message: detected.hint, line: detected.line }];
  return { kind: 'body-only', exchanges: [], body: ctx.output, problems: hint };
}

/** Parses what a tool printed (or what was copied from a browser): see parseInput. */
export function parseText(text: string, ctx: OutputContext): ParsedInput {
  const problems = new ProblemList();
  const detected = detectInput(text);
  switch (detected.kind) {
    case 'empty':
      return { kind: 'empty', exchanges: [], problems: [] };
    case 'har-candidate':
      return parseHarText(text, ctx.output, problems);
    case 'curl-verbose':
      return parseCurlOutput(text, ctx, problems);
    case 'raw':
    case 'raw-request':
      return parseRawOutput(text, detected, ctx, problems);
    case 'body-only':
    case 'unrecognized':
      return parseOtherOutput(text, detected, ctx, problems);
  }
}
