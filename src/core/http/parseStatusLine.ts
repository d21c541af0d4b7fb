import type { Severity } from '../types';
import { MAX_STATUS_LINE_LENGTH } from './limits';
import { isOws, trimEndOws, trimOws } from './trimOws';

export interface ParseNote {
  severity: Severity;
  message: string;
}

export type StatusLineResult =
  | { ok: true; httpVersion: string; status: number; reason: string; notes: ParseNote[] }
  | { ok: false; message: string };

/** Protocols llhttp answers to; RTSP and ICE share HTTP/1.1's syntax. */
const KNOWN_PROTOCOLS = new Set(['HTTP', 'RTSP', 'ICE']);
const KNOWN_HTTP_VERSIONS = new Set(['0.9', '1.0', '1.1', '2', '2.0', '3', '3.0']);
/** "Letters/digit": what an attempted status line starts with (HTTP/1.1, HTP/1.1, HTTPER/1.1...). */
const PROTOCOL_LIKE = /^[A-Za-z]{2,10}\/\d/;
const VERSION = /^\d(?:\.\d)?$/;
const STATUS_CODE = /^\d{3}$/;
const PSEUDO_STATUS = ':status:';

function pseudoStatus(line: string): StatusLineResult {
  const code = trimOws(line.slice(PSEUDO_STATUS.length));
  if (!STATUS_CODE.test(code)) {
    return { ok: false, message: `":status" holds "${code}", not a three-digit status code.` };
  }
  const notes: ParseNote[] = [
    { severity: 'info', message: 'The status comes from an HTTP/2 ":status" pseudo-header.' },
  ];
  return { ok: true, httpVersion: 'HTTP/2', status: Number(code), reason: '', notes };
}

/**
 * Reads `HTTP/1.1 404 Not Found` (also HTTP/2 and HTTP/3 without a minor version, with or without a
 * reason phrase) or an HTTP/2 `:status: 404` line. Returns undefined when the line does not even look
 * like a status line, and { ok: false } when it tries to be one and fails, so the caller can say where.
 * The reason phrase keeps leading spaces as written; only trailing spaces are dropped.
 */
export function parseStatusLine(line: string): StatusLineResult | undefined {
  if (line.length > MAX_STATUS_LINE_LENGTH) return undefined;
  if (line.slice(0, PSEUDO_STATUS.length).toLowerCase() === PSEUDO_STATUS) return pseudoStatus(line);
  if (!PROTOCOL_LIKE.test(line) && line.slice(0, 5).toUpperCase() !== 'HTTP/') return undefined;

  const slash = line.indexOf('/');
  const protocol = line.slice(0, slash);
  let i = slash + 1;
  while (i < line.length && !isOws(line.charCodeAt(i))) i++;
  const version = line.slice(slash + 1, i);
  const upper = protocol.toUpperCase();
  if (!KNOWN_PROTOCOLS.has(upper)) {
    return {
      ok: false,
      message: `"${protocol}/" is not a protocol name; a status line starts with "HTTP/".`,
    };
  }
  if (!VERSION.test(version)) {
    return { ok: false, message: `"${protocol}/${version}" is not a valid protocol version.` };
  }

  let j = i;
  while (j < line.length && isOws(line.charCodeAt(j))) j++;
  if (j === line.length) return { ok: false, message: 'The status line has no status code.' };
  let k = j;
  while (k < line.length && !isOws(line.charCodeAt(k))) k++;
  const code = line.slice(j, k);
  if (!STATUS_CODE.test(code)) {
    return { ok: false, message: `"${code}" is not a status code (three digits expected).` };
  }

  const notes: ParseNote[] = [];
  if (line.slice(i, j) !== ' ') {
    notes.push({
      severity: 'warning',
      message: 'The version and the status code should be separated by exactly one space.',
    });
  }
  if (upper !== 'HTTP') {
    notes.push({ severity: 'info', message: `This is an ${protocol} response, read with HTTP rules.` });
  } else if (!KNOWN_HTTP_VERSIONS.has(version)) {
    notes.push({ severity: 'warning', message: `HTTP/${version} is not an HTTP version that exists.` });
  }
  const reason = k < line.length ? trimEndOws(line.slice(k + 1)) : '';
  return { ok: true, httpVersion: `${protocol}/${version}`, status: Number(code), reason, notes };
}
