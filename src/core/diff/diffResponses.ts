import type { ComparedSide, DiffOptions, HttpResponse } from '../types';
import { diffBodies } from './bodyDiff';
import type { BodyDiff, DetailedResponseDiff } from './diff.types';
import { diffHeaders } from './headerDiff';
import { diffStatus } from './sideStatus';
import { formatSummary, summarizeDiff } from './summarizeDiff';

export { DEFAULT_IGNORED_HEADERS } from './headerDiff';
export { summarizeDiff, formatSummary } from './summarizeDiff';
export type { BodyDiff, DetailedResponseDiff, DiffCounts, DiffRegion, DiffRow } from './diff.types';

/**
 * Compares two responses the way someone asking "why does this work there and not here?" needs:
 * status, headers without the volatile noise, and bodies losslessly (JSON structurally, anything else
 * by lines). Never throws; the result is plain data the worker can post as is.
 */
export function diffResponses(
  a: HttpResponse,
  b: HttpResponse,
  options: DiffOptions = {},
): DetailedResponseDiff {
  return withBody(a, b, options, diffBodies(a, b, options));
}

/** Status, headers and the summary around a body comparison; `sides` says what each side is. */
export function withBody(
  a: HttpResponse,
  b: HttpResponse,
  options: DiffOptions,
  body: BodyDiff,
  sides?: { a: ComparedSide; b: ComparedSide },
): DetailedResponseDiff {
  const status = diffStatus(a.status, b.status, sides);
  const headers = diffHeaders(a.headers, b.headers, options.ignoreHeaders);
  const summary = formatSummary(summarizeDiff({ status, headers, body }));
  return { status, headers, body, summary };
}
