/**
 * Benchmark of the session analysis and the HAR sanitizer on a generated Chrome recording of 5,000
 * entries (about 17 MB, JSON bodies, bearer tokens, cookies), against JSON.parse of the same text.
 *
 * Run: ./node_modules/.bin/tsx scripts/bench-session.ts
 */
import { pathToFileURL } from 'node:url';
import { after, accessToken, chromeEntry, chromeHar, httpDate } from '../tests/fixtures/session/harEntries';
import { parseInput } from '../src/core/http/parseInput';
import { analyzeSession } from '../src/core/session/analyzeSession';
import { sanitizeHar } from '../src/core/session/sanitizeHar';

const ENTRY_COUNT = 5_000;
const START = '2026-03-24T10:00:00.000Z';

function recording(): string {
  const token = accessToken({ sub: 'bench', exp: Date.parse(START) / 1000 + 600 });
  const entries = Array.from({ length: ENTRY_COUNT }, (_, i) => {
    const at = after(START, i * 0.2);
    const status = i % 97 === 5 ? 503 : i % 61 === 3 ? 0 : 200;
    const body = JSON.stringify({
      id: i,
      items: Array.from({ length: 20 }, (_e, k) => ({ k, name: `item ${k}`, price: k * 1.5 })),
    });
    return chromeEntry({
      at,
      url: `https://api.example.com/v1/things/${i % 300}?page=${i % 7}&api_key=k-${i}`,
      status,
      body,
      requestHeaders: [
        ['authorization', `Bearer ${token}`],
        ['cookie', `sid=s${i}; theme=dark`],
      ],
      responseHeaders: [
        ['date', httpDate(at)],
        ['content-type', 'application/json'],
        ['cache-control', 'private, max-age=60'],
      ],
    });
  });
  return chromeHar(entries, { at: START, url: 'https://app.example.com/' });
}

function time<T>(run: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

export async function benchSession(): Promise<void> {
  const text = recording();
  const parse = time(() => JSON.parse(text) as unknown);
  const parsed = time(() => parseInput(text));
  const session = time(() => analyzeSession(parsed.result));
  const sanitized = time(() => sanitizeHar(text));
  const again = sanitized.result.ok
    ? time(() => sanitizeHar(sanitized.result.ok ? sanitized.result.text : ''))
    : undefined;
  const mb = (text.length / 1e6).toFixed(1);
  console.log(`\nSession: ${ENTRY_COUNT} HAR entries, ${mb} M characters`);
  console.log(`  JSON.parse                  ${parse.ms.toFixed(0)} ms`);
  console.log(`  parseInput                  ${parsed.ms.toFixed(0)} ms`);
  console.log(
    `  analyzeSession              ${session.ms.toFixed(0)} ms (${session.result.findings.length} findings, ${(session.ms / ENTRY_COUNT).toFixed(2)} ms per entry)`,
  );
  console.log(
    `  sanitizeHar                 ${sanitized.ms.toFixed(0)} ms (${sanitized.result.ok ? sanitized.result.redacted : 0} values masked, ${(sanitized.ms / parse.ms).toFixed(1)}× JSON.parse)`,
  );
  if (again)
    console.log(
      `  sanitizeHar of its output   ${again.ms.toFixed(0)} ms (${again.result.ok ? again.result.redacted : '?'} more masked)`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchSession();
