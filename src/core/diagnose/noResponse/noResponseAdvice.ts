import { mayApplyTwice } from '../../http/methods';
import { CURL_EXIT_CODES } from '../../http/transport/curlExitCodes';
import { shellUrl, shellWord } from '../../text/shellQuote';
import type { HttpRequest, RetryVerdict, TransportError } from '../../types';
import {
  CHECKS,
  CULPRITS,
  type Check,
  type CheckId,
  type ConfirmStep,
  type Culprit,
  type CulpritId,
  type TlsStage,
} from './culprits';
import { NO_RESPONSE_GUIDANCE } from './noResponseGuidance';
import { refinementFor, type Refinement } from './refinements';

export type { ConfirmStep } from './culprits';

/** Where the failed request went, for the commands to run next. */
export interface FailedTarget {
  host?: string;
  port?: string;
  url?: string;
  /** The host is this machine: a server that is not running is the likeliest reason. */
  local: boolean;
}

/** A likely culprit and the checks that confirm it, filled in for the failed request. */
export interface FilledCulprit {
  text: string;
  checks: ConfirmStep[];
}

/** Everything the diagnosis says about one request that got no response. */
export interface NoResponseAdvice {
  error: TransportError;
  title: string;
  meaning: string;
  /** What the client's own code means (curl's exit codes), when it has one we know. */
  codeMeaning?: string;
  /** Most likely first, each with its own checks. */
  likely: FilledCulprit[];
  culprits: string[];
  /** Every check once: the error's own first, then the culprits' in their order. */
  confirm: ConfirmStep[];
  retry: { verdict: RetryVerdict; explanation: string };
  target: FailedTarget;
}

/** Culprits listed: enough to cover the usual suspects, few enough to read. */
const MAX_CULPRITS = 5;
/** Checks listed. */
const MAX_CHECKS = 5;

const LOCAL_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|0\.0\.0\.0)$|\.localhost$/i;
/** One label of a host name: letters, digits, `_` and inner hyphens. */
const HOST_LABEL = '[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?';
/**
 * What a host name (or an IP address) may hold; anything else means the URL was put together wrong.
 * Labels are separated by dots that are required, not optional: with optional dots, the labels of a
 * name could be split in exponentially many ways, and a 38-character host followed by a stray quote
 * took 1.5-13 s to reject (a real curl paste, tests/fixtures/transcripts/024).
 */
const HOST_NAME = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*\\.?$|^\\[?[0-9A-Fa-f:.]+\\]?$`);
const UNKNOWN_ERROR: TransportError = {
  tool: 'other',
  cause: 'other',
  message: 'No response was recorded, and no reason for it.',
};

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The host, port and URL the commands should use: what the error names wins over the request (a
 * redirect may have led elsewhere, and the host the client failed on is the one to test).
 */
function failedTarget(request: HttpRequest | undefined, error: TransportError): FailedTarget {
  const requested = parseUrl(error.url) ?? parseUrl(request?.target);
  const host = error.host?.replace(/\.$/, '') ?? requested?.hostname;
  const url = requested && host !== undefined && requested.hostname !== host ? undefined : requested;
  const fromMessage =
    /\bport[ =](\d{1,5})\b/.exec(error.message)?.[1] ??
    (host ? new RegExp(`${escapeRegExp(host)}\\]?:(\\d{1,5})\\b`).exec(error.message)?.[1] : undefined);
  const scheme = url?.protocol ?? requested?.protocol;
  const port = url?.port || fromMessage || (scheme ? (scheme === 'http:' ? '80' : '443') : undefined);
  const href =
    url?.href ??
    (host
      ? `${scheme === 'http:' ? 'http' : 'https'}://${host}${port && port !== (scheme === 'http:' ? '80' : '443') ? `:${port}` : ''}/`
      : undefined);
  return {
    ...(host && { host }),
    ...(port && { port }),
    ...(href && { url: href }),
    local: host !== undefined && LOCAL_HOSTS.test(host),
  };
}

/** The same host and port with the other scheme: http://a.io:443/ for https://a.io/. */
function otherSchemeUrl(target: FailedTarget): string | undefined {
  const url = parseUrl(target.url);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  const port = url.port || (url.protocol === 'http:' ? '80' : '443');
  const other = url.protocol === 'http:' ? 'https' : 'http';
  return `${other}://${url.host.replace(/:\d+$/, '')}:${port}${url.pathname}${url.search}`;
}

/** The page's origin a browser's CORS message names ("from origin 'https://app.example.com'"). */
function originIn(message: string): string | undefined {
  return /from origin '([^']+)'/.exec(message)?.[1];
}

interface Fill {
  target: FailedTarget;
  error: TransportError;
  method?: string;
}

