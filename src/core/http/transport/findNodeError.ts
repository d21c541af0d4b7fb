import type { TransportError } from '../../types';
import { classifyTransportMessage } from './classifyTransportMessage';
import { LINE_TERMINATOR, type TextLine } from './transportLines';

/** Node's error codes for network failures (libuv, undici, axios), as they appear in `code: '…'`. */
const NODE_CODE =
  /^(?:E[A-Z]{3,}|EAI_[A-Z]+|UND_ERR_[A-Z_]+|ERR_[A-Z_]+|CERT_[A-Z_]+|[A-Z_]*SELF_SIGNED[A-Z_]*|UNABLE_TO_[A-Z_]+|ABORT_ERR)$/;
/** `code: 'ECONNREFUSED'` (util.inspect) or `"code": "ECONNREFUSED"` (JSON). */
const CODE_PROPERTY = /^\s*["']?code["']?\s*:\s*["']([A-Z_0-9]+)["']/;
/** An error's first line: `Error: connect ECONNREFUSED …`, `cause: TypeError: fetch failed`, `{ Error: …`. */
const ERROR_HEAD = /^\s*(?:Uncaught |cause: |\{ |\[)?((?:\w+)?Error)(?: \[([A-Z_]+)\])?: /;

/**
 * What `/^…: (.+?)\]?\s*$/` (ERROR_HEAD, then the message) gave: the error's name, its code and its
 * message without a closing `]` and trailing white space. Cut in code: the lazy `(.+?)` tried the
 * white space at the end from each of its characters, quadratic on a long run of spaces.
 */
export function readErrorLine(text: string): { code?: string; message: string } | undefined {
  const head = ERROR_HEAD.exec(text);
  if (!head) return undefined;
  const after = text.slice(head[0].length);
  const rest = after.trimEnd();
  // `(.+?)` takes one character at least: of white space alone, the first.
  const message =
    rest === '' ? after.charAt(0) : rest.length > 1 && rest.endsWith(']') ? rest.slice(0, -1) : rest;
  if (message === '' || LINE_TERMINATOR.test(message)) return undefined;
  return head[2] ? { code: head[2], message } : { message };
}
/** `"message": "connect ECONNREFUSED 127.0.0.1:5001"` in an axios error serialised to JSON. */
const JSON_MESSAGE = /^\s*"message"\s*:\s*"((?:[^"\\]|\\.)*)"/;

function urlIn(lines: readonly TextLine[]): string | undefined {
  for (const l of lines) {
    const m =
      /\bfetch\(\s*['"`](https?:\/\/[^'"`\s]+)/.exec(l.text) ??
      /^\s*["']?url["']?\s*:\s*["'](https?:\/\/[^"'\s]+)/.exec(l.text) ??
      /request to (https?:\/\/\S+) failed/.exec(l.text);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

function hostIn(message: string): string | undefined {
  return /(?:getaddrinfo \w+|connect \w+|ENOTFOUND) \[?([^\s\]]+?)\]?(?::\d+)?$/.exec(message)?.[1];
}

interface Seen {
  text: string;
  line: number;
  code?: string;
}

/**
 * A Node.js network failure (http, fetch/undici, axios, node-fetch): the innermost `cause` (fetch wraps
 * the real error in "fetch failed") with its `code:` property, else the error itself.
 */
export function findNodeError(lines: readonly TextLine[]): TransportError | undefined {
  let outer: Seen | undefined;
  let cause: Seen | undefined;
  let inCause = false;
  for (const l of lines) {
    const isCauseLine = /^\s*cause: /.test(l.text);
    inCause ||= isCauseLine;
    const error = readErrorLine(l.text);
    const text = (error ? error.message : JSON_MESSAGE.exec(l.text)?.[1])?.trim();
    if (text && isCauseLine && !cause)
      cause = { text, line: l.line, ...(error?.code && { code: error.code }) };
    else if (text && !inCause && !outer)
      outer = { text, line: l.line, ...(error?.code && { code: error.code }) };
    const property = CODE_PROPERTY.exec(l.text)?.[1];
    if (property && NODE_CODE.test(property)) {
      const owner = inCause ? cause : outer;
      if (owner && owner.code === undefined) owner.code = property;
    }
  }
  const message = cause ?? outer;
  if (!message) return undefined;
  const code = message.code ?? outer?.code ?? /\b(E[A-Z]{3,}|EAI_[A-Z]+)\b/.exec(message.text)?.[1];
  if (!code && !/socket hang up|fetch failed/i.test(message.text)) return undefined;
  const byMessage = classifyTransportMessage(message.text);
  const byCode = code ? classifyTransportMessage(code) : undefined;
  // "socket hang up" says more than its ECONNRESET; a code says more than a generic message.
  const chosen = /socket hang up/i.test(message.text) ? byMessage : (byCode ?? byMessage);
  const phase = chosen?.phase ?? (byMessage?.cause === chosen?.cause ? byMessage?.phase : undefined);
  const url = urlIn(lines);
  const host = hostIn(message.text);
  return {
    tool: 'node',
    ...(code && { code }),
    message: message.text,
    cause: chosen?.cause ?? 'other',
    ...(phase && { phase }),
    ...(host && { host }),
    ...(url && { url }),
    line: message.line,
  };
}
