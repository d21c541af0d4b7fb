import type { Exchange, Header, HttpRequest, HttpResponse } from '../types';
import { parseHeaderLines } from './parseHeaderLines';
import { parseStatusLine } from './parseStatusLine';
import type { ProblemList } from './ProblemList';
import type { HeaderLine } from './splitHeaderBlock';

/** Signs that text is wget's output (GNU or BusyBox), wherever its first line starts. */
const WGET_EVIDENCE = [
  /^--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--\s+\S/m,
  /HTTP request sent, awaiting response\.\.\./,
  /^wget: /m,
];

/** `--2017-01-25 12:25:18--  https://www.google.es/`: wget starts a request (also after a redirect). */
const REQUEST_START = /^--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--\s+(\S+)/;
/**
 * wget's status lines are short in every language; longer lines are not tested against
 * STATUS_AFTER_DOTS and AWAITING, whose `HTTP.*` (tried from each `HTTP`) and trailing white space
 * backtrack quadratically in the line's length.
 */
const MAX_STATUS_LINE_CHARS = 256;
/** `HTTP request sent, awaiting response... 404 Not Found`, in any language: the status after the dots. */
const STATUS_AFTER_DOTS = /HTTP.*\.\.\.\s*(\d{3})(?:\s+(.*?))?\s*$/;
/** The line after which -S (--server-response) prints the response, or --debug its raw form. */
const AWAITING = /HTTP.*\.\.\.\s*$/;
/** BusyBox wget: `wget: server returned error: HTTP/1.1 404 Not Found`. */
const BUSYBOX_STATUS = /^wget: server returned error: (HTTP\/\S+ \d{3}.*)$/;
/** `Location: https://… [following]`: wget follows the redirect it just got. */
const FOLLOWING = /^Location: (\S+) \[following\]/;
const SAVING_TO_STDOUT = /^Saving to: .?(?:STDOUT|-).?\s*$/;
/** wget's progress bar, which the first line of a body written to stdout is glued to. */
const PROGRESS_BAR =
  /^\s*(?:(?:-|\d{1,3}%)\s*)?\[[=<>\s-]*\]\s+[\d,.]+[KMG]?\s+(?:--\.-|[\d.]+)[KMG]?B\/s(?:\s+in [\d.]+m?s)?\s*/;
/** The summary wget prints after a download: `2017-01-25 12:26:50 (1.2 MB/s) - written to stdout [1234]`. */
const SUMMARY = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(.*\) - .*(?:saved|written to stdout)/;
const HEADER_LINE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+:\s?/;

export function looksLikeWgetOutput(text: string): boolean {
  return WGET_EVIDENCE.some((evidence) => evidence.test(text));
}

export interface WgetResult {
  exchanges: Exchange[];
  /** The request wget was making when it stopped, for a transfer that got no response. */
  pendingRequest?: HttpRequest;
}

function request(url: string, first: HttpRequest | undefined, hop: number): HttpRequest {
  if (hop === 0 && first) return { ...first, target: url };
  return { method: 'GET', target: url, httpVersion: '', headers: [], body: '' };
}

/**
 * Reads wget's output: each `--date--  URL` line starts a request; the status comes from
 * "awaiting response... 404 Not Found", or with -S (and --debug) from the response it prints below
 * that line, headers included. A body written to stdout (-O -) follows "Saving to: 'STDOUT'".
 * `commandRequest` (from the command line) supplies the first request's method, headers and body.
 */
export function parseWgetOutput(
  text: string,
  problems: ProblemList,
  commandRequest?: HttpRequest,
): WgetResult {
  const lines = text.split(/\r\n|\r|\n/);
  const exchanges: Exchange[] = [];
  let pending: HttpRequest | undefined = commandRequest;
  let hop = 0;
  let sawHeaders = false;
  const push = (response: HttpResponse): void => {
    const label = pending
      ? `${pending.method} ${pending.target} → ${response.status}`
      : `${response.status} ${response.reason}`.trim();
    exchanges.push(pending ? { request: pending, response, label } : { response, label });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const start = REQUEST_START.exec(line);
    if (start?.[1]) {
      pending = request(start[1], commandRequest, hop++);
      continue;
    }
    const busybox = BUSYBOX_STATUS.exec(line.trim());
    const inline = busybox || line.length > MAX_STATUS_LINE_CHARS ? undefined : STATUS_AFTER_DOTS.exec(line);
    if (busybox?.[1] || inline) {
      const status = busybox?.[1] ? parseStatusLine(busybox[1]) : undefined;
      const code = status?.ok ? status.status : Number(inline?.[1]);
      const reason = status?.ok ? status.reason : (inline?.[2] ?? '');
      const headers: Header[] = [];
      const follow = FOLLOWING.exec(lines[i + 1] ?? '');
      if (follow?.[1]) headers.push({ name: 'Location', value: follow[1] });
      push({ httpVersion: status?.ok ? status.httpVersion : '', status: code, reason, headers, body: '' });
      continue;
    }
    if (line.length > MAX_STATUS_LINE_CHARS || !AWAITING.test(line)) continue;
    let k = i + 1;
    while (k < lines.length && k <= i + 2 && /^\s*(?:---response begin---\s*)?$/.test(lines[k] ?? '')) k++;
    const status = parseStatusLine((lines[k] ?? '').trim());
    if (!status?.ok) continue;
    const headerLines: HeaderLine[] = [];
    let j = k + 1;
    while (j < lines.length && HEADER_LINE.test((lines[j] ?? '').trim()) && !FOLLOWING.test(lines[j] ?? '')) {
      headerLines.push({ text: (lines[j] ?? '').trim(), line: j + 1 });
      j++;
    }
    const { headers } = parseHeaderLines(headerLines, problems);
    sawHeaders = true;
    push({
      httpVersion: status.httpVersion,
      status: status.status,
      reason: status.reason,
      headers,
      body: '',
    });
    i = j - 1;
  }
  const last = exchanges.at(-1);
  if (last) {
    last.response.body = stdoutBody(lines);
    if (!sawHeaders) {
      problems.add(
        'info',
        'wget shows only the status line: run it with -S (--server-response) to see the headers too.',
      );
    }
  }
  return { exchanges, ...(exchanges.length === 0 && pending && { pendingRequest: pending }) };
}

/** The body wget wrote to stdout (-O -), without the progress bar glued to it and the summary after it. */
function stdoutBody(lines: readonly string[]): string {
  const saving = lines.findIndex((l) => SAVING_TO_STDOUT.test(l));
  if (saving < 0) return '';
  let from = saving + 1;
  while (from < lines.length && (lines[from] ?? '').trim() === '') from++;
  const body = lines.slice(from);
  if (body.length === 0) return '';
  body[0] = (body[0] ?? '').replace(PROGRESS_BAR, '');
  while (body.length > 0 && ((body.at(-1) ?? '').trim() === '' || SUMMARY.test(body.at(-1) ?? '')))
    body.pop();
  return body.join('\n');
}
