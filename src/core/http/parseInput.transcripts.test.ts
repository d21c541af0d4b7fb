/**
 * The 53 real terminal pastes of tests/fixtures/transcripts (curl, wget, HTTPie, Node, Python; licences
 * in its index.json and licenses/): every one gets the right kind, final status, cause and command,
 * and a diagnosis that explains it in words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose';
import { parseInput } from './parseInput';

interface Transcript {
  file: string;
  tool: 'curl' | 'wget' | 'httpie' | 'node' | 'python';
  kind: 'response' | 'request-and-response' | 'no-response';
  status: number | null;
  cause: string | null;
  prompt: boolean;
}

const DIR = new URL('../../../tests/fixtures/transcripts/', import.meta.url);
const INDEX: Transcript[] = JSON.parse(readFileSync(new URL('index.json', DIR), 'utf8'));
const read = (file: string): string => readFileSync(new URL(file, DIR), 'utf8');
const NOW = new Date('2026-03-24T12:00:00Z');

/** The corpus names an empty reply on its own; the finding vocabulary counts it as a closed connection. */
const CAUSE: Record<string, string> = { 'empty-reply': 'connection-reset' };

/** Pastes whose command line the corpus shows (a prompt, or a bare command) and that run a client. */
const COMMAND_PROGRAMS = /^(?:\.\/)?(?:curl|wget|https?)\b/;