/** Placeholders filled in, each value quoted for the shell; unknown values stay visible placeholders. */
function fillCommand(template: string, { target, error, method }: Fill): string {
  const other = otherSchemeUrl(target);
  const origin = originIn(error.message);
  return template
    .replaceAll('{host}', target.host ? shellWord(target.host) : '<host>')
    .replaceAll('{port}', target.port ?? '<port>')
    .replaceAll('{otherUrl}', other ? shellUrl(other) : '<url with the other scheme>')
    .replaceAll('{url}', target.url ? shellUrl(target.url) : '<url>')
    .replaceAll('{originHeader}', shellWord(`Origin: ${origin ?? '<your page’s origin>'}`))
    .replaceAll('{methodHeader}', shellWord(`Access-Control-Request-Method: ${method ?? '<method>'}`));
}

function fillNote(note: string, { target }: Fill): string {
  return note.replaceAll('{host}', target.host ?? '<host>').replaceAll('{port}', target.port ?? '<port>');
}

function fillCheck(check: Check, fill: Fill): ConfirmStep {
  if (check.text !== undefined) return { text: check.text };
  const command = fillCommand(check.command ?? '', fill);
  return check.note === undefined ? { command } : { command, note: fillNote(check.note, fill) };
}

/** Whether a culprit or check can apply to this failure at all. */
interface Applicability {
  where: 'local' | 'remote' | undefined;
  phase: TransportError['phase'];
  tls: TlsStage | undefined;
  verifyDisabled: boolean;
}

