/**
 * The llhttp and http-parser response suites (tests/fixtures/http-responses, MIT): every case, read
 * byte-exact and decoded as a paste would be.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedInput } from '../types';
import { parseInput } from './parseInput';

interface ExpectedResponse {
  status: number | null;
  reason: string | null;
  headers: Array<[string, string]>;
  body: string;
  valid: boolean;
}

interface CorpusCase {
  id: string;
  rawFile: string;
  expect: ExpectedResponse;
  malformed: boolean;
  lenientOnly: boolean;
  details: { pipelined?: Array<Omit<ExpectedResponse, 'valid'>> };
}

const DIR = new URL('../../../tests/fixtures/http-responses/', import.meta.url);
const CASES: CorpusCase[] = JSON.parse(readFileSync(new URL('cases.json', DIR), 'utf8'));

/** As a paste arrives: UTF-8, or Latin-1 for bytes that are not UTF-8. */
function readCase(c: CorpusCase): string {
  const bytes = readFileSync(new URL(c.rawFile, DIR));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function caseById(id: string): CorpusCase {
  const found = CASES.find((c) => c.id === id);
  if (!found) throw new Error(`No corpus case ${id}`);
  return found;
}

function first(parsed: ParsedInput) {
  const response = parsed.exchanges[0]?.response;
  return (
    response && {
      status: response.status,
      reason: response.reason,
      headers: response.headers.map((h) => [h.name, h.value]),
      body: response.body,
    }
  );
}

function expected(e: Omit<ExpectedResponse, 'valid'>) {
  return { status: e.status, reason: e.reason, headers: e.headers, body: e.body };
}

/**
 * Cases a paste tool answers differently on purpose; each is still checked for what Triage does.
 */
const EXCEPTIONS: Record<string, { reason: string; check: (parsed: ParsedInput) => void }> = {
  'llhttp/connection:195': {
    reason:
      'The body is never cut at Content-Length (5 bytes) when no response follows: the whole text stays, with a warning.',
    check: (parsed) => {
      expect(first(parsed)?.body).toBe('2ad731e3-4dcd-4f70-b871-0ad284b29ffc');
      expect(parsed.problems[0]?.message).toContain('Content-Length says 5 bytes but the body has 36 bytes');
    },
  },
  'llhttp/transfer-encoding:391': {
    reason: 'Folded header lines are joined with one space (RFC 9112 §5.2), not with the folding whitespace.',
    check: (parsed) => {
      expect(first(parsed)?.headers).toEqual([['Transfer-Encoding', 'chunked abc']]);
      expect(first(parsed)?.body).toBe('5\r\nWorld\r\n0\r\n\r\n');
    },
  },
  'http-parser/test.c:responses[23]': {
    reason:
      'After a 101, bytes belong to the new protocol: no body (as llhttp/connection:295 says for the same bytes).',
    check: (parsed) => {
      expect(first(parsed)?.body).toBe('');
      expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'info' })]);
    },
  },
  'http-parser/test.c:responses[24]': {
    reason:
      'After a 101, bytes belong to the new protocol: no body (as llhttp/connection:333 says for the same bytes).',
    check: (parsed) => {
      expect(first(parsed)?.body).toBe('');
      expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'info' })]);
    },
  },
};

/**
 * Malformed for strict llhttp, read without complaint on purpose: a paste tool takes what a user
 * would paste. Each is checked against the expectation of its lenient twin.
 */
const LENIENT_ON_PURPOSE: Record<
  string,
  { reason: string; status: number; headers: Array<[string, string]> }
> = {
  'llhttp/connection:166': {
    reason:
      'A second response after `Connection: close` is a normal curl -iL timeline (hops on new connections).',
    status: 204,
    headers: [['Connection', 'close']],
  },
  'llhttp/invalid:289': {
    reason: 'LF-only line ends: browsers normalise pasted text to LF.',
    status: 200,
    headers: [['Content-Length', '0']],
  },
  'llhttp/invalid:329': {
    reason: 'LF-only line ends: browsers normalise pasted text to LF.',
    status: 200,
    headers: [
      ['Foo', 'abc'],
      ['Bar', 'def'],
    ],
  },
  'llhttp/sample:332': {
    reason: 'LF-only line ends: browsers normalise pasted text to LF.',
    status: 200,
    headers: [
      ['Content-Type', 'text/html; charset=utf-8'],
      ['Connection', 'close'],
    ],
  },
};

const accepted = CASES.filter((c) => (!c.malformed || c.lenientOnly) && !(c.id in EXCEPTIONS));
const rejected = CASES.filter((c) => c.malformed && !c.lenientOnly && !(c.id in LENIENT_ON_PURPOSE));

describe('http-responses corpus', () => {
  it('holds every case', () => {
    expect(CASES).toHaveLength(102);
    expect(
      accepted.length +
        rejected.length +
        Object.keys(EXCEPTIONS).length +
        Object.keys(LENIENT_ON_PURPOSE).length,
    ).toBe(102);
  });

  it.each(accepted.map((c) => [c.id, c] as const))('%s: the first response is as expected', (_id, c) => {
    const parsed = parseInput(readCase(c));
    expect(first(parsed)).toEqual(expected(c.expect));
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  const pipelined = CASES.flatMap((c) =>
    (c.details.pipelined ?? []).flatMap((next, i) =>
      next.status === null ? [] : [[`${c.id} #${i + 2}`, c, i + 1, next] as const],
    ),
  );
  it.each(pipelined)('%s: the following response is as expected', (_id, c, index, next) => {
    const response = parseInput(readCase(c)).exchanges[index]?.response;
    expect(
      response && {
        status: response.status,
        reason: response.reason,
        headers: response.headers.map((h) => [h.name, h.value]),
        body: response.body,
      },
    ).toEqual(expected(next));
  });

  it.each(rejected.map((c) => [c.id, c] as const))('%s: malformed, and a problem says so', (_id, c) => {
    const parsed = parseInput(readCase(c));
    const problems = parsed.problems.filter((p) => p.severity !== 'info');
    expect(problems.length).toBeGreaterThan(0);
    if (parsed.kind === 'unrecognized') {
      expect(problems[0]).toMatchObject({ severity: 'error', line: 1 });
    } else {
      expect(parsed.kind).toBe('raw');
      expect(problems.every((p) => p.severity === 'warning' && p.line !== undefined)).toBe(true);
    }
  });

  it.each(Object.entries(EXCEPTIONS))('%s: an explicit exception', (id, exception) => {
    exception.check(parseInput(readCase(caseById(id))));
  });

  it.each(Object.entries(LENIENT_ON_PURPOSE))('%s: read leniently on purpose', (id, lenient) => {
    const parsed = parseInput(readCase(caseById(id)));
    expect(parsed.problems).toEqual([]);
    expect(first(parsed)).toMatchObject({ status: lenient.status, headers: lenient.headers });
  });
});
