import { diffResponses } from '../diff/diffResponses';
import { parseInput } from '../http/parseInput';
import { compareResponses, type CompareOptions } from '../diff/compareResponses';
import type { DiffRegion } from '../diff/diff.types';
import type { ComparedSide, Exchange, HttpResponse } from '../types';
import { defaultExchangeIndex } from './analyzeInput';

export interface CompareSide {
  response: HttpResponse;
  /** What the side is where a status would be: a response, a request that got none, a bare body. */
  side: ComparedSide;
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

/** A bare body that does not start like JSON is most likely not what the user meant to compare. */
const NOT_A_RESPONSE =
  'is not an HTTP response (no status line, no headers): it is compared as plain text, against the other side’s body.';

function bareBody(body: string, problems: string[]): CompareSide {
  const first = body.trimStart()[0];
  const json = first === '{' || first === '[';
  // A paste that starts like a header already has its own problem saying what is missing.
  if (!json && problems.length === 0) problems.push(`This ${NOT_A_RESPONSE}`);
  return {
    response: { ...EMPTY_RESPONSE, body },
    side: { form: 'body-only', detail: json ? 'a bare JSON body' : 'plain text' },
    problems,
  };
}

/** Why the request got no response, by the name the recording or the client gave it (never a URL). */
function noResponseDetail(exchange: Exchange): string | undefined {
  if (exchange.recorded?.error) return exchange.recorded.error;
  const transport = exchange.transportError;
  if (transport?.code === undefined) return undefined;
  return transport.tool === 'curl' ? `curl exit code ${transport.code}` : transport.code;
}

/** Turns one pasted side (raw, curl -v, HAR, bare body) into the response to compare. */
export function responseForComparison(text: string): CompareSide {
  const parsed = parseInput(text);
  const problems = parsed.problems.filter((p) => p.severity !== 'info').map((p) => p.message);
  const exchange = parsed.exchanges[defaultExchangeIndex(parsed)];
  // Text the parser could not read as a response is compared as what it is: text.
  if (!exchange) return bareBody(parsed.body ?? text, problems);
  if (exchange.response.status !== 0)
    return { response: exchange.response, side: { form: 'response' }, problems };
  const detail = noResponseDetail(exchange);
  return { response: exchange.response, side: { form: 'no-response', ...(detail && { detail }) }, problems };
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
    { a: sideA.side, b: sideB.side },
  );
  return { diff, regions, regionsLeftOut, problemsA: sideA.problems, problemsB: sideB.problems };
}