function applies(item: Culprit | Check, at: Applicability): boolean {
  if (item.where && at.where && item.where !== at.where) return false;
  if (!('text' in item && 'checks' in item)) return true;
  const culprit = item as Culprit;
  if (culprit.phase && at.phase && culprit.phase !== at.phase) return false;
  if (culprit.tls === 'verification' && (at.verifyDisabled || at.tls === 'handshake')) return false;
  if (culprit.tls === 'handshake' && at.tls === 'verification') return false;
  return true;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function timeoutWords(error: TransportError): { title: string; meaning: string } {
  if (error.phase === 'connect') {
    return {
      title: 'The connection timed out',
      meaning:
        'Nothing answered the connection attempt before the time limit: packets are dropped on the way, or the host is down behind a firewall. The request was not sent.',
    };
  }
  if (error.phase === 'response') {
    return {
      title: 'The response did not arrive in time',
      meaning:
        'The connection opened and the request went out, but no complete response came back before the time limit: the server is slow or stuck, or the limit is too short. The server may still have done the work.',
    };
  }
  return {
    title: NO_RESPONSE_GUIDANCE.timeout.title,
    meaning:
      'A time limit ran out before a response arrived; the message does not say whether the connection ever opened, so the server may or may not have received the request.',
  };
}

function tlsWords(stage: TlsStage | undefined, verifyDisabled: boolean): { title: string; meaning: string } {
  const off = verifyDisabled
    ? ' Certificate verification was turned off, so the certificate is not what failed.'
    : '';
  if (stage === 'handshake' || verifyDisabled) {
    return {
      title: 'The TLS handshake failed',
      meaning: `The connection opened, but client and server could not agree on a secure connection (TLS version, cipher, SNI or a client certificate), so no HTTP request was sent.${off}`,
    };
  }
  if (stage === 'verification') {
    return {
      title: 'The server certificate was not trusted',
      meaning:
        "The TLS handshake reached the server's certificate and the client refused it, so no HTTP request was sent.",
    };
  }
  return { title: NO_RESPONSE_GUIDANCE.tls.title, meaning: NO_RESPONSE_GUIDANCE.tls.meaning };
}

/**
 * A refused preflight means the request itself was never sent; a refusal of the response itself means
 * the server did the work (Firefox even names the status it answered with).
 */
function corsWords(error: TransportError): { title: string; meaning: string } {
  const { title, meaning } = NO_RESPONSE_GUIDANCE.cors;
  if (/preflight/i.test(error.message)) {
    return {
      title: 'The browser refused the CORS preflight',
      meaning:
        "The browser asked first (an OPTIONS preflight) and the server's answer did not allow this origin, method or headers, so the browser never sent the request itself: nothing happened on the server.",
    };
  }
  const status = /Status code: (\d{3})/.exec(error.message)?.[1];
  if (status) {
    return {
      title,
      meaning: `The server answered ${status}, so the request was processed, but the response does not let this origin read it: the browser withheld it from the page.`,
    };
  }
  return { title, meaning };
}

function wordsFor(
  error: TransportError,
  tls: TlsStage | undefined,
  curlCode: number | undefined,
): { title: string; meaning: string } {
  const guidance = NO_RESPONSE_GUIDANCE[error.cause];
  if (error.cause === 'timeout') return timeoutWords(error);
  if (error.cause === 'tls') return tlsWords(tls, error.verifyDisabled === true);
  if (error.cause === 'cors') return corsWords(error);
  if (curlCode === 52)
    return { title: 'The server closed the connection without a reply', meaning: guidance.meaning };
  if (curlCode === 47) return { title: 'The redirects did not end', meaning: guidance.meaning };
  return { title: guidance.title, meaning: guidance.meaning };
}

function verdictFor(
  request: HttpRequest | undefined,
  error: TransportError,
  target: FailedTarget,
  refinement: Refinement,
): NoResponseAdvice['retry'] {
  const base = refinement.explanation
    ? { ...NO_RESPONSE_GUIDANCE[error.cause].retry, explanation: refinement.explanation }
    : NO_RESPONSE_GUIDANCE[error.cause].retry;
  const codeVerdict = refinement.verdict;
  const method = (request?.method ?? error.method)?.toUpperCase();
  if (codeVerdict && codeVerdict !== base.verdict) {
    return {
      verdict: codeVerdict,
      explanation: `This failure repeats until the command or the setup changes: fix what ${error.tool === 'curl' ? 'curl' : 'the client'} names, then run it again.`,
    };
  }
  if (error.cause === 'connection-refused') {
    if (target.local) {
      return {
        verdict: 'after-fix',
        explanation: `Nothing listens at ${target.host}${target.port ? ` port ${target.port}` : ''} on this machine: start the server (or fix the port) first; until then every retry is refused the same way.`,
      };
    }
    return {
      verdict: 'with-backoff',
      explanation: `The ${method ?? 'request'} never reached ${target.host ?? 'the server'} (the connection was refused), so repeating it is safe: a few retries with backoff ride out a restart. If it keeps failing, the server is down, the port is wrong or a firewall rejects it.`,
    };
  }
  if (error.cause !== 'timeout' && error.cause !== 'connection-reset') return { ...base };
  if (error.phase === 'connect') {
    return {
      verdict: 'with-backoff',
      explanation: `The connection never opened, so the ${method ?? 'request'} was not sent: repeating it is safe, with backoff.`,
    };
  }
  if (method !== undefined && mayApplyTwice(method)) {
    return {
      verdict: 'after-verify',
      explanation: `The ${method} may have reached the server before the connection failed: check whether it took effect before repeating it, or send it with an Idempotency-Key.`,
    };
  }
  return { ...base };
}

/** A culprit for a host name no DNS can hold: the URL was put together wrong. */
function malformedHost(host: string | undefined): Culprit | undefined {
  if (host === undefined) return undefined;
  if (host === 'http' || host === 'https') {
    return {
      text: `The host name is "${host}": the URL was built wrong (a scheme written twice, or "https:/" with one slash)`,
      checks: ['echo-url'],
    };
  }
  if (HOST_NAME.test(host)) return undefined;
  return {
    text: `The host name "${host}" holds characters no host name can: the URL was put together wrong (a quote, a brace or a space from the shell or a template)`,
    checks: ['echo-url'],
  };
}

/** The guidance for a request that got no response: its cause, culprits, checks and retry verdict. */
export function noResponseAdvice(
  request: HttpRequest | undefined,
  transportError?: TransportError,
): NoResponseAdvice {
  const error = transportError ?? UNKNOWN_ERROR;
  const guidance = NO_RESPONSE_GUIDANCE[error.cause];
  const target = failedTarget(request, error);
  const curlCode = error.tool === 'curl' && error.code !== undefined ? Number(error.code) : undefined;
  const refinement = refinementFor(error);
  const at: Applicability = {
    where: target.host === undefined ? undefined : target.local ? 'local' : 'remote',
    phase: error.phase,
    tls: refinement.tls,
    verifyDisabled: error.verifyDisabled === true,
  };
  const lead = refinement.lead ?? [];
  const ids = unique<CulpritId>([...lead, ...(refinement.culprits ?? guidance.culprits)]);
  const chosen: Culprit[] = ids.map((id) => CULPRITS[id] as Culprit).filter((c) => applies(c, at));
  const odd = malformedHost(target.host);
  const culprits = (odd ? [odd, ...chosen] : chosen).slice(0, MAX_CULPRITS);
  const fill: Fill = {
    target,
    error,
    ...((request?.method ?? error.method) && { method: request?.method ?? error.method }),
  };
  const checkOf = (id: CheckId): Check => CHECKS[id];
  const usable = (id: CheckId): boolean => applies(checkOf(id), at);
  const likely = culprits.map((c) => ({
    text: c.text,
    checks: c.checks.filter(usable).map((id) => fillCheck(checkOf(id), fill)),
  }));
  const checkIds = unique<CheckId>([
    ...(refinement.checks ?? []),
    ...culprits.flatMap((c) => c.checks),
    ...guidance.checks,
  ]).filter(usable);
  const confirm = distinctSteps(checkIds.map((id) => fillCheck(checkOf(id), fill))).slice(0, MAX_CHECKS);
  const codeMeaning = curlCode === undefined ? undefined : CURL_EXIT_CODES[curlCode]?.meaning;
  return {
    error,
    ...wordsFor(error, refinement.tls, curlCode),
    ...(refinement.meaning && { meaning: refinement.meaning }),
    ...(codeMeaning && { codeMeaning }),
    likely,
    culprits: likely.map((c) => c.text),
    confirm,
    retry: verdictFor(request, error, target, refinement),
    target,
  };
}

/** One entry per distinct command (two checks may fill in to the same one). */
function distinctSteps(steps: readonly ConfirmStep[]): ConfirmStep[] {
  const seen = new Set<string>();
  return steps.filter((step) => {
    const key = 'text' in step ? step.text : step.command;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
