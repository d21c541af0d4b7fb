import type {
  BackoffPlan,
  Diagnosis,
  Exchange,
  Finding,
  FindingSeverity,
  NextStep,
  ResponseVerdict,
} from '../types';
import { handlingSteps } from './nextStep';
import { backoffPlan } from './backoffPlan';
import { bodyAdvice } from './bodyAdvice';
import type { JsonChecker } from './analyzeBody';
import { createDiagnoseContext, type DiagnoseContext } from './diagnoseContext';
import { findAllow } from './findAllow';
import { findAuthChallenge } from './findAuthChallenge';
import { findBodyError } from './findBodyError';
import { findCaching } from './findCaching';
import { findConsistency } from './findConsistency';
import { findContentRange } from './findContentRange';
import { findCookies } from './findCookies';
import { findCors } from './findCors';
import { findDeprecation } from './findDeprecation';
import { findIdempotency } from './findIdempotency';
import { findLocation } from './findLocation';
import { findRedirectChain } from './findRedirectChain';
import { findRateLimit } from './findRateLimit';
import { findRetryAfter } from './findRetryAfter';
import { findToken } from './findToken';
import { findNoResponse } from './noResponse/findNoResponse';
import { nextSteps } from './nextSteps';
import { responseVerdict, serverWait } from './responseVerdict';
import { runFinderSafely } from './runFinderSafely';

type Finder = (ctx: DiagnoseContext) => Finding[];

/** In the order their findings read best when severities tie. */
const FINDERS: Finder[] = [
  findBodyError,
  findConsistency,
  findToken,
  findAuthChallenge,
  findCors,
  findRateLimit,
  findRetryAfter,
  findIdempotency,
  findRedirectChain,
  findLocation,
  findAllow,
  findContentRange,
  findCookies,
  findCaching,
  findDeprecation,
];

/** A request with no response has no headers or body to read: its transport error, and what a retry risks. */
const NO_RESPONSE_FINDERS: Finder[] = [findNoResponse, findIdempotency];

const SEVERITY_RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2, tip: 3 };

/** Most important first; Array.prototype.sort is stable, so ties keep the finders' order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** Same safety net for the steps: fall back to the catalogue's generic handling. */
function safeNextSteps(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  verdict: ResponseVerdict,
  backoff: BackoffPlan | undefined,
): NextStep[] {
  try {
    return nextSteps(ctx, findings, verdict, backoff);
  } catch {
    return handlingSteps(ctx.status.handling);
  }
}

export interface DiagnoseOptions {
  now?: Date;
  /**
   * The JSON checker to validate the body with. A caller that checks the same body too (the Diagnose
   * screen's body view) passes a remembering copy, so a 50 MB body is validated once, not twice.
   */
  checkJson?: JsonChecker;
  /**
   * All the exchanges of the same paste, in order, and this one's index in them: a redirect chain curl -L
   * followed, a HAR recording. Findings that need the neighbours (a redirect loop) read them.
   */
  chain?: { exchanges: readonly Exchange[]; index: number };
}

/** The backoff schedule that carries out the verdict: the server's wait first, then the fallback series. */
function planFor(verdict: ResponseVerdict, findings: readonly Finding[]): BackoffPlan | undefined {
  const wait = serverWait(findings);
  return backoffPlan({
    verdict: verdict.verdict,
    floorSeconds: verdict.waitSeconds,
    floorSource: wait?.source ?? 'the server',
  });
}

/**
 * What a response says, as structured findings (most important first), the verdict for it, the next
 * steps and, when retrying can help, the backoff plan; the steps and the plan follow the verdict.
 * `now` stands in for the clock when the response has no Date header (tests pass it to stay
 * deterministic). A request that got no response (status 0) is diagnosed by its transport error.
 */
export function diagnose(exchange: Exchange, options: DiagnoseOptions = {}): Diagnosis {
  const ctx = createDiagnoseContext(exchange, options.now ?? new Date(), options.checkJson, options.chain);
  const finders = ctx.response.status === 0 ? NO_RESPONSE_FINDERS : FINDERS;
  const findings = sortFindings(finders.flatMap((finder) => runFinderSafely(finder, ctx, 'this response')));
  const advice = bodyAdvice(ctx);
  const verdict = responseVerdict(ctx, findings, advice);
  const backoff = planFor(verdict, findings);
  return {
    status: ctx.status,
    verdict,
    findings,
    nextSteps: safeNextSteps(ctx, findings, verdict, backoff),
    ...(backoff && { backoff }),
  };
}
