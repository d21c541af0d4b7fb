/**
 * Hostile and huge inputs for every core entry point (test and bench support): long repeated words,
 * deep nesting, huge header counts, tens of thousands of entries. `npm run bench` runs each at n and
 * 4n and prints the ratio; the hostile tests run them at sizes where a quadratic step would outlast
 * the test timeout.
 */
import { chromeEntry, chromeHar } from '../../tests/fixtures/session/harEntries';
import {
  analyzeInput,
  analyzeSession,
  checkJson,
  compareInputs,
  diagnose,
  diffToJsonPatch,
  findMatches,
  formatComparisonMarkdown,
  formatComparisonReport,
  formatDiagnosisMarkdown,
  formatDiagnosisReport,
  formatJson,
  formatSessionMarkdown,
  isSecretBodyValue,
  jsonOutline,
  jsonPathAt,
  jsonStructure,
  locateJsonPath,
  maskSecretMembers,
  minifyJson,
  parseInput,
  sanitizeHar,
  suggestRepair,
  titleOfComparison,
  titleOfJson,
  titleOfResponseInput,
} from '../core';

export interface HostileCase {
  name: string;
  /** The bench's base size. */
  n: number;
  /**
   * The hostile test runs the case at n × this (16 unless set): where a linear step takes a moment and
   * a quadratic one, 256 times the bench's time, outlasts the test timeout.
   */
  testScale?: number;
  make: (n: number) => string;
  run: (input: string) => unknown;
}

const response = (headers: string, body = '', status = '500 Internal Server Error'): string =>
  `HTTP/1.1 ${status}\r\n${headers}${headers ? '\r\n' : ''}Content-Length: ${body.length}\r\n\r\n${body}`;
const jsonResponse = (body: string, status?: string): string =>
  response('Content-Type: application/json', body, status);
const lines = (n: number, line: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => line(i)).join('\r\n');

/** A HAR file as Chrome writes it (chromeHar), but without the indentation: entries, not bytes. */
const compactHar = (entries: Record<string, unknown>[]): string =>
  JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries } });

