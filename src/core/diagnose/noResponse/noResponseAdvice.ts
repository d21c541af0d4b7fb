import { CURL_EXIT_CODES } from '../../http/transport/curlExitCodes';
import type { HttpRequest, RetryVerdict, TransportError } from '../../types';
import { CURL_CODE_ADVICE } from './curlCodeAdvice';
import { NO_RESPONSE_GUIDANCE, type ConfirmStep } from './noResponseGuidance';

/** Where the failed request went, for the commands to run next. */
export interface FailedTarget {
  host?: string;
  port?: string;
  url?: string;
  /** The host is this machine: a server that is not running is the likeliest reason. */
  local: boolean;
}

/** Everything the diagnosis says about one request that got no response. */
export interface NoResponseAdvice {
  error: TransportError;
  title: string;
  meaning: string;
  /** What the client's own code means (curl's exit codes), when it has one we know. */
  codeMeaning?: string;
  culprits: string[];
  confirm: ConfirmStep[];
  retry: { verdict: RetryVerdict; explanation: string };
  target: FailedTarget;
}

const NON_IDEMPOTENT = new Set(['POST', 'PATCH']);
const LOCAL_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|0\.0\.0\.0)$|\.localhost$/i;
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

function failedTarget(request: HttpRequest | undefined, error: TransportError): FailedTarget {
  const target = request?.target;
  const url = parseUrl(error.url) ?? parseUrl(target);
  const host = error.host?.replace(/\.$/, '') ?? url?.hostname;
  const fromMessage =
    /\bport[ =](\d{1,5})\b/.exec(error.message)?.[1] ??
    (host
      ? new RegExp(`${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]?:(\\d{1,5})\\b`).exec(
          error.message,
        )?.[1]
      : undefined);
  const port = url?.port || fromMessage || (url ? (url.protocol === 'http:' ? '80' : '443') : undefined);
  const href =
    url?.href ?? (host ? `https://${host}${port && port !== '443' ? `:${port}` : ''}/` : undefined);
  return {
    ...(host && { host }),
    ...(port && { port }),
    ...(href && { url: href }),
    local: host !== undefined && LOCAL_HOSTS.test(host),
  };
}

function fillText(text: string, target: FailedTarget): string {
  return text
    .replaceAll('{host}', target.host ?? '<host>')
    .replaceAll('{port}', target.port ?? '<port>')
    .replaceAll('{url}', target.url ?? '<url>');
}

function fill(step: ConfirmStep, target: FailedTarget): ConfirmStep {
  if ('text' in step) return { text: fillText(step.text, target) };
  const command = fillText(step.command, target);
  return step.note === undefined ? { command } : { command, note: fillText(step.note, target) };
}

/** One entry per distinct command (a code's own check often repeats its cause's). */
function distinct(steps: readonly ConfirmStep[]): ConfirmStep[] {
  const seen = new Set<string>();
  return steps.filter((step) => {
    const key = 'text' in step ? step.text : step.command;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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

function verdictFor(
  request: HttpRequest | undefined,
  error: TransportError,
  target: FailedTarget,
): NoResponseAdvice['retry'] {
  const base = NO_RESPONSE_GUIDANCE[error.cause].retry;
  const codeVerdict = error.tool === 'curl' ? CURL_CODE_ADVICE[Number(error.code)]?.verdict : undefined;
  if (codeVerdict && codeVerdict !== base.verdict) {
    return {
      verdict: codeVerdict,
      explanation:
        'This failure repeats until the command or the setup changes: fix what curl names, then run it again.',
    };
  }
  if (error.cause === 'connection-refused' && target.local) {
    return {
      verdict: 'after-fix',
      explanation: `Nothing listens at ${target.host}${target.port ? ` port ${target.port}` : ''}: start the server (or fix the port) first; until then every retry is refused the same way.`,
    };
  }
  if (error.cause !== 'timeout' && error.cause !== 'connection-reset') return { ...base };
  const method = request?.method.toUpperCase();
  if (error.phase === 'connect') {
    return {
      verdict: 'with-backoff',
      explanation:
        'The connection never opened, so the request was not sent: repeating it is safe, with backoff.',
    };
  }
  if (method !== undefined && NON_IDEMPOTENT.has(method)) {
    return {
      verdict: 'after-verify',
      explanation: `The ${method} may have reached the server before the connection failed: check whether it took effect before repeating it, or send it with an Idempotency-Key.`,
    };
  }
  return { ...base };
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
  const codeAdvice = curlCode === undefined ? undefined : CURL_CODE_ADVICE[curlCode];
  const codeMeaning = curlCode === undefined ? undefined : CURL_EXIT_CODES[curlCode]?.meaning;
  const words =
    error.cause === 'timeout'
      ? timeoutWords(error)
      : curlCode === 52
        ? { title: 'The server closed the connection without a reply', meaning: guidance.meaning }
        : { title: guidance.title, meaning: guidance.meaning };
  const culprits = [...(codeAdvice ? [codeAdvice.culprit] : []), ...guidance.culprits];
  if (target.host === 'http' || target.host === 'https') {
    culprits.unshift(
      `The host name is "${target.host}": the URL was built wrong (a scheme written twice, or "https:/" with one slash)`,
    );
  }
  const confirm = [...(codeAdvice?.confirm ? [codeAdvice.confirm] : []), ...guidance.confirm].map((c) =>
    fill(c, target),
  );
  return {
    error,
    ...words,
    ...(codeMeaning && { codeMeaning }),
    culprits,
    confirm: distinct(confirm),
    retry: verdictFor(request, error, target),
    target,
  };
}
