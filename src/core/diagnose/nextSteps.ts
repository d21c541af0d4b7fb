import type { BackoffPlan, Finding, NextStep, ResponseVerdict } from '../types';
import { asSentence } from './asSentence';
import { authSteps } from './authSteps';
import type { DiagnoseContext } from './diagnoseContext';
import { bodyAdvice } from './bodyAdvice';
import { findingOf } from './findingData';
import { handlingSteps, step } from './nextStep';
import { noResponseSteps } from './noResponse/noResponseSteps';
import { isPaceFailure } from './responseVerdict';
import { shellWord } from '../text/shellQuote';
import { fieldStep, requestBodyStep } from './requestSteps';
import { serverErrorSteps, waitStep } from './retrySteps';

/** The server-side change that lifts one CORS refusal, in a few words. */
function corsFix(problem: string, missing: readonly string[] | undefined): string {
  const listed = missing && missing.length > 0 ? missing.join(', ') : undefined;
  switch (problem) {
    case 'wildcard-with-credentials':
      return 'echo the exact origin instead of * (with Access-Control-Allow-Credentials: true, * is refused)';
    case 'method-not-allowed':
      return `add ${listed ?? 'the method'} to Access-Control-Allow-Methods`;
    case 'headers-not-allowed':
      return `add ${listed ?? 'the requested headers'} to Access-Control-Allow-Headers`;
    case 'preflight-status':
      return 'answer OPTIONS with 204 before any authentication';
    case 'no-allow-origin':
    case 'origin-mismatch':
      return "send Access-Control-Allow-Origin with the page's exact origin";
    case 'several-origins':
      return 'send one origin in Access-Control-Allow-Origin, not a list';
    case 'credentials-not-allowed':
      return 'add Access-Control-Allow-Credentials: true';
    default:
      return 'send the Access-Control-Allow-* headers the request needs';
  }
}

function categoryStep(ctx: DiagnoseContext, pace: boolean): NextStep {
  return step('status-meaning', categoryWords(ctx, pace));
}

function categoryWords(ctx: DiagnoseContext, pace: boolean): string {
  const { code, name, category } = ctx.status;
  const label = `${code} ${name}`;
  switch (category) {
    case 'informational':
      return `${label} is an interim response: the final answer follows it. Diagnose the final response instead.`;
    case 'success':
      return ctx.bodyError
        ? `${label} says success, but the body reports an error: treat it as a failure.`
        : `${label} is a success: still validate the body's shape before using it; a 2xx does not promise the data you expect.`;
    case 'redirection':
      return `${label} is a redirection: the answer is elsewhere, and the client has to act on it.`;
    case 'client-error':
      if (pace) {
        return `${label} is a client error about pace, not content: the same request will pass once the limit allows it.`;
      }
      if (code === 408)
        return `${label} is a client error about timing: the request did not arrive completely in time.`;
      return `${label} is a client error: the request must change; sending it again unchanged gets the same answer.`;
    case 'server-error':
      return `${label} is a server error: the server failed, not your request's content, and it is often temporary.`;
    case 'invalid':
      return `${code} is not a valid HTTP status (valid ones run from 100 to 599): something between you and the API garbled the response, or the client reports its own error code.`;
  }
}

