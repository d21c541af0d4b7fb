import type { Exchange, Header, HttpRequest, HttpResponse, TransportError } from '../types';
import { browserTransportError } from './transport/findBrowserError';
import { decodeBase64 } from './decodeBase64';
import { normalizeHttpVersion } from './normalizeHttpVersion';
import { readRecordedEntry } from './readRecordedEntry';
import type { ProblemList } from './ProblemList';

export type HarResult = { kind: 'har'; exchanges: Exchange[] } | { kind: 'not-har' };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Json {
  return isRecord(value) ? value : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function headerList(value: unknown): Header[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((h) => ({ name: text(h['name']), value: text(h['value']) }));
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function responseBody(content: Json, where: string, problems: ProblemList): string {
  const body = text(content['text']);
  if (content['encoding'] !== 'base64') return body;
  const bytes = decodeBase64(body);
  if (bytes === undefined) {
    problems.add('warning', `${where}: the body is marked base64 but is not; it is shown as stored.`);
    return body;
  }
  return utf8.decode(bytes);
}

function toExchange(entry: Json, index: number, problems: ProblemList): Exchange {
  const req = record(entry['request']);
  const res = record(entry['response']);
  const method = text(req['method']);
  const url = text(req['url']);
  const status = typeof res['status'] === 'number' ? res['status'] : Number(res['status'] ?? 0) || 0;
  const where = `Entry ${index + 1} (${method} ${url})`;

  const request: HttpRequest = {
    method,
    target: url,
    httpVersion: normalizeHttpVersion(text(req['httpVersion'])),
    headers: headerList(req['headers']),
    body: text(record(req['postData'])['text']),
  };
  const response: HttpResponse = {
    httpVersion: normalizeHttpVersion(text(res['httpVersion'])),
    status,
    reason: text(res['statusText']),
    headers: headerList(res['headers']),
    body: responseBody(record(res['content']), where, problems),
  };
  const label = `${method} ${url} → ${status}`;
  if (status === 0) {
    const error = text(res['_error']) || text(entry['_error']);
    const cause = error === '' ? '' : ` The browser recorded: ${error}.`;
    problems.add(
      'warning',
      `${where} has status 0: no response reached the browser (blocked, cancelled, refused by CORS or a network failure).${cause}`,
    );
    const transportError: TransportError =
      error === ''
        ? {
            tool: 'browser',
            cause: 'other',
            message: 'The browser recorded no response and no reason for it.',
          }
        : browserTransportError(error);
    return {
      request,
      response,
      label,
      transportError: { ...transportError, url },
      recorded: readRecordedEntry(entry),
    };
  }
  if (response.httpVersion === '') problems.add('info', `${where} does not say which HTTP version was used.`);
  return { request, response, label, recorded: readRecordedEntry(entry) };
}

/**
 * Reads a HAR file (already JSON-parsed): every entry of log.entries becomes an exchange, in file order,
 * with its request and response; base64 bodies are decoded as UTF-8, replacing invalid bytes.
 */
export function parseHar(json: unknown, problems: ProblemList): HarResult {
  const log = isRecord(json) ? json['log'] : undefined;
  const entries = isRecord(log) ? log['entries'] : undefined;
  if (!Array.isArray(entries)) return { kind: 'not-har' };
  const exchanges = entries.filter(isRecord).map((entry, i) => toExchange(entry, i, problems));
  if (exchanges.length === 0) problems.add('warning', 'This HAR file has no entries.');
  return { kind: 'har', exchanges };
}
