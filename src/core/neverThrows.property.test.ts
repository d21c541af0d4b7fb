import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../test/propertyRuns';
import {
  analyzeInput,
  analyzeSession,
  diagnose,
  formatDiagnosisMarkdown,
  formatDiagnosisReport,
  formatSessionMarkdown,
  parseInput,
  sanitizeHar,
} from '.';

/**
 * The Diagnose path on any text (fast-check): parseInput, diagnose, both reports and the session
 * analysis answer and never throw, on random bytes and on real responses (the llhttp and http-parser
 * suites, HAR exports, terminal pastes) broken the ways pastes break: flipped bytes, cut short,
 * stretches repeated, headers injected.
 */

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url);
const NOW = new Date('2026-01-01T00:00:00Z');

/** Reads a fixture as a paste arrives: UTF-8, or Latin-1 for bytes that are not UTF-8. */
function readPaste(url: URL): string {
  const bytes = readFileSync(url);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

const filesIn = (dir: string, suffix: string): string[] =>
  readdirSync(new URL(dir, FIXTURES))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => readPaste(new URL(`${dir}${name}`, FIXTURES)));

/** Real input: every raw response of both parser suites, every terminal paste, the small HAR exports. */
const CORPUS = [
  ...filesIn('http-responses/raw/', '.http'),
  ...filesIn('transcripts/', '.txt'),
  ...filesIn('har/harviewer/', '.har'),
  ...filesIn('har/mitmproxy/', '.har'),
  readPaste(new URL('session/chrome-api-session.har', FIXTURES)),
  readPaste(new URL('session/firefox-staging-session.har', FIXTURES)),
];

/** Header lines that steer the diagnosis into its many branches, some of them malformed. */
const INJECTED_HEADERS = [
  'Content-Length: 99999',
  'Content-Length: -1',
  'Content-Length: 5, 6',
  'Transfer-Encoding: chunked',
  'Transfer-Encoding: gzip, chunked',
  'Content-Type: application/json',
  'Content-Type: application/problem+json; charset=utf-16',
  'Content-Encoding: br',
  'Retry-After: 120',
  'Retry-After: Wed, 21 Oct 2015 07:28:00 GMT',
  'Retry-After: -5',
  'RateLimit: "default";r=0;t=30',
  'RateLimit-Policy: "default";q=100;w=60',
  'RateLimit: ;;;=',
  'X-RateLimit-Reset: 99999999999999',
  'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="expired"',
  'WWW-Authenticate: ,,,"',
  'Set-Cookie: sid=1; SameSite=None',
  'Location: javascript:alert(1)',
  'Location: //evil.example/%zz',
  'Allow: GET, , POST',
  'Cache-Control: max-age=-1, no-store="',
  'Access-Control-Allow-Origin: *',
  'Access-Control-Allow-Credentials: true',
  'Deprecation: @1688169599',
  'Sunset: not a date',
  'Content-Range: bytes 5-1/0',
  'Link: <https://a.example/next>; rel="next',
  ': no name',
  'X-Folded: a\r\n  continued',
  'Authorization: Bearer eyJhbGciOiJub25lIn0.eyJleHAiOjF9.',
];

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'inject'; at: number; header: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('inject' as const),
    at: fc.nat(),
    header: fc.constantFrom(...INJECTED_HEADERS),
  }),
);

/** The text with one mutation applied; headers go in at a line start (or where the text breaks). */
function apply(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  switch (m.kind) {
    case 'flip':
      return text.slice(0, at) + String.fromCharCode(m.byte) + text.slice(at + 1);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
    case 'inject': {
      const lineStart = text.indexOf('\n', at) + 1;
      const where = lineStart > 0 ? lineStart : text.length;
      const ending = text.includes('\r\n') ? '\r\n' : '\n';
      return `${text.slice(0, where)}${m.header}${ending}${text.slice(where)}`;
    }
  }
}

const mutatedCorpus = fc
  .tuple(fc.constantFrom(...CORPUS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, mutations]) => mutations.reduce(apply, text));

/** Random bytes as a paste would decode them: UTF-8 (invalid sequences replaced) or Latin-1. */
const randomPaste = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  // A response head before random bytes, so the header and body paths see them too.
  fc
    .tuple(
      fc.constantFrom('HTTP/1.1 429 Too Many Requests\r\n', 'HTTP/2 401\n', '< HTTP/1.1 500 Oops\n'),
      fc.string(),
    )
    .map(([head, rest]) => head + rest),
);

/** Everything the Diagnose screen and its exports compute for a paste; throws what any step throws. */
function diagnoseEverything(text: string): void {
  const parsed = parseInput(text);
  for (const exchange of parsed.exchanges) diagnose(exchange, { now: NOW });
  const analysis = analyzeInput(text, { now: NOW });
  formatDiagnosisReport(analysis);
  formatDiagnosisMarkdown(analysis);
  if (parsed.kind === 'har') {
    formatSessionMarkdown(analyzeSession(parsed, { now: NOW }));
    sanitizeHar(text);
  }
}

describe('the Diagnose path never throws', () => {
  it('reads every corpus file as it is', () => {
    expect(CORPUS.length).toBeGreaterThan(150);
    for (const text of CORPUS) expect(() => diagnoseEverything(text)).not.toThrow();
  });

  it('on random bytes', () => {
    fc.assert(
      fc.property(randomPaste, (text) => {
        diagnoseEverything(text);
      }),
      propertyRuns(300),
    );
  });

  it('on corpus responses with flipped bytes, cut short, stretches repeated and headers injected', () => {
    fc.assert(
      fc.property(mutatedCorpus, (text) => {
        diagnoseEverything(text);
      }),
      propertyRuns(150),
    );
  });
});