function bodyStep(ctx: DiagnoseContext, findings: readonly Finding[]): NextStep | undefined {
  const failed = ctx.response.status >= 400;
  const error = ctx.bodyError;
  const proxy = findingOf(findings, 'proxy-error-page')?.data.proxy;
  const invalidJson = findingOf(findings, 'body-invalid-json')?.data;
  // A body shortened in the paste is not broken JSON from the server.
  const invalid = invalidJson?.elision ? undefined : invalidJson;
  const parts: string[] = [];
  if (invalid) {
    parts.push(
      `The body is not valid JSON (line ${invalid.line}, column ${invalid.column}): log it as text before parsing so the real answer is not lost.`,
    );
  } else if (error?.message) {
    parts.push(
      asSentence(
        `Read the body in full: it says “${error.message}”${error.code ? ` (code ${error.code})` : ''}`,
      ),
    );
  } else if (ctx.body.kind === 'empty' && failed) {
    parts.push('The body is empty: the status and headers are all the API says, so log those.');
  } else if (failed) {
    parts.push('Read the response body in full: APIs usually explain the failure there.');
  }
  if (proxy)
    parts.push(
      `It is an error page from ${proxy}, not from the API: the request may not have reached the application.`,
    );
  if (failed && ctx.status.category === 'client-error' && ctx.body.kind !== 'empty') {
    parts.push('Log the complete body for every 4xx; never discard it.');
  }
  return parts.length > 0 ? step('read-body', parts.join(' ')) : undefined;
}

function redirectSteps(ctx: DiagnoseContext, findings: readonly Finding[]): NextStep[] {
  const { status } = ctx.response;
  if (status === 304)
    return [
      step(
        'cached-copy',
        'Serve the copy you cached; there is no body to parse. Keep the validators for the next conditional request.',
      ),
    ];
  const loop = findingOf(findings, 'redirect-loop')?.data;
  if (loop) {
    const first = loop.urls[0];
    const trace = first
      ? `run \`curl -sIL --max-redirs 10 ${shellWord(first)} | grep -i '^location'\` to list every hop`
      : 'list every hop (each Location)';
    return [
      step(
        'redirect-loop',
        `Do not follow it again: ${trace}, and fix the rule that sends the last URL back. Check the proxy's and the app's HTTPS and host rules, and whether the login sets a cookie the next request does not send.`,
      ),
    ];
  }
  const location = findingOf(findings, 'location')?.data;
  const target = location?.resolved ?? location?.url;
  const steps: NextStep[] = [];
  if (location && !location.linkable && location.scheme) {
    steps.push(step('redirect', 'Do not follow this redirect: its target is not an http(s) URL.'));
  } else if (target) {
    steps.push(
      step(
        'redirect',
        `Follow the redirect to ${target}${status === 301 || status === 308 ? ' and update stored URLs: the move is permanent' : ''}.`,
      ),
    );
  } else if (status !== 300) {
    steps.push(step('redirect', 'The redirect has no Location to follow: report it to the API provider.'));
  }
  const method = findingOf(findings, 'redirect-method');
  const verb = method?.data.method;
  if (method?.severity === 'warning' && verb) {
    steps.push(
      step(
        'redirect-method',
        `Your ${verb} may arrive there as a GET without its body: send the ${verb} to the new URL directly, or ask the API to answer ${status === 301 ? 308 : 307}, which keeps the method.`,
      ),
    );
  }
  return steps;
}

function specificSteps(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  verdict: ResponseVerdict,
  backoff: BackoffPlan | undefined,
  pace: boolean,
): NextStep[] {
  const { status } = ctx.response;
  if (pace) return waitStep(ctx, findings, backoff, true);
  if (status === 401) return authSteps(ctx, findings);
  if (status === 400 || status === 422) {
    // The fields the API names say more than any general advice about the values.
    const fields = fieldStep(findings);
    const sent = (ctx.request?.body ?? '').trim() !== '';
    if (fields && status === 422 && !sent) return [fields];
    return [requestBodyStep(ctx), fields].filter((s): s is NextStep => !!s);
  }
  if (status === 403) {
    const scope = findingOf(findings, 'auth-challenge')?.data.scope;
    return [
      step(
        'permissions',
        `The server knows who you are but refuses this: check the account's role, the token's scopes${scope ? ` (needed: ${scope})` : ''}, the plan, and IP allow-lists. Do not repeat it unchanged with the same credentials: it can pass with other credentials, or once the permission is granted.`,
      ),
    ];
  }
  if (status === 405) {
    const methods = findingOf(findings, 'allow')?.data.methods ?? [];
    return [
      step(
        'allowed-methods',
        methods.length > 0
          ? `Use one of the methods the URL accepts: ${methods.join(', ')}.`
          : 'Check the API documentation for the method this URL accepts.',
      ),
    ];
  }
  if (status >= 500 && status < 600) return serverErrorSteps(ctx, findings, verdict, backoff);
  if (status >= 300 && status < 400) return redirectSteps(ctx, findings);
  const fields = fieldStep(findings);
  const handling = handlingSteps(ctx.status.handling.slice(0, 2));
  const retry = backoff ? waitStep(ctx, findings, backoff, false) : [];
  return [...(fields ? [fields] : []), ...handling, ...retry];
}

