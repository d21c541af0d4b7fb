/**
 * The advice for real pastes of requests that got no response (tests/fixtures/transcripts, and the
 * pastes of QA report 1): it agrees with what the paste shows (the phase the failure happened in,
 * whether certificate verification was on, the host that failed), never repeats a culprit or a check,
 * never uses a placeholder where the paste has the value, and every command is safe to paste.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../http/parseInput';
import type { Diagnosis } from '../../types';
import { diagnose } from '../diagnose';
import { findingOf } from '../findingData';
import { TEST_NOW } from '../testExchange';

const DIR = new URL('../../../../tests/fixtures/transcripts/', import.meta.url);
const INDEX: { file: string; kind: string }[] = JSON.parse(readFileSync(new URL('index.json', DIR), 'utf8'));
const fixture = (file: string): string => readFileSync(new URL(file, DIR), 'utf8');
const startingWith = (prefix: string): string =>
  fixture(INDEX.find((t) => t.file.startsWith(prefix))?.file ?? `${prefix} is missing`);

interface Advice {
  diagnosis: Diagnosis;
  culprits: string[];
  commands: string[];
  checks: string[];
  phase?: string;
}

function adviceFor(text: string): Advice {
  const exchange = parseInput(text).exchanges.at(-1);
  if (!exchange) throw new Error('no exchange');
  const diagnosis = diagnose(exchange, { now: TEST_NOW });
  const data = findingOf(diagnosis.findings, 'no-response')?.data;
  const confirm = data?.confirm ?? [];
  return {
    diagnosis,
    culprits: data?.culprits ?? [],
    commands: confirm.flatMap((c) => ('command' in c ? [c.command] : [])),
    checks: confirm.map((c) => ('command' in c ? `${c.command} ${c.note ?? ''}` : c.text)),
    ...(data?.phase && { phase: data.phase }),
  };
}

const QA = {
  pythonPostTimeout: `Traceback (most recent call last):
  File "/app/pay.py", line 8, in <module>
    r = requests.post("https://api.example.com/v1/payments", json=payload, timeout=30)
  File "/usr/lib/python3/dist-packages/requests/adapters.py", line 532, in send
    raise ReadTimeout(e, request=request)
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=30)
`,
  curlPost28: `$ curl -v -X POST https://api.example.com/v1/payments -H 'Content-Type: application/json' -d '{"amount":100}' --max-time 10
*   Trying 93.184.216.34:443...
* Connected to api.example.com (93.184.216.34) port 443
> POST /v1/payments HTTP/1.1
> Host: api.example.com
> User-Agent: curl/8.5.0
> Accept: */*
> Content-Type: application/json
> Content-Length: 14
>
* Operation timed out after 10001 milliseconds with 0 bytes received
* Closing connection
curl: (28) Operation timed out after 10001 milliseconds with 0 bytes received
`,
  corsConsole: `Access to fetch at 'https://api.example.com/v1/items' from origin 'https://app.example.com' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.