/** Makers of hostile texts by size (characters or items). */
export const HOSTILE = {
  repeatedWord: (n: number) => 'token '.repeat(Math.ceil(n / 6)),
  oneLongWord: (n: number) => 'token'.repeat(Math.ceil(n / 5)),
  openBrackets: (n: number) => '['.repeat(n),
  nestedArrays: (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`,
  nestedErrors: (n: number) => `${'{"error":'.repeat(n)}"deep"${'}'.repeat(n)}`,
  nestedObjects: (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`,
  headers: (n: number) => response(lines(n, (i) => `X-Header-${i}: value ${i}`)),
  setCookies: (n: number) => response(lines(n, (i) => `Set-Cookie: c${i}=v; Path=/; SameSite=None`)),
  challenges: (n: number) =>
    response(
      lines(n, () => 'WWW-Authenticate: Bearer realm="a", error="invalid_token"'),
      '',
      '401 Unauthorized',
    ),
  longChallenge: (n: number) =>
    response(`WWW-Authenticate: ${'Bearer a="b", '.repeat(Math.ceil(n / 15))}`, '', '401 Unauthorized'),
  rateLimits: (n: number) =>
    response(
      lines(n, (i) => `RateLimit: "p${i}";r=0;t=30\r\nRateLimit-Policy: "p${i}";q=100;w=60`),
      '',
      '429 Too Many Requests',
    ),
  longRateLimit: (n: number) =>
    response(`RateLimit: ${'"p";r=0;t=30, '.repeat(Math.ceil(n / 15))}`, '', '429 Too Many Requests'),
  longCacheControl: (n: number) =>
    response(`Cache-Control: ${'no-cache, max-age=5, '.repeat(Math.ceil(n / 21))}`, '', '200 OK'),
  longAllow: (n: number) =>
    response(`Allow: ${'GET, '.repeat(Math.ceil(n / 5))}`, '', '405 Method Not Allowed'),
  longLink: (n: number) =>
    response(`Link: ${'<https://a.io/x>; rel="next", '.repeat(Math.ceil(n / 31))}`, '', '200 OK'),
  secretBody: (n: number) => jsonResponse(`{"message":"${'token '.repeat(Math.ceil(n / 6))}"}`),
  errorList: (n: number) =>
    jsonResponse(
      `{"errors":[${Array.from({ length: n }, (_, i) => `{"field":"f${i}","message":"bad"}`).join(',')}]}`,
      '422 Unprocessable Content',
    ),
  nestedErrorBody: (n: number) => jsonResponse(HOSTILE.nestedErrors(n)),
  nestedArrayBody: (n: number) => jsonResponse(HOSTILE.nestedArrays(n)),
  htmlTags: (n: number) =>
    response('Content-Type: text/html', '<div>'.repeat(Math.ceil(n / 5)), '502 Bad Gateway'),
  curlVerbose: (n: number) =>
    `* Connected\n> GET / HTTP/1.1\n${Array.from({ length: n }, (_, i) => `> X-${i}: v`).join('\n')}\n>\n< HTTP/1.1 500 Oops\n${Array.from({ length: n }, (_, i) => `< Y-${i}: v`).join('\n')}\n<\n`,
  continues: (n: number) => `${'HTTP/1.1 100 Continue\r\n\r\n'.repeat(n)}HTTP/1.1 200 OK\r\n\r\n`,
  redirects: (n: number) =>
    `${'HTTP/1.1 302 Found\r\nLocation: /next\r\n\r\n'.repeat(n)}HTTP/1.1 200 OK\r\n\r\n`,
  prompts: (n: number) => `${'$ curl -i https://a.io\n'.repeat(n)}HTTP/1.1 200 OK\n\n`,
  longCommand: (n: number) =>
    `$ curl ${"-H 'X-Token: abc' ".repeat(Math.ceil(n / 18))}https://a.io\nHTTP/1.1 200 OK\n\n`,
  chunks: (n: number) =>
    `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${'1\r\na\r\n'.repeat(n)}0\r\n\r\n`,
  promptLine: (n: number) => `user@host:~/dir$ curl -H 'a: b' ${'x'.repeat(n)}\nHTTP/1.1 200 OK\n\n`,
  openQuote: (n: number) => `$ curl -d '${'a \\\n'.repeat(Math.ceil(n / 4))}\nHTTP/1.1 200 OK\n\n`,
  manyWords: (n: number) => `$ http POST a.io ${'k=v '.repeat(Math.ceil(n / 4))}\nHTTP/1.1 200 OK\n\n`,
  quotedWords: (n: number) =>
    `$ curl ${'"a\\"b" '.repeat(Math.ceil(n / 7))}https://a.io\nHTTP/1.1 200 OK\n\n`,
  lineBreaks: (n: number) => '\n'.repeat(n),
  carriageReturns: (n: number) => '\r'.repeat(n),
  wget: (n: number) => `--2024-01-01--  https://a.io/\n${'  X-H: v\n'.repeat(n)}`,
  /**
   * n Chrome entries (429s with Retry-After, redirects, secrets in URLs, headers and bodies), written
   * compactly and without initiator stacks: what grows is the entry count, not the bytes per entry.
   */
  harEntries: (n: number) =>
    compactHar(
      Array.from({ length: n }, (_, i) =>
        chromeEntry({
          at: new Date(Date.UTC(2026, 2, 24, 10) + i * 50).toISOString(),
          url: `https://api.example.com/v1/things?page=${i % 5}&api_key=k${i}`,
          status: i % 3 === 0 ? 429 : i % 7 === 0 ? 302 : 200,
          responseHeaders: [
            ['retry-after', '30'],
            ['content-type', 'application/json'],
            ...(i % 7 === 0
              ? ([['location', 'https://api.example.com/v1/things?page=0']] as [string, string][])
              : []),
          ],
          requestHeaders: [['authorization', 'Bearer abc.def.ghi']],
          body: '{"token":"secret","id":1}',
          initiator: { type: 'script' },
        }),
      ),
    ),
  harHeaders: (n: number) =>
    chromeHar(
      [
        chromeEntry({
          at: '2026-03-24T10:00:00.000Z',
          url: 'https://api.example.com/',
          status: 500,
          responseHeaders: Array.from({ length: n }, (_, i) => [`x-h${i}`, 'v'] as [string, string]),
        }),
      ],
      { at: '2026-03-24T10:00:00.000Z', url: 'https://app.example.com/' },
    ),
  harBody: (body: string) =>
    chromeHar(
      [
        chromeEntry({
          at: '2026-03-24T10:00:00.000Z',
          url: 'https://api.example.com/',
          status: 200,
          body,
          mimeType: 'application/json',
        }),
      ],
      { at: '2026-03-24T10:00:00.000Z', url: 'https://app.example.com/' },
    ),
  jsonArray: (n: number) =>
    `[${Array.from({ length: n }, (_, i) => `{"id":${i},"name":"n${i}"}`).join(',')}]`,
  jsonKeys: (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`,
  textLines: (n: number, seed = 0) =>
    Array.from({ length: n }, (_, i) => `line ${(i * 7919 + seed) % n}`).join('\n'),
};

const diagnoseText = (text: string) => {
  const exchange = parseInput(text).exchanges.at(-1);
  return exchange ? diagnose(exchange, { now: new Date('2026-01-01T00:00:00Z') }) : undefined;
};
const reports = (text: string) => {
  const analysis = analyzeInput(text, { now: new Date('2026-01-01T00:00:00Z') });
  return [formatDiagnosisReport(analysis), formatDiagnosisMarkdown(analysis)];
};
const SIDES = { a: 'staging', b: 'production' };
const compareTexts = (a: string, b: string) => {
  const compared = compareInputs(a, b);
  return [
    formatComparisonReport(compared.diff, SIDES),
    formatComparisonMarkdown(compared.diff, SIDES),
    diffToJsonPatch(compared.diff),
  ];
};
const structureOf = (text: string) => {
  const structure = jsonStructure(text);
  jsonOutline(text, structure);
  jsonPathAt(text, structure, text.length - 2);
  return locateJsonPath(text, structure, [99_999]);
};

/**
 * The hostile cases by area. The hostile tests run one file per area (src/core/hostileInputs.*.test.ts),
 * so that the test workers share them out; `npm run bench` runs them all (HOSTILE_CASES).
 */
export const HOSTILE_CASE_GROUPS = {
  reports: [
    // Secret masking and the reports that use it.
    {
      name: 'isSecretBodyValue: repeated "token"',
      n: 50_000,
      make: (n) => `"${HOSTILE.repeatedWord(n)}"`,
      run: (s) => isSecretBodyValue('/a', s),
    },
    {
      name: 'maskSecretMembers: repeated "token"',
      n: 50_000,
      make: (n) => `{"${HOSTILE.oneLongWord(n)}`,
      run: maskSecretMembers,
    },
    {
      name: 'reports: a cookie option of a long name without "="',
      n: 50_000,
      make: (n) => `$ curl -b '${'A'.repeat(n)}; a=b' https://a.io\nHTTP/1.1 200 OK\n\n`,
      run: reports,
    },
    {
      name: 'reports: an Authorization header of spaces',
      n: 50_000,
      make: (n) => `$ curl -H "Authorization:${' '.repeat(n)}-x" https://a.io\nHTTP/1.1 200 OK\n\n`,
      run: reports,
    },
    { name: 'reports: a body of repeated "token"', n: 50_000, make: HOSTILE.secretBody, run: reports },
    { name: 'reports: many headers', n: 20_000, make: HOSTILE.headers, run: reports },
    { name: 'reports: a long command', n: 50_000, make: HOSTILE.longCommand, run: reports },
    // Markdown building blocks, on text full of what they escape.
    {
      name: 'Markdown: escaped headers and body',
      n: 20_000,
      make: (n) => response(`X-Md: ${'`*_[]<>|~\\'.repeat(Math.ceil(n / 11))}`, '```'.repeat(n)),
      run: reports,
    },
    // History titles.
    { name: 'history titles: many headers', n: 20_000, make: HOSTILE.headers, run: titleOfResponseInput },
    { name: 'history titles: nested objects', n: 20_000, make: HOSTILE.nestedObjects, run: titleOfJson },
    {
      name: 'history titles: compare many items',
      n: 20_000,
      make: HOSTILE.jsonArray,
      run: (s) => titleOfComparison(s, s, { a: 'A', b: 'B' }),
    },
  ],
  parsing: [
    // Parsing every input form.
    // Regexes that once backtracked quadratically on a long run of one character (regexBacktracking.test.ts).
    {
      name: 'parseInput: a command, a long run of spaces, then a word',
      n: 50_000,
      make: (n) => `$ curl -i https://a.io${' '.repeat(n)}x\nHTTP/1.1 200 OK\n\n`,
      run: parseInput,
    },
    {
      name: 'parseInput: a transcript ending in a long run of spaces, then a word',
      n: 50_000,
      make: (n) => `$ curl -i https://a.io\nHTTP/1.1 200 OK\n\n${' '.repeat(n)}x`,
      run: parseInput,
    },
    {
      name: 'parseInput: wget output with a long line of "HTTP"',
      n: 50_000,
      make: (n) => `--2024-01-01 10:00:00--  https://a.io/\n${'HTTP'.repeat(Math.ceil(n / 4))}\n`,
      run: parseInput,
    },
    {
      name: 'parseInput: wget output, a long run of spaces after the request',
      n: 50_000,
      make: (n) =>
        `--2024-01-01 10:00:00--  https://a.io/\nHTTP request sent, awaiting response... \n${' '.repeat(n)}x\n`,
      run: parseInput,
    },
    { name: 'parseInput: many headers', n: 20_000, make: HOSTILE.headers, run: parseInput },
    { name: 'parseInput: curl -v with many lines', n: 10_000, make: HOSTILE.curlVerbose, run: parseInput },
    { name: 'parseInput: many 100 Continue', n: 5_000, make: HOSTILE.continues, run: parseInput },
    { name: 'parseInput: many redirects', n: 5_000, make: HOSTILE.redirects, run: parseInput },
    { name: 'parseInput: many prompt lines', n: 5_000, make: HOSTILE.prompts, run: parseInput },
    { name: 'parseInput: a long command', n: 50_000, make: HOSTILE.longCommand, run: parseInput },
    { name: 'parseInput: a prompt line 1 MB long', n: 200_000, make: HOSTILE.promptLine, run: parseInput },
    { name: 'parseInput: a quote left open', n: 50_000, make: HOSTILE.openQuote, run: parseInput },
    { name: 'parseInput: a command of many items', n: 50_000, make: HOSTILE.manyWords, run: parseInput },
    {
      name: 'parseInput: a command of escaped quotes',
      n: 50_000,
      make: HOSTILE.quotedWords,
      run: parseInput,
    },
    { name: 'parseInput: many chunks', n: 20_000, make: HOSTILE.chunks, run: parseInput },
    { name: 'parseInput: line breaks only', n: 200_000, make: HOSTILE.lineBreaks, run: parseInput },
    { name: 'parseInput: carriage returns only', n: 200_000, make: HOSTILE.carriageReturns, run: parseInput },
    { name: 'parseInput: wget headers', n: 10_000, make: HOSTILE.wget, run: parseInput },
    { name: 'parseInput: one long word', n: 200_000, make: HOSTILE.oneLongWord, run: parseInput },
    { name: 'parseInput: open brackets', n: 100_000, make: HOSTILE.openBrackets, run: parseInput },
  ],
  diagnosis: [
    // Diagnosis.
    {
      name: 'diagnose: a Link header of "<" on a deprecated endpoint',
      n: 50_000,
      make: (n) => response(`Deprecation: @1688169599\r\nLink: ${'<'.repeat(n)}`),
      run: diagnoseText,
    },
    {
      name: 'diagnose: a curl -v note of a long run of spaces',
      n: 50_000,
      make: (n) => `$ curl -v https://a.io\n* Host a.io:443 was resolved.\n*${' '.repeat(n)}a\n`,
      run: analyzeInput,
    },
    {
      name: 'diagnose: a Node error line with a long run of spaces',
      n: 50_000,
      make: (n) => `$ node fetch.js\nError: connect ECONNREFUSED 127.0.0.1:5001${' '.repeat(n)}x\n`,
      run: analyzeInput,
    },
    { name: 'diagnose: many headers', n: 20_000, make: HOSTILE.headers, run: diagnoseText },
    { name: 'diagnose: many Set-Cookie', n: 5_000, make: HOSTILE.setCookies, run: diagnoseText },
    { name: 'diagnose: many challenges', n: 5_000, make: HOSTILE.challenges, run: diagnoseText },
    { name: 'diagnose: one long challenge', n: 50_000, make: HOSTILE.longChallenge, run: diagnoseText },
    { name: 'diagnose: many RateLimit fields', n: 5_000, make: HOSTILE.rateLimits, run: diagnoseText },
    { name: 'diagnose: one long RateLimit', n: 50_000, make: HOSTILE.longRateLimit, run: diagnoseText },
    { name: 'diagnose: long Cache-Control', n: 50_000, make: HOSTILE.longCacheControl, run: diagnoseText },
    { name: 'diagnose: long Allow', n: 50_000, make: HOSTILE.longAllow, run: diagnoseText },
    { name: 'diagnose: long Link', n: 50_000, make: HOSTILE.longLink, run: diagnoseText },
    { name: 'diagnose: many field errors', n: 5_000, make: HOSTILE.errorList, run: diagnoseText },
    { name: 'diagnose: nested {"error":', n: 2_000, make: HOSTILE.nestedErrorBody, run: diagnoseText },
    { name: 'diagnose: HTML of many tags', n: 100_000, make: HOSTILE.htmlTags, run: diagnoseText },
    {
      // A host name with a stray quote from the shell (tests/fixtures/transcripts/024): its check once
      // backtracked exponentially in the name's length.
      name: 'diagnose: an unresolved host name ending in a stray quote',
      n: 500,
      make: (n) => `curl: (6) Could not resolve host: ${'connect-'.repeat(n)}dev.example.com"`,
      run: diagnoseText,
    },
    {
      name: 'analyzeInput: nested {"error":',
      n: 2_000,
      make: HOSTILE.nestedErrorBody,
      run: (s) => analyzeInput(s),
    },
    {
      name: 'analyzeInput: nested arrays',
      n: 2_000,
      make: HOSTILE.nestedArrayBody,
      run: (s) => analyzeInput(s),
    },
  ],
  json: [
    // JSON.
    { name: 'checkJson: nested arrays', n: 50_000, make: HOSTILE.nestedArrays, run: checkJson },
    { name: 'formatJson: nested arrays', n: 2_000, make: HOSTILE.nestedArrays, run: (s) => formatJson(s) },
    {
      name: 'formatJson: nested objects',
      n: 2_000,
      make: HOSTILE.nestedObjects,
      run: (s) => formatJson(s, { sortKeys: true }),
    },
    { name: 'minifyJson: nested arrays', n: 50_000, make: HOSTILE.nestedArrays, run: minifyJson },
    { name: 'suggestRepair: open brackets', n: 2_000, make: HOSTILE.openBrackets, run: suggestRepair },
    {
      name: 'suggestRepair: a cut-off array',
      n: 5_000,
      make: (n) => HOSTILE.jsonArray(n).slice(0, -30),
      run: suggestRepair,
    },
    // Navigation.
    {
      name: 'structure, outline, path: nested arrays',
      n: 50_000,
      make: HOSTILE.nestedArrays,
      run: structureOf,
    },
    { name: 'structure, outline, path: many keys', n: 20_000, make: HOSTILE.jsonKeys, run: structureOf },
    { name: 'structure, outline, path: many items', n: 20_000, make: HOSTILE.jsonArray, run: structureOf },
    {
      name: 'findMatches: repeated word',
      n: 200_000,
      make: HOSTILE.repeatedWord,
      run: (s) => findMatches(s, { text: 'token', regex: false, caseSensitive: false }),
    },
    {
      name: 'findMatches: an empty-matching regex',
      n: 200_000,
      make: HOSTILE.repeatedWord,
      run: (s) => findMatches(s, { text: 'x*', regex: true, caseSensitive: true }),
    },
    {
      name: 'findMatches: line starts',
      n: 200_000,
      make: HOSTILE.lineBreaks,
      run: (s) => findMatches(s, { text: '^', regex: true, caseSensitive: true }),
    },
    {
      name: 'findMatches: a regex on one long word',
      n: 200_000,
      make: HOSTILE.oneLongWord,
      run: (s) => findMatches(s, { text: 't\\w*n', regex: true, caseSensitive: true }),
    },
  ],
  comparison: [
    // Comparison.
    {
      name: 'compare: a changed value of a long run of spaces',
      n: 50_000,
      make: (n) => `{"a":"${' '.repeat(n)}x"}`,
      run: (s) => compareTexts(s, '{"a":"y"}'),
    },
    {
      name: 'compare: many items, reversed',
      n: 5_000,
      make: HOSTILE.jsonArray,
      run: (s) => compareTexts(s, `[${s.slice(1, -1).split('},{').reverse().join('},{')}]`),
    },
    {
      name: 'compare: nested arrays differing at the bottom',
      n: 2_000,
      make: HOSTILE.nestedArrays,
      run: (s) => compareTexts(s, s.replace('[]', '[1]')),
    },
    {
      name: 'compare: text lines all moved',
      n: 5_000,
      make: (n) => HOSTILE.textLines(n),
      run: (s) => compareTexts(s, HOSTILE.textLines(s.split('\n').length, 1)),
    },
    {
      name: 'compare: one long string differing everywhere',
      n: 20_000,
      make: (n) => JSON.stringify(['ab'.repeat(n)]),
      run: (s) => compareTexts(s, s.replace(/ab/g, 'ba')),
    },
    {
      name: 'compare: identical items, one inserted',
      n: 5_000,
      make: (n) => `[${'{"a":1},'.repeat(n)}0]`,
      run: (s) => compareTexts(s, `[0,${s.slice(1)}`),
    },
    {
      name: 'compare: keyed items sharing one key',
      n: 5_000,
      make: (n) => `[${'{"id":1,"v":2},'.repeat(n)}0]`,
      run: (s) => compareTexts(s, s.replace(/"v":2/g, '"v":3')),
    },
    {
      name: 'compare: numbers shuffled',
      n: 20_000,
      make: (n) => `[${Array.from({ length: n }, (_, i) => (i * 7919) % n).join(',')}]`,
      run: (s) => compareTexts(s, `[${s.slice(1, -1).split(',').sort().join(',')}]`),
    },
    {
      name: 'compare: nested objects differing at every level',
      n: 2_000,
      make: HOSTILE.nestedObjects,
      run: (s) => compareTexts(s, s.replace(/"a"/g, '"b"')),
    },
    {
      name: 'compare: many headers',
      n: 5_000,
      make: HOSTILE.headers,
      run: (s) => compareTexts(s, s.replace(/value/g, 'other')),
    },
  ],
  sessions: [
    // Sessions.
    {
      name: 'analyzeSession: many entries',
      n: 2_000,
      make: HOSTILE.harEntries,
      run: (s) => analyzeSession(parseInput(s)),
    },
    {
      name: 'sessions report: many entries',
      n: 2_000,
      make: HOSTILE.harEntries,
      run: (s) => formatSessionMarkdown(analyzeSession(parseInput(s))),
    },
    { name: 'sanitizeHar: many entries', n: 2_000, make: HOSTILE.harEntries, run: (s) => sanitizeHar(s) },
    {
      name: 'sanitizeHar: an entry with many headers',
      n: 10_000,
      make: HOSTILE.harHeaders,
      run: (s) => sanitizeHar(s),
    },
    {
      name: 'sanitizeHar: nested arrays under log',
      n: 20_000,
      make: (n) => `{"log":{"entries":[${HOSTILE.nestedArrays(n)}]}}`,
      run: (s) => sanitizeHar(s),
    },
    {
      name: 'sanitizeHar: a body of many secret members',
      n: 20_000,
      make: (n) => HOSTILE.harBody(`{${Array.from({ length: n }, (_, i) => `"token${i}":"s"`).join(',')}}`),
      run: (s) => sanitizeHar(s),
    },
    {
      name: 'sanitizeHar: a body of repeated "token"',
      n: 50_000,
      make: (n) => HOSTILE.harBody(`token=${HOSTILE.oneLongWord(n)}`),
      run: (s) => sanitizeHar(s),
    },
  ],
} satisfies Record<string, HostileCase[]>;

/** Every hostile case. */
export const HOSTILE_CASES: HostileCase[] = Object.values(HOSTILE_CASE_GROUPS).flat();
