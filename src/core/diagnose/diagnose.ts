import type { BackoffPlan, Diagnosis, Exchange, Finding, FindingSeverity } from '../types';
import { backoffPlan } from './backoffPlan';
import type { JsonChecker } from './analyzeBody';
import { createDiagnoseContext, type DiagnoseContext } from './diagnoseContext';
import { findAllow } from './findAllow';
import { findAuthChallenge } from './findAuthChallenge';
import { findBodyError } from './findBodyError';
import { findCaching } from './findCaching';
import { findConsistency } from './findConsistency';
import { findContentRange } from './findContentRange';
import { findDeprecation } from './findDeprecation';
import { findIdempotency } from './findIdempotency';
import { findLocation } from './findLocation';
import { findRateLimit } from './findRateLimit';
import { findRetryAfter } from './findRetryAfter';
import { nextSteps } from './nextSteps';

type Finder = (ctx: DiagnoseContext) => Finding[];

/** In the order their findings read best when severities tie. */
const FINDERS: Finder[] = [
  findBodyError,
  findConsistency,
  findAuthChallenge,
  findRateLimit,
  findRetryAfter,
  findIdempotency,
  findLocation,
  findAllow,
  findContentRange,
  findCaching,
  findDeprecation,
];

const SEVERITY_RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2, tip: 3 };

/** Most important first; Array.prototype.sort is stable, so ties keep the finders' order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/**
 * A finder that throws on some unforeseen input must not take the whole diagnosis down (the UI
 * calls this on every keystroke of a paste); its absence is reported instead.
 */
function runFinder(finder: Finder, ctx: DiagnoseContext): Finding[] {
  try {
    return finder(ctx);
  } catch (error) {
    return [
      {
        id: 'diagnosis-incomplete',
        severity: 'info',
        title: 'Part of the diagnosis failed',
        detail: `One check (${finder.name}) could not read this response, so its findings are missing: ${error instanceof Error ? error.message : String(error)}`,
        data: { check: finder.name },
      },
    ];
  }
}

/** Same safety net for the steps: fall back to the catalogue's generic handling. */
function safeNextSteps(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  backoff: BackoffPlan | undefined,
): string[] {
  try {
    return nextSteps(ctx, findings, backoff);
  } catch {
    return [...ctx.status.handling];
  }
}

function numberData(findings: readonly Finding[], id: string, key: string): number | undefined {
  const value = findings.find((f) => f.id === id)?.data?.[key];
  return typeof value === 'number' ? value : undefined;
}

export interface DiagnoseOptions {
  now?: Date;
  /**
   * The JSON checker to validate the body with. A caller that checks the same body too (the Diagnose
   * screen's body view) passes a remembering copy, so a 50 MB body is scanned once, not twice.
   */
  checkJson?: JsonChecker;
}

/**
 * What a response says, as structured findings (most important first), the next steps for it and,
 * when retrying can help, the backoff plan. `now` stands in for the clock when the response has no
 * Date header (tests pass it to stay deterministic).
 */
export function diagnose(exchange: Exchange, options: DiagnoseOptions = {}): Diagnosis {
  const ctx = createDiagnoseContext(exchange, options.now ?? new Date(), options.checkJson);
  const findings = sortFindings(FINDERS.flatMap((finder) => runFinder(finder, ctx)));
  const rateLimit = findings.find((f) => f.id === 'rate-limit')?.data;
  const exhausted = rateLimit?.['exhausted'] === true;
  const retryAfter = numberData(findings, 'retry-after', 'waitSeconds');
  const reset = exhausted ? numberData(findings, 'rate-limit', 'resetSeconds') : undefined;
  const floorSeconds =
    retryAfter === undefined && reset === undefined ? undefined : Math.max(retryAfter ?? 0, reset ?? 0);
  const backoff = backoffPlan({
    verdict: ctx.status.retry.verdict,
    floorSeconds,
    floorSource: (reset ?? -1) > (retryAfter ?? -1) ? 'the rate-limit reset' : 'Retry-After',
    rateLimited: exhausted && ctx.response.status >= 400,
  });
  return {
    status: ctx.status,
    verdict: { verdict: ctx.status.retry.verdict, reason: ctx.status.retry.explanation },
    findings,
    nextSteps: safeNextSteps(ctx, findings, backoff),
    ...(backoff && { backoff }),
  };
}
