import type { TransportError } from '../../types';
import { classifyTransportMessage } from './classifyTransportMessage';
import type { TextLine } from './transportLines';

/** Chrome's `net::ERR_…` and Firefox's `NS_ERROR_…` / `NS_BINDING_ABORTED` network error names. */
const BROWSER_CODE = /\b(net::ERR_[A-Z0-9_]+|NS_ERROR_[A-Z0-9_]+|NS_BINDING_ABORTED)\b/;
/** Console messages of a refused cross-origin request, and fetch()'s catch-all failures. */
const BROWSER_MESSAGE =
  /has been blocked by CORS policy|Cross-Origin Request Blocked|TypeError: (?:Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed)/;

/** `GET https://… net::ERR_FAILED`: Chrome's console names the method before the URL. */
const METHOD_URL = /\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (https?:\/\/\S+)/;

/** The browser's account of a request that got no response, as copied from the console or a HAR. */
export function browserTransportError(message: string, line?: number): TransportError {
  const code = BROWSER_CODE.exec(message)?.[1];
  const classified = classifyTransportMessage(code ?? message) ?? classifyTransportMessage(message);
  const methodUrl = METHOD_URL.exec(message);
  const found = /(?:at|to) '(https?:\/\/[^']+)'/.exec(message)?.[1] ?? methodUrl?.[2];
  return {
    tool: 'browser',
    ...(code && { code }),
    message: message.trim(),
    cause: classified?.cause ?? 'other',
    ...(classified?.phase && { phase: classified.phase }),
    ...(found && { url: found }),
    ...(methodUrl && { method: methodUrl[1] }),
    ...(line !== undefined && { line }),
  };
}

/**
 * A browser network error copied from devtools. Chrome follows a CORS refusal with a generic
 * `net::ERR_FAILED` line for the same request: the line that names a cause wins over the generic
 * one, which still lends the method it shows.
 */
export function findBrowserError(lines: readonly TextLine[]): TransportError | undefined {
  const found: TransportError[] = [];
  for (const l of lines) {
    if (BROWSER_CODE.test(l.text) || BROWSER_MESSAGE.test(l.text))
      found.push(browserTransportError(l.text, l.line));
  }
  const best = found.findLast((e) => e.cause !== 'other') ?? found.at(-1);
  if (!best || best.method !== undefined) return best;
  const method = found.find((e) => e.method !== undefined && e.url === best.url)?.method;
  return method ? { ...best, method } : best;
}