describe('real terminal transcripts', () => {
  it('are all in the fixture', () => {
    expect(INDEX).toHaveLength(53);
  });

  it.each(INDEX.map((t) => [t.file, t] as const))('%s', (_, t) => {
    const parsed = parseInput(read(t.file));
    const last = parsed.exchanges.at(-1);
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (t.kind === 'no-response') {
      expect(parsed.kind).toBe('no-response');
      expect(last?.response.status).toBe(0);
      expect(last?.transportError?.cause).toBe(CAUSE[t.cause ?? ''] ?? t.cause);
    } else if (t.status === null) {
      // 013: curl -s shows bodies only; the status is not invented.
      expect(parsed.kind).toBe('body-only');
      expect(parsed.exchanges).toEqual([]);
    } else {
      expect(['raw', 'curl-verbose']).toContain(parsed.kind);
      expect(last?.response.status).toBe(t.status);
    }
    if (parsed.command !== undefined) expect(parsed.command).toMatch(/^\S/);
    if (!last) return;
    const d = diagnose(last, { now: NOW });
    expect(d.verdict.reason.length).toBeGreaterThan(10);
    const words = [
      d.status.name,
      ...d.findings.map((f) => `${f.title} ${f.detail}`),
      ...d.nextSteps.map((s) => s.text),
    ].join(' ');
    expect(words).not.toMatch(/Invalid status|garbled|not a valid HTTP status/);
    if (t.kind === 'no-response') {
      expect(d.status.name).toBe('No response');
      expect(d.findings[0]).toMatchObject({ id: 'no-response', severity: 'error' });
    }
  });

  it.each(INDEX.filter((t) => t.prompt).map((t) => [t.file, t] as const))('%s keeps its command', (_, t) => {
    const parsed = parseInput(read(t.file));
    const clientCommand = read(t.file)
      .split('\n')
      .some((line) => COMMAND_PROGRAMS.test(line.replace(/^.*?[$#%❯>\]]\s+/, '').trim()));
    if (clientCommand) expect(parsed.command).toMatch(/(?:^|\/)(?:curl|wget|https?)\b/);
  });

  it.each([
    [
      '001-curl-v-201-created-express-echo.txt',
      'GET',
      '/sendmeback/201/test?Content-Type=text%2fcsv&Pragma=custom',
    ],
    ['002-curl-vvv-put-form-200-zsh-percent.txt', 'PUT', '/lights/leds'],
    [
      '008-curl-i-200-text-plain-iot-agent.txt',
      'GET',
      'http://localhost:7896/iot/d?k=REDACTED_APIKEY&i=disp3&getCmd=1',
    ],
    ['010-curl-I-http2-200-leading-space-prompt.txt', 'HEAD', 'https://nghttp2.org'],
    ['014-curl-v-h2c-upgrade-101-then-200-asterisks-lost.txt', 'GET', 'http://203.0.113.10:10000/hello/'],
    ['018-curl-52-empty-reply-post-json.txt', 'POST', 'http://localhost:8081'],
    [
      '024-curl-v-6-wrapped-pipeline-busybox-prompt.txt',
      'POST',
      'https://connect-ecommlogin-dev.aws.lllint.com{connector_and_task}',
    ],
    [
      '031-wget-404-termux.txt',
      'GET',
      'https://raw.githubusercontent.com/bytezcrew/wfdroid-termux/master/installer',
    ],
    ['036-httpie-verbose-put-json-200.txt', 'PUT', '/put'],
    ['041-httpie-old-errno-ssl-user-host-prompt.txt', 'GET', 'https://url'],
  ])('%s knows it answered %s %s', (file, method, target) => {
    const request = parseInput(read(file)).exchanges.at(-1)?.request;
    expect(request).toMatchObject({ method, target });
  });

  it.each([
    // An IPv6 refusal before the IPv4 connection that answered is not the outcome.
    ['029-wget-ipv6-refused-then-200-download.txt', 200],
    // The app's own "500 Internal Server Error" log line is not the upstream's status.
    ['055-python-requests-readtimeout-in-app-log.txt', 0],
    // h2c upgrade: 101, then the final 200.
    ['014-curl-v-h2c-upgrade-101-then-200-asterisks-lost.txt', 200],
    // curl -L: 302, then 200.
    ['004-curl-8-v-k-L-302-then-200-schannel.txt', 200],
  ])('%s ends with %i', (file, status) => {
    const parsed = parseInput(read(file));
    expect(parsed.exchanges.at(-1)?.response.status).toBe(status);
  });

  it('reads a header a reporter wrapped in Markdown bold (009)', () => {
    const response = parseInput(read('009-curl-i-200-markdown-bold-inside-header.txt')).exchanges[0]
      ?.response;
    expect(response?.headers).toContainEqual({ name: 'Content-Type', value: 'text/html; charset=utf-8' });
  });

  it('drops the % zsh printed after a body without a final line break (002)', () => {
    const parsed = parseInput(read('002-curl-vvv-put-form-200-zsh-percent.txt'));
    expect(parsed.exchanges[0]?.response.body).toBe('{"success": true}');
    expect(parsed.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('reads wget -S headers and the body it wrote to stdout (027)', () => {
    const response = parseInput(read('027-wget-SO-200-headers-then-html.txt')).exchanges.at(-1)?.response;
    expect(response?.headers).toContainEqual({ name: 'Transfer-Encoding', value: 'chunked' });
    expect(response?.body.startsWith('<!doctype html>')).toBe(true);
  });

  it('reads curl --trace-time output without its time stamps (006)', () => {
    const parsed = parseInput(read('006-curl-v-trace-time-timestamped-lines.txt'));
    expect(parsed.exchanges[0]?.request).toMatchObject({ method: 'GET', target: '/' });
    expect(parsed.exchanges[0]?.response.headers[0]).toEqual({ name: 'Accept-Ranges', value: 'bytes' });
  });

  it('says a trailing line break beyond Content-Length is a copy artefact, as info (007)', () => {
    const parsed = parseInput(read('007-curl-v-200-macos-curl-7-54.txt'));
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringContaining('only the line break at the end'),
      }),
    ]);
  });

  it('names the request a Node or Python failure was making, when the paste shows it', () => {
    expect(
      parseInput(read('043-node-repl-fetch-connect-timeout-powershell.txt')).exchanges[0]?.transportError
        ?.url,
    ).toBe('https://api.openai.com/v1/chat/completions');
    expect(
      parseInput(read('046-node-axios-econnrefused-json-in-blockquote.txt')).exchanges[0]?.transportError
        ?.url,
    ).toBe('http://localhost:5001/api.php/mobile/');
    expect(
      parseInput(read('051-python-requests-connectionerror-errno110-timed-out.txt')).exchanges[0]
        ?.transportError,
    ).toMatchObject({
      host: 'drive.google.com',
      phase: 'connect',
    });
  });
});
