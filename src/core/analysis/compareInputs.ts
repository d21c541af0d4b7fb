import { diffResponses } from '../diff/diffResponses';
import { parseInput } from '../http/parseInput';
import { compareResponses, type CompareOptions } from '../diff/compareResponses';
import type { DiffRegion } from '../diff/diff.types';
import type { HttpResponse } from '../types';
import { defaultExchangeIndex } from './analyzeInput';

export interface CompareSide {
  response: HttpResponse;
  problems: string[];
}

export interface ComparedInputs {
  diff: ReturnType<typeof diffResponses>;
  /** The changed regions for the side-by-side view (see DiffRegion). */
  regions: DiffRegion[];
  /** Changes listed but not shown side by side (past the region limit). */
  regionsLeftOut: number;
  problemsA: string[];
  problemsB: string[];
}

const EMPTY_RESPONSE: HttpResponse = { httpVersion: '', status: 0, reason: '', headers: [], body: '' };

/** Turns one pasted side (raw, curl -v, HAR, bare body) into the response to compare. */
export function responseForComparison(text: string): CompareSide {
  const parsed = parseInput(text);
  const problems = parsed.problems.filter((p) => p.severity !== 'info').map((p) => p.message);
  if (parsed.kind === 'body-only')
    return { response: { ...EMPTY_RESPONSE, body: parsed.body ?? '' }, problems };
  const exchange = parsed.exchanges[defaultExchangeIndex(parsed)];
  if (!exchange) return { response: EMPTY_RESPONSE, problems };
  return { response: exchange.response, problems };
}

/**
 * Compares two pasted responses (raw, curl -v, HAR, bare bodies) and prepares the changed regions
 * for a side-by-side view. Progress goes from 0 to 1 on big inputs: reading both sides, comparing.
 */
export function compareInputs(
  a: string,
  b: string,
  options: CompareOptions = {},
  onProgress?: (done: number) => void,
): ComparedInputs {
  const sideA = responseForComparison(a);
  onProgress?.(0.05);
  const sideB = responseForComparison(b);
  onProgress?.(0.1);
  const { diff, regions, regionsLeftOut } = compareResponses(
    sideA.response,
    sideB.response,
    options,
    onProgress && ((done) => onProgress(0.1 + done * 0.9)),
  );
  return { diff, regions, regionsLeftOut, problemsA: sideA.problems, problemsB: sideB.problems };
}
