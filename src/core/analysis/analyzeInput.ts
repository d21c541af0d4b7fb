import { diagnose } from '../diagnose/diagnose';
import { defaultHarEntryIndex } from '../http/defaultHarEntryIndex';
import { parseInput } from '../http/parseInput';
import { checkJson } from '../json/checkJson';
import type { Exchange, ParsedInput } from '../types';
import type { ExchangeSummary, ResponseAnalysis } from './analysis.types';
import { bodyView } from './bodyView';

function summarize(exchange: Exchange, index: number): ExchangeSummary {
  const { response, request } = exchange;
  const fallback =
    `${request ? `${request.method} ${request.target} → ` : ''}${response.status} ${response.reason}`.trim();
  return {
    index,
    label: exchange.label ?? fallback,
    status: response.status,
    reason: response.reason,
    method: request?.method,
    target: request?.target,
  };
}

/** A copy of `check` that answers a repeated call for the same text from memory. */
export function rememberLast<R>(check: (text: string) => R): (text: string) => R {
  let last: { text: string; result: R } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, result: check(text) };
    return last.result;
  };
}

/** The exchange shown first: in a HAR file the last failing entry, otherwise the final response. */
export function defaultExchangeIndex(parsed: ParsedInput): number {
  return parsed.kind === 'har' ? defaultHarEntryIndex(parsed) : parsed.exchanges.length - 1;
}

/**
 * Everything the Diagnose screen shows for one paste: the parsed input, the chosen exchange's
 * diagnosis and its body, ready to render. Never throws: parseInput and diagnose do not.
 */
export function analyzeInput(
  text: string,
  options: { selectedIndex?: number; now?: Date } = {},
): ResponseAnalysis {
  const parsed = parseInput(text);
  const exchanges = parsed.exchanges.map(summarize);
  const requested = options.selectedIndex;
  const selectedIndex =
    requested !== undefined && requested >= 0 && requested < parsed.exchanges.length
      ? requested
      : defaultExchangeIndex(parsed);
  const exchange = parsed.exchanges[selectedIndex];
  if (!exchange) {
    const body = parsed.body ?? '';
    return {
      kind: parsed.kind,
      ...(parsed.command !== undefined && { command: parsed.command }),
      problems: parsed.problems,
      exchanges,
      selectedIndex: -1,
      body: bodyView(body, []),
    };
  }
  // The diagnosis and the body view both validate the body: one scan serves both.
  const sharedCheck = rememberLast(checkJson);
  return {
    kind: parsed.kind,
    ...(parsed.command !== undefined && { command: parsed.command }),
    problems: parsed.problems,
    exchanges,
    selectedIndex,
    exchange,
    diagnosis: diagnose(exchange, {
      now: options.now,
      checkJson: sharedCheck,
      chain: { exchanges: parsed.exchanges, index: selectedIndex },
    }),
    body: bodyView(exchange.response.body, exchange.response.headers, sharedCheck),
  };
}
