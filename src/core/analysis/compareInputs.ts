import { diffResponses } from '../diff/diffResponses';
import { parseInput } from '../http/parseInput';
import { formatJson } from '../json/formatJson';
import type { DiffOptions, HttpResponse } from '../types';
import { defaultExchangeIndex } from './analyzeInput';

export interface CompareSide {
  response: HttpResponse;
  problems: string[];
}

export interface ComparedInputs {
  diff: ReturnType<typeof diffResponses>;
  bodyA: string;
  bodyB: string;
  language: 'json' | 'plaintext';
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

/** Formats a body for the side-by-side view; sorted keys so key order never shows as a change. */
function displayBody(body: string, sortKeys: boolean): { text: string; json: boolean } {
  const formatted = formatJson(body, { indent: 2, sortKeys });
  return formatted.ok ? { text: formatted.text, json: true } : { text: body, json: false };
}

/** Compares two pasted responses and prepares both bodies for a side-by-side view. */
export function compareInputs(
  a: string,
  b: string,
  options: DiffOptions & { sortKeys?: boolean } = {},
): ComparedInputs {
  const sideA = responseForComparison(a);
  const sideB = responseForComparison(b);
  const diff = diffResponses(sideA.response, sideB.response, options);
  // Line changes of a text comparison count lines of the bodies as received: show them unformatted.
  const asText = diff.body.kind !== 'json';
  const shownA = asText
    ? { text: sideA.response.body, json: false }
    : displayBody(sideA.response.body, options.sortKeys ?? true);
  const shownB = asText
    ? { text: sideB.response.body, json: false }
    : displayBody(sideB.response.body, options.sortKeys ?? true);
  return {
    diff,
    bodyA: shownA.text,
    bodyB: shownB.text,
    language: shownA.json && shownB.json ? 'json' : 'plaintext',
    problemsA: sideA.problems,
    problemsB: sideB.problems,
  };
}
