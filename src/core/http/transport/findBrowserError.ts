import type { TransportError } from '../../types';
import { classifyTransportMessage } from './classifyTransportMessage';
import type { TextLine } from './transportLines';

/** Chrome's `net::ERR_…` and Firefox's `NS_ERROR_…` / `NS_BINDING_ABORTED` network error names. */
const BROWSER_CODE = /\b(net::ERR_[A-Z0-9_]+|NS_ERROR_[A-Z0-9_]+|NS_BINDING_ABORTED)\b/;
/** Console messages of a refused cross-origin request, and fetch()'s catch-all failures. */
const BROWSER_MESSAGE =
  /has been blocked by CORS policy|Cross-Origin Request Blocked|TypeError: (?:Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed)/;

/** The browser's account of a request that got no response, as copied from the console or a HAR. */
export function browserTransportError(message: string, line?: number): TransportError {
  const code = BROWSER_CODE.exec(message)?.[1];
  const classified = classifyTransportMessage(code ?? message) ?? classifyTransportMessage(message);
  const url =
    /(?:at|to) '(https?:\/\/[^']+)'|(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (https?:\/\/\S+)/.exec(
      message,
    );
  const found = url?.[1] ?? url?.[2];
  return {
    tool: 'browser',
    ...(code && { code }),
    message: message.trim(),
    cause: classified?.cause ?? 'other',
    ...(classified?.phase && { phase: classified.phase }),
    ...(found && { url: found }),
    ...(line !== undefined && { line }),
  };
}

/** A browser network error copied from devtools: the last line naming one. */
export function findBrowserError(lines: readonly TextLine[]): TransportError | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l && (BROWSER_CODE.test(l.text) || BROWSER_MESSAGE.test(l.text)))
      return browserTransportError(l.text, l.line);
  }
  return undefined;
}
