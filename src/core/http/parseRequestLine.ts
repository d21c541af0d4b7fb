import { MAX_REQUEST_LINE_LENGTH } from './limits';
import { isOws } from './trimOws';

export interface RequestLine {
  method: string;
  target: string;
  httpVersion: string;
}

const METHOD = /^[A-Za-z][A-Za-z0-9_-]*$/;
const HTTP_VERSION = /^HTTP\/\d(?:\.\d)?$/;

/** `GET /path HTTP/1.1` (or HTTP/2 as curl -v prints it); undefined for anything else. */
export function parseRequestLine(line: string): RequestLine | undefined {
  if (line.length > MAX_REQUEST_LINE_LENGTH) return undefined;
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isOws(line.charCodeAt(i))) i++;
    const start = i;
    while (i < line.length && !isOws(line.charCodeAt(i))) i++;
    if (i > start) words.push(line.slice(start, i));
  }
  const [method, target, httpVersion] = words;
  if (words.length !== 3 || method === undefined || target === undefined || httpVersion === undefined) {
    return undefined;
  }
  if (!METHOD.test(method) || !HTTP_VERSION.test(httpVersion)) return undefined;
  return { method, target, httpVersion };
}