GET https://api.example.com/v1/items net::ERR_FAILED
`,
  failedToFetch: 'TypeError: Failed to fetch\n    at app.js:12:5\n',
  certDate: 'GET https://api.example.com/v1/items net::ERR_CERT_DATE_INVALID\n',
};

describe('advice that agrees with the paste (QA report 1)', () => {
  it.each([
    // Item 4: Chrome's CORS line, then its generic net::ERR_FAILED for the same request.
    [
      '4: a CORS console error pasted as Chrome shows it',
      QA.corsConsole,
      /^A failing preflight/,
      /malformed URL|full disk|HTTP\/2 stream/,
    ],
    // Item 8: a read timeout happened after the connection opened: no connection-phase culprits.
    [
      '8: a read timeout (055)',
      startingWith('055'),
      /^A slow or stuck server/,
      /firewall|wrong address|VPN/i,
    ],
    [
      '8: the Python POST that timed out',
      QA.pythonPostTimeout,
      /^A slow or stuck server/,
      /firewall|wrong address|VPN/i,
    ],
    // Item 28: curl -v shows "Connected to" and the `>` request lines before curl 28.
    [
      '28: curl 28 after the POST went out',
      QA.curlPost28,
      /^A slow or stuck server/,
      /firewall|wrong address|VPN/i,
    ],
    // Item 19: handshake failures lead with protocol culprits; verification was off or never reached.
    [
      '19: curl 35 (handshake broke off)',
      startingWith('019'),
      /^No TLS version or cipher in common/,
      /self-signed|incomplete chain|CA bundle/i,
    ],
    [
      '19: --verify=no and an alert handshake failure (040)',
      startingWith('040'),
      /^No TLS version or cipher in common/,
      /self-signed|incomplete chain|CA bundle|expired/i,
    ],
    [
      '19: curl 60, unable to get local issuer (020)',
      startingWith('020'),
      /^An incomplete chain/,
      /TLS version or cipher|client certificate/,
    ],
    // Item 21: browser errors get browser culprits.
    ['21: TypeError: Failed to fetch', QA.failedToFetch, /^A CORS refusal/, /full disk|malformed URL/],
    [
      '21: net::ERR_CERT_DATE_INVALID',
      QA.certDate,
      /^The certificate expired or is not valid yet, or the client’s clock is wrong/,
      /TLS version/,
    ],
    // Item 20: a remote host refused (030): nothing about ::1 or localhost addresses.
    [
      '20: BusyBox wget refused by a remote host (030)',
      startingWith('030'),
      /^The server is not running/,
      /::1|127\.0\.0\.1|container or VM/,
    ],
  ])('%s', (_, text, first, never) => {
    const { culprits, checks } = adviceFor(text);
    expect(culprits[0]).toMatch(first);
    for (const c of [...culprits, ...checks]) expect(c).not.toMatch(never);
  });

  it.each([
    ['8: a read timeout (055)', startingWith('055'), /nc -vz|traceroute/],
    ['28: curl 28 after the POST went out', QA.curlPost28, /nc -vz|traceroute/],
    ['18: no network path checks for localhost (022)', startingWith('022'), /traceroute|nslookup|dig /],
  ])('%s: no check for a phase or path that does not apply', (_, text, never) => {
    for (const command of adviceFor(text).commands) expect(command).not.toMatch(never);
  });

  it.each([
    ['7: the Python traceback names the POST', QA.pythonPostTimeout, 'response', 'after-verify'],
    ['28: curl -v printed the POST before timing out', QA.curlPost28, 'response', 'after-verify'],
  ])('%s: the request went out, so the POST may have taken effect', (_, text, phase, verdict) => {
    const advice = adviceFor(text);
    expect(advice.phase).toBe(phase);
    expect(advice.diagnosis.verdict.verdict).toBe(verdict);
    expect(advice.diagnosis.findings.map((f) => f.id)).toContain('not-idempotent');
    expect(advice.diagnosis.findings[0]?.detail).not.toMatch(
      /does not say whether the connection ever opened/,
    );
  });

  it.each([
    // Item 18: the URL is in the paste, so no <url>, <host> or <port>.
    ['017', 'http://localhost:8892/ingress/idv'],
    ['022', 'https://localhost:8000'],
    ['028-post', 'https://api.example.com/v1/payments'],
  ])('18: %s uses the URL the paste shows, never a placeholder', (name, url) => {
    const text = name === '028-post' ? QA.curlPost28 : startingWith(name);
    const { commands } = adviceFor(text);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).not.toMatch(/<(?:url|host|port)>/);
    expect(commands.join('\n')).toContain(new URL(url).host);
  });

  it('18: 017 (curl 52 on http://) tries the other scheme on the same port, as one command per check', () => {
    const { commands, culprits } = adviceFor(startingWith('017'));
    expect(commands).toContain("curl -v 'https://localhost:8892/ingress/idv'");
    expect(commands.some((c) => / and curl /.test(c))).toBe(false);
    expect(culprits.filter((c) => /protocol mismatch/i.test(c))).toHaveLength(1);
  });

  it('20: the checks test the host that refused (030: raw.githubusercontent.com), not the first URL', () => {
    const { commands, diagnosis } = adviceFor(startingWith('030'));
    expect(commands[0]).toBe('nc -vz raw.githubusercontent.com 443');
    expect(diagnosis.verdict.reason).toMatch(/^The GET never reached raw\.githubusercontent\.com/);
    expect(diagnosis.verdict.reason).not.toMatch(/POST/);
  });

  it('4: the preflight check uses the page origin and the method the console shows', () => {
    const { commands, diagnosis } = adviceFor(QA.corsConsole);
    expect(diagnosis.findings[0]?.title).toBe('The browser refused the CORS preflight');
    expect(commands).toContain(
      "curl -i -X OPTIONS 'https://api.example.com/v1/items' -H 'Origin: https://app.example.com' -H 'Access-Control-Request-Method: GET'",
    );
  });
});

describe('every real no-response paste (tests/fixtures/transcripts)', () => {
  const pastes = INDEX.filter((t) => t.kind === 'no-response').map((t) => [t.file] as const);

  it.each(pastes)('%s: no culprit or check twice, and every URL in a command quoted', (file) => {
    const { culprits, commands } = adviceFor(fixture(file));
    expect(new Set(culprits).size).toBe(culprits.length);
    expect(new Set(commands).size).toBe(commands.length);
    // Item 17: `&` backgrounds the command, `?` globs in zsh, `{}` expands in bash: URLs are quoted.
    for (const command of commands) {
      for (const url of command.match(/\S*https?:\/\/\S*/g) ?? []) expect(url).toMatch(/^'https?:\/\/.*'$/);
    }
  });

  it.each([['051', "'https://drive.google.com/uc?id=1tCU5MM1LhRgGou5OpmpjBQbSrYIUoYab'"]])(
    '17: %s quotes its URL for the shell',
    (prefix, quoted) => {
      expect(adviceFor(startingWith(prefix)).commands.join('\n')).toContain(quoted);
    },
  );

  it('17: 024 names the host that could not be resolved, with the stray quote, as one shell word', () => {
    const { culprits, commands } = adviceFor(startingWith('024'));
    expect(culprits[0]).toMatch(/holds characters no host name can/);
    expect(commands).toContain(`nslookup 'connect-ecommlogin-dev.aws.lllint.com"'`);
    expect(commands.join('\n')).not.toContain('{connector_and_task}');
  });
});
