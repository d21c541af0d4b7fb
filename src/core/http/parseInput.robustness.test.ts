import { describe, expect, it } from 'vitest';
import type { ParsedInput } from '../types';
import { parseInput } from './parseInput';

/** mulberry32: a tiny seeded generator, so a failing case can be replayed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  'HTTP/1.1 ',
  'HTTP/2 ',
  '200',
  '404 Not Found',
  '100 Continue',
  '301',
  '\r\n',
  '\n',
  '\r',
  ' ',
  '\t',
  ':',
  'Content-Length: ',
  'Transfer-Encoding: chunked',
  '5',
  '0',
  'ff;x="',
  ';',
  '{',
  '}',
  '[',
  '"log"',
  '"entries"',
  '> GET / HTTP/1.1',
  '< HTTP/1.1 200 OK',
  '< ',
  '* Connected to x',
  '{ [5 bytes data]',
  'curl: (7) no',
  'é',
  '😀',
  '\ud800',
  '\u0000',
  'Set-Cookie: a=1',
  '   ',
  'HEAD / HTTP/1.1',
  'Connection established',
];

function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

function fragments(next: () => number): string {
  return Array.from(
    { length: Math.floor(next() * 60) },
    () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)],
  ).join('');
}

/** Random bytes (as UTF-8 and as Latin-1), HTTP-ish fragments, and fragments after a valid start. */
function randomInput(next: () => number, i: number): string {
  const length = Math.floor(next() * 400);
  switch (i % 5) {
    case 0:
      return new TextDecoder('utf-8', { fatal: false }).decode(randomBytes(next, length));
    case 1:
      return String.fromCharCode(...randomBytes(next, length));
    case 2:
      return fragments(next);
    case 3:
      return `HTTP/1.1 200 OK\r\n${fragments(next)}`;
    default:
      return `> GET / HTTP/1.1\n< HTTP/1.1 200 OK\n${fragments(next)}`;
  }
}

const KINDS = ['raw', 'curl-verbose', 'har', 'body-only', 'no-response', 'empty', 'unrecognized'];
const SEVERITIES = ['error', 'warning', 'info'];

function expectWellFormed(parsed: ParsedInput, input: string): void {
  expect(KINDS).toContain(parsed.kind);
  for (const p of parsed.problems) {
    expect(SEVERITIES).toContain(p.severity);
    expect(p.message.length).toBeGreaterThan(0);
  }
  if (parsed.kind === 'raw' || parsed.kind === 'curl-verbose')
    expect(parsed.exchanges.length).toBeGreaterThan(0);
  if (parsed.kind === 'body-only') expect(parsed.body).toBe(input);
  if (parsed.kind === 'unrecognized') expect(parsed.problems.some((p) => p.severity === 'error')).toBe(true);
  for (const { response } of parsed.exchanges) expect(typeof response.body).toBe('string');
}

describe('parseInput never throws', () => {
  const next = generator(20261124);
  const inputs = Array.from({ length: 300 }, (_, i) => [i, randomInput(next, i)] as const);

  it.each(inputs)('random input #%i', (_i, input) => {
    expectWellFormed(parseInput(input), input);
  });

  it.each([
    ['5 MB of NUL bytes', '\u0000'.repeat(5 * 1024 * 1024)],
    ['lone surrogates', 'HTTP/1.1 200 OK\r\nX: \udc00\r\nContent-Length: 3\r\n\r\n\ud800'],
    ['a status line and NUL bytes', `HTTP/1.1 200 OK\r\n\r\n${'\u0000'.repeat(1000)}`],
    ['a thousand header-less lines', `HTTP/1.1 200 OK\n${'no colon here\n'.repeat(1000)}`],
    ['nothing but lone CRs', `HTTP/1.1 200 OK\r${'a: b\r'.repeat(5000)}`],
    ['deeply nested HAR-like JSON', `{"log":${'['.repeat(100000)}`],
  ])('%s', (_name, input) => {
    expectWellFormed(parseInput(input), input);
  });

  it('handles input that is not a string', () => {
    expect(parseInput(undefined as unknown as string)).toMatchObject({ kind: 'unrecognized', exchanges: [] });
  });

  it('caps the problems of a pathological paste', () => {
    const parsed = parseInput(`HTTP/1.1 200 OK\n${'no colon\n'.repeat(900)}`);
    expect(parsed.problems.length).toBeLessThanOrEqual(51);
    expect(parsed.problems.at(-1)?.message).toContain('more problems');
  });
});

describe('parseInput on a 20 MB body', () => {
  const body = `{"items":[${'{"id":12345,"name":"abcdefghij"},'.repeat(600_000)}{}]}`;

  it.each([
    [
      'with Content-Length',
      `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    ],
    ['without Content-Length', 'HTTP/2 200\ncontent-type: application/json\n\n'],
  ])('keeps the whole body %s', (_name, head) => {
    const parsed = parseInput(head + body);
    expect(parsed.kind).toBe('raw');
    expect(parsed.exchanges[0]?.response.body.length).toBe(body.length);
    expect(parsed.problems).toEqual([]);
  });
});
