import type { NoResponseCause, TransportError } from '../../types';
import { classifyTransportMessage, type Classification } from './classifyTransportMessage';
import type { TextLine } from './transportLines';

/** `requests.exceptions.ConnectionError: …`, `socket.timeout: timed out`, `ConnectionRefusedError: …`. */
const EXCEPTION_LINE =
  /^\s*((?:[a-z_][\w]*\.)*[A-Za-z_]*(?:Error|Exception|Timeout|timeout|gaierror|Disconnected))(?:: (.*))?$/;
/** Other languages' exception names (Java, .NET, OkHttp): read by the generic reader, not as Python. */
const NOT_PYTHON = /^(?:java|javax|org|com|okhttp3|io|System)\./;
/** HTTPie (a Python program) prints the exception after its name: `http: error: SSLError: …`. */
const HTTPIE_LINE = /^\s*(https?): error: (?:(\w+): )?(.*)$/;
/** urllib3's pool names host, port and path: also in log lines without the exception's name. */
const POOL =
  /(HTTPS?)ConnectionPool\(host='([^']+)', port=(\d+)\)(?:: Max retries exceeded with url: (\S+))?/;
/** HTTPie 0.x printed the socket error alone: `[Errno 1] _ssl.c:503: …`. */
const ERRNO_LINE = /^\s*\[Errno -?\d+\] .+/;

/** JavaScript's error names: a Node stack trace, read by the Node reader instead. */
const JS_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'AggregateError']);

/** Exception classes that name their cause whatever the message says. */
const CLASS_CAUSE: Record<string, Classification> = {
  ConnectTimeout: { cause: 'timeout', phase: 'connect' },
  ConnectTimeoutError: { cause: 'timeout', phase: 'connect' },
  ReadTimeout: { cause: 'timeout', phase: 'response' },
  ReadTimeoutError: { cause: 'timeout', phase: 'response' },
  timeout: { cause: 'timeout' },
  TimeoutError: { cause: 'timeout' },
  SSLError: { cause: 'tls', phase: 'connect' },
  SSLCertVerificationError: { cause: 'tls', phase: 'connect' },
  ConnectionRefusedError: { cause: 'connection-refused', phase: 'connect' },
  ConnectionResetError: { cause: 'connection-reset', phase: 'response' },
  RemoteDisconnected: { cause: 'connection-reset', phase: 'response' },
  gaierror: { cause: 'dns', phase: 'connect' },
};

function classify(className: string | undefined, message: string): Classification {
  const byClass = className ? CLASS_CAUSE[className.replace(/^.*\./, '')] : undefined;
  return byClass ?? classifyTransportMessage(message) ?? { cause: 'other' as NoResponseCause };
}

function poolUrl(text: string): string | undefined {
  const m = POOL.exec(text);
  if (!m) return undefined;
  const scheme = m[1] === 'HTTPS' ? 'https' : 'http';
  const port =
    (scheme === 'https' && m[3] === '443') || (scheme === 'http' && m[3] === '80') ? '' : `:${m[3]}`;
  return `${scheme}://${m[2]}${port}${m[4] ?? ''}`;
}

function result(
  tool: 'python' | 'httpie',
  className: string | undefined,
  message: string,
  line: number,
): TransportError {
  const classified = classify(className, message);
  const url = poolUrl(message) ?? /request to URL: (https?:\/\/\S+)/.exec(message)?.[1];
  const host = POOL.exec(message)?.[2];
  return {
    tool,
    ...(className && { code: className.replace(/^.*\./, '') }),
    message: className ? `${className}: ${message}` : message,
    ...classified,
    ...(host && { host }),
    ...(url && { url }),
    line,
  };
}

/**
 * The call a traceback shows in its source lines: `requests.post("https://…", …)`, `httpx.get(…)`,
 * `session.request("PUT", "https://…")`: the method and URL the failed request used.
 */
const CALL =
  /\b(?:requests|httpx|session|client|http|s)\.(?:(get|post|put|patch|delete|head|options)\(\s*|request\(\s*["'](\w+)["']\s*,\s*)(?:url\s*=\s*)?[rbuRBU]?["'](https?:\/\/[^"'\s]+)["']/;

function callIn(lines: readonly TextLine[]): { method: string; url: string } | undefined {
  for (const l of lines) {
    const m = CALL.exec(l.text);
    const method = m?.[1] ?? m?.[2];
    if (m && method && m[3]) return { method: method.toUpperCase(), url: m[3] };
  }
  return undefined;
}

/** The error, with the method and URL of the call that raised it when the traceback shows one. */
function withCall(error: TransportError, lines: readonly TextLine[]): TransportError {
  const call = callIn(lines);
  if (!call) return error;
  let host: string | undefined;
  try {
    host = new URL(call.url).hostname;
  } catch {
    return error;
  }
  // A pool message names the host; a call to another host is some other request in the traceback.
  if (error.host !== undefined && error.host !== host) return error;
  return { ...error, method: call.method, url: call.url };
}

/**
 * A Python HTTP client's failure (requests, urllib3, http.client, HTTPie): the last exception line of
 * a traceback, an HTTPie `error:` line, or a log line quoting urllib3's connection pool.
 */
export function findPythonError(lines: readonly TextLine[]): TransportError | undefined {
  const error = findPythonException(lines);
  return error && withCall(error, lines);
}

function findPythonException(lines: readonly TextLine[]): TransportError | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l) continue;
    const httpie = HTTPIE_LINE.exec(l.text);
    if (httpie) return { ...result('httpie', httpie[2], httpie[3] ?? '', l.line) };
    const exception = EXCEPTION_LINE.exec(l.text);
    const className = exception?.[1];
    if (
      exception &&
      className &&
      !JS_ERRORS.has(className) &&
      !NOT_PYTHON.test(className) &&
      /\.|Error$|Exception$|timeout$|Timeout$/.test(className)
    ) {
      const message = exception[2] ?? '';
      const networky = classify(className, message).cause !== 'other' || POOL.test(message);
      if (networky) return result('python', className, message, l.line);
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l) continue;
    const pool = POOL.exec(l.text);
    if (pool) return result('python', undefined, l.text.slice(pool.index).trim(), l.line);
    if (ERRNO_LINE.test(l.text) && classifyTransportMessage(l.text)) {
      return result('python', undefined, l.text.trim(), l.line);
    }
  }
  return undefined;
}
