import type { HttpRequest, ParsedInput, Problem } from '../types';
import { detectInput, EXPECTED_INPUT } from './detectInput';
import { LineReader } from './LineReader';
import { parseCurlVerbose } from './parseCurlVerbose';
import { parseHar } from './parseHar';
import { parseRawRequest } from './parseRawRequest';
import { parseRawResponses } from './parseRawResponses';
import { ProblemList } from './ProblemList';

const BOM = 0xfeff;

function unrecognized(message: string, line?: number, problems: Problem[] = []): ParsedInput {
  const error: Problem =
    line === undefined ? { severity: 'error', message } : { severity: 'error', message, line };
  return { kind: 'unrecognized', exchanges: [], problems: [error, ...problems] };
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

function parseHarText(raw: string, problems: ProblemList): ParsedInput {
  let json: unknown;
  try {
    json = JSON.parse(raw.charCodeAt(0) === BOM ? raw.slice(1) : raw);
  } catch (error) {
    return unrecognized(`This looks like a HAR file but it is not valid JSON (${describeError(error)}).`);
  }
  const har = parseHar(json, problems);
  if (har.kind === 'not-har') return { kind: 'body-only', exchanges: [], body: raw, problems: [] };
  return { kind: 'har', exchanges: har.exchanges, problems: problems.toArray() };
}

function parseDetected(raw: string): ParsedInput {
  const problems = new ProblemList();
  const detected = detectInput(raw);
  switch (detected.kind) {
    case 'empty':
      return { kind: 'empty', exchanges: [], problems: [] };
    case 'body-only': {
      const hint: Problem[] =
        detected.hint === undefined ? [] : [{ severity: 'info', message: detected.hint, line: 1 }];
      return { kind: 'body-only', exchanges: [], body: raw, problems: hint };
    }
    case 'unrecognized':
      return unrecognized(detected.message, detected.line);
    case 'har-candidate':
      return parseHarText(raw, problems);
    case 'curl-verbose': {
      const { exchanges, curlErrors } = parseCurlVerbose(raw, problems);
      if (exchanges.length > 0) return { kind: 'curl-verbose', exchanges, problems: problems.toArray() };
      const curlSaid = curlErrors.length > 0 ? ` curl reported: ${curlErrors.join(' ')}` : '';
      return unrecognized(
        `This curl -v output has no response in it (no \`< HTTP/...\` lines).${curlSaid}`,
        undefined,
        problems.toArray(),
      );
    }
    case 'raw':
    case 'raw-request': {
      const reader = new LineReader(raw, true);
      let start = detected.start;
      let line = detected.line;
      let request: HttpRequest | undefined;
      if (detected.kind === 'raw-request') {
        const result = parseRawRequest(reader, start, line, problems);
        if (!result.ok) return unrecognized(result.message, result.line, problems.toArray());
        ({ request } = result);
        start = result.responseStart;
        line = result.responseLine;
      }
      const { exchanges, error } = parseRawResponses(reader, start, line, problems, request);
      if (exchanges.length === 0) {
        return unrecognized(
          `${error?.message ?? ''} ${EXPECTED_INPUT}`.trim(),
          error?.line,
          problems.toArray(),
        );
      }
      return { kind: 'raw', exchanges, problems: problems.toArray() };
    }
  }
}

/**
 * Turns whatever was pasted into exchanges: raw responses (curl -i, devtools copies, several in a row),
 * curl -v output, a HAR file, a bare body, or nothing. Never throws: an unexpected failure comes back
 * as an 'unrecognized' input with an error problem.
 */
export function parseInput(raw: string): ParsedInput {
  try {
    if (typeof raw !== 'string') return unrecognized(`Expected text to parse. ${EXPECTED_INPUT}`);
    return parseDetected(raw);
  } catch (error) {
    return unrecognized(`This input could not be read (${describeError(error)}).`);
  }
}