function lifecycleSteps(findings: readonly Finding[]): NextStep[] {
  const sunset = findingOf(findings, 'sunset')?.data;
  const deprecation = findingOf(findings, 'deprecation')?.data;
  if (!sunset && !deprecation) return [];
  const date = sunset && 'date' in sunset ? sunset.date.slice(0, 10) : undefined;
  const link = sunset?.link ?? deprecation?.link;
  return [
    step(
      'migrate',
      `Plan the migration away from this endpoint${date ? ` before ${date}` : ''}${link ? ` (see ${link})` : ''}: it is deprecated and will stop working.`,
    ),
  ];
}

/**
 * The debugging workflow applied to this response, in order: what the category means, what the
 * body says (its own words first when they name the cause), the status-specific checks (using the
 * findings' data), and finally the comparison with a working environment for failures. Every step
 * follows the verdict: a pace failure is waited out, never "fixed".
 */
export function nextSteps(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  verdict: ResponseVerdict,
  backoff?: BackoffPlan,
): NextStep[] {
  if (ctx.response.status === 0) return noResponseSteps(ctx, verdict, backoff);
  const advice = bodyAdvice(ctx);
  const pace = isPaceFailure(ctx, findings, advice);
  const steps = [categoryStep(ctx, pace)];
  const body = bodyStep(ctx, findings);
  if (body) steps.push(body);
  // A 401's expired token is said once, by the auth steps, with all its evidence.
  const saidByAuth = advice?.kind === 'token-expired' && ctx.response.status === 401;
  if (advice && (advice.kind !== 'retry-later' || pace) && !saidByAuth)
    steps.push(step('body-advice', advice.step));
  const refusals = findings.filter((f) => f.id === 'cors' && f.severity === 'error');
  if (refusals.length > 0) {
    // The browser's refusal is the whole story: the status's own steps (a 204's "no body to parse") do not apply.
    steps[0] = step(
      'status-meaning',
      `${ctx.status.code} ${ctx.status.name} would be ${ctx.status.category === 'success' ? 'a success' : 'an answer'}, but the browser refuses it (CORS): the page never sees it.`,
    );
    const fixes = refusals.flatMap((f) => (f.id === 'cors' ? [corsFix(f.data.problem, f.data.missing)] : []));
    steps.push(
      step(
        'fix-cors',
        `Fix the CORS headers on the server (nothing in the page can): ${[...new Set(fixes)].join('; ')}. Then check with the browser's devtools console, which names the header it rejected.`,
      ),
    );
    return steps;
  }
  const specific = specificSteps(ctx, findings, verdict, backoff, pace);
  // When the body names the fix, the status's generic guess (403: "check the permissions") would contradict it.
  steps.push(...(advice && advice.kind !== 'retry-later' && ctx.response.status === 403 ? [] : specific));
  steps.push(...lifecycleSteps(findings));
  if (ctx.response.status >= 400 || ctx.bodyError) {
    steps.push(
      step(
        'compare-environments',
        'If it fails only in production, compare this response with one from a working environment: a different API key scope, a missing header or another data format is the usual culprit.',
        { kind: 'compare-responses' },
      ),
    );
  }
  return steps;
}
