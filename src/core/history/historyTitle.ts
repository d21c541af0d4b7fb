import { defaultExchangeIndex } from '../analysis/analyzeInput';
import { requestUrl } from '../diagnose/requestUrl';
import { parseInput } from '../http/parseInput';
import { jsonRootSpan, readObjectMembers } from '../json/readJsonChildren';
import { validateJson } from '../json/validateJson';
import { describeStatus } from '../status/describeStatus';
import type { Exchange } from '../types';

/**
 * Titles for the history list. A title says what a paste was (status, method, host and path, or the
 * first keys of a JSON document) and never shows a secret: no header value, no query string, no
 * user:password@, no value of any JSON member, and path segments that look like tokens are elided.
 */

/** Characters of a title; longer ones end with an ellipsis. */
export const HISTORY_TITLE_MAX_CHARS = 120;
/** Keys of a JSON object named in its title. */
const TITLE_KEYS = 3;
/** A path segment that looks like a credential or an opaque token (long, random-looking). */
const TOKEN_LIKE = /^(?=[^/]*\d)[A-Za-z0-9._~+=%-]{24,}$/;

function clip(text: string): string {
  return text.length > HISTORY_TITLE_MAX_CHARS ? `${text.slice(0, HISTORY_TITLE_MAX_CHARS - 1)}…` : text;
}

/** Host and path of a URL without credentials, query or fragment; token-like segments elided. */
export function safeLocation(url: URL): string {
  const path = url.pathname
    .split('/')
    .map((segment) => (TOKEN_LIKE.test(segment) ? '…' : segment))
    .join('/');
  return `${url.host}${path === '/' ? '' : path}`;
}

function exchangeTitle(exchange: Exchange): string {
  const { status } = exchange.response;
  const name = describeStatus(status).name;
  const head = status === 0 ? name : `${status} ${name}`;
  const request = exchange.request;
  if (!request) return head;
  const url = requestUrl(request)?.url;
  const where = url ? safeLocation(url) : '';
  return `${head} · ${request.method}${where ? ` ${where}` : ''}`;
}

/** "{ id, name, items … }", "[ 3 items ]", or the kind of a scalar; never a value. */
export function titleOfJson(text: string): string {
  if (!validateJson(text, false).ok) return 'Invalid JSON';
  const root = jsonRootSpan(text);
  const first = text.charCodeAt(root.start);
  if (first === 0x7b) {
    const keys = readObjectMembers(text, root).map((m) => m.key);
    if (keys.length === 0) return 'Empty object {}';
    const shown = keys.slice(0, TITLE_KEYS).join(', ');
    return clip(`{ ${shown}${keys.length > TITLE_KEYS ? ', …' : ''} }`);
  }
  if (first === 0x5b) return 'JSON array [ … ]';
  if (first === 0x22) return 'JSON string';
  return 'JSON value';
}

/** What a Diagnose paste was: its (default) exchange, or what kind of text it is. */
export function titleOfResponseInput(text: string): string {
  const parsed = parseInput(text);
  const exchange = parsed.exchanges[defaultExchangeIndex(parsed)];
  if (exchange) {
    const title = exchangeTitle(exchange);
    const more = parsed.kind === 'har' ? ` (HAR, ${parsed.exchanges.length} entries)` : '';
    return clip(`${title}${more}`);
  }
  if (parsed.kind === 'body-only')
    return clip(`Body only: ${titleOfJson(parsed.body ?? '').replace(/^Invalid JSON$/, 'text')}`);
  return parsed.kind === 'empty' ? 'Empty' : 'Unrecognised text';
}

/** Both sides of a comparison, by the names the user gave them when they did. */
export function titleOfComparison(a: string, b: string, names: { a: string; b: string }): string {
  const side = (name: string, fallback: string, text: string) => {
    const title = text.trim() === '' ? 'empty' : titleOfResponseInput(text);
    return name === fallback ? title : `${name}: ${title}`;
  };
  return clip(`${side(names.a, 'A', a)}  ↔  ${side(names.b, 'B', b)}`);
}
