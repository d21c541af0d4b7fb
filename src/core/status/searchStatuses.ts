import type { StatusInfo } from '../types';
import { allRecords } from './catalogue/allRecords';
import { describeStatus } from './describeStatus';
import { toStatusInfo } from './toStatusInfo';

/** Longer queries are cut: nobody types more into a search box, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;

/** How well a record matches, best first. */
const TIER = { exactCode: 0, name: 1, primaryText: 2, secondaryText: 3 } as const;
type Tier = (typeof TIER)[keyof typeof TIER];

interface IndexedRecord {
  record: StatusInfo;
  code: string;
  /** Name, former names and vendor: what people call the code. */
  name: Field;
  /** Summary and description: what the code is about. */
  primary: Field;
  /** Everything else a reader might search for (causes, handling, notes, spec label, ...). */
  secondary: Field;
}

interface Field {
  words: string[];
  /** The words joined by single spaces, with a leading space, for phrase and word-start matching. */
  text: string;
}

const CLASS_PATTERN = /^[1-5]xx$/;
/** Status codes have three digits (status 0 aside): shorter numbers typed alone are code prefixes. */
const MIN_CODE_DIGITS = 3;
const DIGITS = /^\d+$/;

/**
 * Finds catalogue records by code ("429"), code prefix ("42"), class ("4xx"), name ("too many") or
 * words from the record's text ("rate limit", "cloudflare"). Case-insensitive; every word must match.
 * Ranked by exact code, then name (including former names and vendor), then summary and description,
 * then the rest of the text; within a rank, records containing the words as a phrase come first.
 */
export function searchStatuses(query: string): StatusInfo[] {
  const words = tokenize(query.slice(0, MAX_QUERY_LENGTH));
  if (words.length === 0) return allRecords.map(toStatusInfo);
  const phrase = ` ${words.join(' ')}`;

  const hits: { entry: IndexedRecord; tier: Tier; phraseMiss: number }[] = [];
  for (const entry of getIndex()) {
    const tier = recordTier(entry, words, words.length === 1);
    if (tier === undefined) continue;
    hits.push({ entry, tier, phraseMiss: containsPhrase(entry, phrase) ? 0 : 1 });
  }
  hits.sort(
    (a, b) => a.tier - b.tier || a.phraseMiss - b.phraseMiss || a.entry.record.code - b.entry.record.code,
  );
  return hits.map((hit) => structuredClone(hit.entry.record));
}

/** The worst tier over all words, since every word has to match; undefined if one does not. */
function recordTier(entry: IndexedRecord, words: string[], alone: boolean): Tier | undefined {
  let worst: Tier = TIER.exactCode;
  for (const word of words) {
    const tier = wordTier(entry, word, alone);
    if (tier === undefined) return undefined;
    if (tier > worst) worst = tier;
  }
  return worst;
}

/**
 * How well one word matches. A number is a code, a code prefix ("42") or, when it is three digits or
 * more or comes with other words ("0-RTT"), a whole word of the text (a code mentioned, an RFC
 * number): a lone "0" means status 0, not every text that mentions HTTP/1.0.
 */
function wordTier(entry: IndexedRecord, word: string, alone: boolean): Tier | undefined {
  if (CLASS_PATTERN.test(word)) return entry.code[0] === word[0] ? TIER.name : undefined;
  if (DIGITS.test(word)) {
    if (entry.code === word) return TIER.exactCode;
    if (entry.code.startsWith(word)) return TIER.name;
    if (alone && word.length < MIN_CODE_DIGITS) return undefined;
    return fieldTier(entry, (field) => field.words.includes(word));
  }
  return fieldTier(entry, (field) => field.text.includes(` ${word}`));
}

function fieldTier(entry: IndexedRecord, matches: (field: Field) => boolean): Tier | undefined {
  if (matches(entry.name)) return TIER.name;
  if (matches(entry.primary)) return TIER.primaryText;
  if (matches(entry.secondary)) return TIER.secondaryText;
  return undefined;
}

function containsPhrase(entry: IndexedRecord, phrase: string): boolean {
  return [entry.name, entry.primary, entry.secondary].some((field) => field.text.includes(phrase));
}

/** Lower-case letter and digit runs: "X-RateLimit-Reset" gives "x", "ratelimit", "reset". */
function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function field(parts: readonly string[]): Field {
  const words = parts.flatMap(tokenize);
  return { words, text: ` ${words.join(' ')}` };
}

let index: IndexedRecord[] | undefined;

/**
 * The catalogue and status 0 (no response at all, as HAR files and browsers record it), which has no
 * record of its own but is what people search "0" for.
 */
function searchable(): StatusInfo[] {
  const records = allRecords.map(toStatusInfo);
  return records.some((r) => r.code === 0) ? records : [describeStatus(0), ...records];
}

/** Built on first search, not at import: most sessions never open the catalogue search. */
function getIndex(): IndexedRecord[] {
  index ??= searchable().map((record) => ({
    record,
    code: String(record.code),
    name: field([record.name, ...record.formerNames, record.vendor ?? '']),
    primary: field([record.summary, record.description]),
    secondary: field([
      ...record.whenYouSeeIt,
      ...record.causes,
      ...record.handling,
      record.retry.explanation,
      ...record.notes,
      ...record.confusedWith.map((entry) => entry.explanation),
      record.spec?.label ?? '',
    ]),
  }));
  return index;
}
