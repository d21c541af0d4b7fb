import type { Finding, NoResponseCause, ResponseVerdict } from '../../types';
import type { DiagnoseContext } from '../diagnoseContext';

/** The client's name, as the finding says it. */
const TOOL_NAMES = {
  curl: 'curl',
  wget: 'wget',
  httpie: 'HTTPie',
  node: 'Node.js',
  python: 'Python',
  browser: 'The browser',
  other: 'The client',
} as const;

/** The cause in a word or two, for a badge. */
const CAUSE_LABELS: Record<NoResponseCause, string> = {
  dns: 'DNS',
  'connection-refused': 'Connection refused',
  timeout: 'Timeout',
  tls: 'TLS',
  'connection-reset': 'Connection closed',
  blocked: 'Blocked',
  cors: 'CORS',
  offline: 'Offline',
  aborted: 'Cancelled',
  other: 'Transport error',
};

/**
 * No HTTP response at all (status 0): what the client reported, what its cause means, the likely
 * culprits, how to confirm each, and whether a retry can help.
 */
export function findNoResponse(ctx: DiagnoseContext): Finding[] {
  const advice = ctx.noResponse;
  if (!advice) return [];
  const { error, target } = advice;
  const tool = TOOL_NAMES[error.tool];
  const code =
    error.code === undefined || error.code === error.message
      ? ''
      : ` ${error.tool === 'curl' ? `exit code ${error.code}` : error.code}`;
  const said = `${tool} reported${code}: “${error.message}”.`;
  const parts = [said, advice.meaning];
  if (advice.codeMeaning) parts.push(`curl's code ${error.code}: ${advice.codeMeaning}`);
  return [
    {
      id: 'no-response',
      severity: 'error',
      title: advice.title,
      detail: parts.join(' '),
      data: {
        cause: error.cause,
        ...(error.code !== undefined && { code: error.code }),
        message: error.message,
        tool: error.tool,
        toolName: tool,
        causeLabel: CAUSE_LABELS[error.cause],
        ...(error.phase && { phase: error.phase }),
        ...(target.host && { host: target.host }),
        ...(target.port && { port: target.port }),
        ...(target.url && { url: target.url }),
        meaning: advice.meaning,
        ...(advice.codeMeaning && { codeMeaning: advice.codeMeaning }),
        culprits: advice.culprits,
        confirm: advice.confirm,
        retry: advice.retry,
      },
    },
  ];
}

/** The verdict for a request that got no response: by its cause, its phase and its method. */
export function noResponseVerdict(ctx: DiagnoseContext): ResponseVerdict {
  const retry = ctx.noResponse?.retry;
  return retry
    ? { verdict: retry.verdict, reason: retry.explanation }
    : { verdict: ctx.status.retry.verdict, reason: ctx.status.retry.explanation };
}
