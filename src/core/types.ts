/**
 * The public types of the core (design.md). Other tools call the core by these exact names and shapes,
 * so fields are only ever added, never renamed.
 */

/** A header as written: original name case, order and duplicates kept. */
export type Header = { name: string; value: string };

export interface HttpResponse {
  httpVersion: string;
  status: number;
  reason: string;
  headers: Header[];
  body: string;
}

export interface HttpRequest {
  method: string;
  target: string;
  httpVersion: string;
  headers: Header[];
  body: string;
}

export interface Exchange {
  request?: HttpRequest;
  /** Status 0 when no HTTP response arrived (as HAR files and browsers record it): see transportError. */
  response: HttpResponse;
  /** Where this exchange came from in a HAR file or a multi-response paste (for pickers). */
  label?: string;
  /** Why no response arrived, when the paste says (curl, wget, HTTPie, Node, Python, a HAR `_error`). */
  transportError?: TransportError;
  /** What a HAR entry recorded beside the exchange: when it started, how long each phase took, sizes. */
  recorded?: RecordedEntry;
}

/** Why a request got no HTTP response at all. */
export type NoResponseCause =
  | 'dns'
  | 'connection-refused'
  | 'timeout'
  | 'tls'
  | 'connection-reset'
  | 'blocked'
  | 'cors'
  | 'offline'
  | 'aborted'
  | 'other';

/** The client that reported a transport failure. */
export type TransportTool = 'curl' | 'wget' | 'httpie' | 'node' | 'python' | 'browser' | 'other';

/** A transport failure as the client reported it, and what it means. */
export interface TransportError {
  tool: TransportTool;
  cause: NoResponseCause;
  /** The client's own code as written: curl's exit code ("6"), "ECONNREFUSED", "net::ERR_NAME_NOT_RESOLVED". */
  code?: string;
  /** The client's message, as pasted (one line, trimmed). */
  message: string;
  /**
   * How far the exchange got: the connection was never made ('connect': the request was not sent),
   * or it broke after the request went out ('response': the server may have acted on it).
   */
  phase?: 'connect' | 'response';
  /** The host the message names, when it names one. */
  host?: string;
  /** The URL the failed request went to: named by the message, else by the command that sent it. */
  url?: string;
  /** The method, when the client's output names it (a traceback's `requests.post(…)`, a console line). */
  method?: string;
  /** The command turned certificate verification off (curl -k, HTTPie --verify=no, wget --no-check-certificate). */
  verifyDisabled?: boolean;
  /** 1-based line of the message in the paste. */
  line?: number;
}

/** Milliseconds per phase of a HAR entry (HAR 1.2 `timings`); a phase that did not apply is absent. */
export interface EntryTimings {
  blocked?: number;
  dns?: number;
  connect?: number;
  ssl?: number;
  send?: number;
  wait?: number;
  receive?: number;
}

/** A HAR entry's own record, as Chrome and Firefox write it (fields absent when the file does not say). */
export interface RecordedEntry {
  /** `startedDateTime` as written (ISO 8601). */
  startedDateTime?: string;
  /** `time`: total milliseconds from start to the last byte. */
  time?: number;
  timings?: EntryTimings;
  /** Chrome's `_resourceType`: document, xhr, fetch, script, preflight, ... */
  resourceType?: string;
  /** Chrome's `_initiator`: what started the request (parser, script, preflight, other). */
  initiator?: { type: string; url?: string };
  /** Bytes on the wire: Chrome's `_transferSize`, else headersSize + bodySize when both are known. */
  transferSize?: number;
  /** The decoded body size (`content.size`). */
  contentSize?: number;
  /** The browser's error text for a request that got no response (`_error`). */
  error?: string;
  /** Answered from the browser cache rather than the network. */
  fromCache?: 'memory' | 'disk';
  serverIPAddress?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  message: string;
  /** 1-based line in the pasted text, when the problem has a place. */
  line?: number;
}

export type InputKind =
  'raw' | 'curl-verbose' | 'har' | 'body-only' | 'no-response' | 'empty' | 'unrecognized';

export interface ParsedInput {
  kind: InputKind;
  /**
   * The shell command pasted above the output (curl, http, wget, ...), without its prompt; continuation
   * lines are kept as pasted. The request is read from it when the output does not show one.
   */
  command?: string;
  /** In order; the last is the final response (1xx, proxy CONNECT and redirect hops come first). */
  exchanges: Exchange[];
  /** For 'body-only' (a bare JSON/text body): exchanges is []. */
  body?: string;
  problems: Problem[];
}

export type StatusCategory =
  'informational' | 'success' | 'redirection' | 'client-error' | 'server-error' | 'invalid';

/**
 * Whether repeating the request can help:
 * - 'never': the same request gets the same answer (403, 404, 501, 505...)
 * - 'after-fix': change the request first (400, 401 after re-authenticating, 422...)
 * - 'with-backoff': transient; retry with exponential backoff (429, 502, 503...)
 * - 'after-verify': the first attempt may have taken effect; check before repeating (504, 500 on POST)
 * - 'not-applicable': not a failure (1xx, 2xx, most 3xx)
 */
export type RetryVerdict = 'never' | 'after-fix' | 'with-backoff' | 'after-verify' | 'not-applicable';

export interface SpecReference {
  /** e.g. "RFC 9110 §15.5.20" */
  label: string;
  /** Always an https URL to the specification section. */
  url: string;
}

export interface StatusInfo {
  code: number;
  /** RFC 9110 / IANA name; vendor codes named as such. */
  name: string;
  category: StatusCategory;
  /** In the IANA HTTP Status Code registry. */
  registered: boolean;
  /** True when the catalogue has a record for this exact code; false when it fell back to its class. */
  known: boolean;
  /** For unregistered codes: who uses it ("nginx", "Cloudflare", "AWS Elastic Load Balancing", ...). */
  vendor?: string;
  /** Other names people know it by, usually outdated ones ("Payload Too Large", "Unprocessable Entity"). */
  formerNames: string[];
  /** How often API developers meet it. */
  frequency: 'very-common' | 'common' | 'occasional' | 'rare';
  /** One sentence: what the code means. */
  summary: string;
  /** A short paragraph in plain words. */
  description: string;
  /** Situations in which it typically appears. */
  whenYouSeeIt: string[];
  /** Likely causes, most likely first. */
  causes: string[];
  /** What to do, in order. */
  handling: string[];
  retry: { verdict: RetryVerdict; explanation: string };
  /** Corrections to common folklore and where the RFC disagrees with popular write-ups. */
  notes: string[];
  /** Codes people confuse with this one, and how to tell them apart. */
  confusedWith: { code: number; explanation: string }[];
  spec?: SpecReference;
}

export type FindingSeverity = 'error' | 'warning' | 'info' | 'tip';

import type { FindingDataMap } from './findingData.types';
export type * from './findingData.types';

/** The stable finding ids of design.md and the ones this implementation adds: the keys of FindingDataMap. */
export type FindingId = keyof FindingDataMap;

/** One member of the Finding union: a finding with the given id, its data typed by FindingDataMap. */
type FindingWithId<I extends FindingId> = {
  id: I;
  severity: FindingSeverity;
  title: string;
  detail: string;
  data: FindingDataMap[I];
};

/**
 * What a diagnosis or a session analysis found: a union over the ids, so narrowing on `id` types
 * `data`. Assignable to design.md's `{ id: string; severity; title; detail; data?: Record<string, unknown> }`.
 */
export type Finding = { [I in FindingId]: FindingWithId<I> }[FindingId];

/** The finding with the given id (the member of the union a check on `id` narrows to). */
export type FindingOf<I extends FindingId> = Extract<Finding, { id: I }>;

export interface BackoffStep {
  /** 1-based attempt number of the retry. */
  attempt: number;
  /** The computed wait before this attempt, without jitter, in milliseconds. */
  baseDelayMs: number;
  /** Jitter range added to the base delay, in milliseconds. */
  jitterMinMs: number;
  jitterMaxMs: number;
  /**
   * 'server' for the wait the response asked for (Retry-After, a rate-limit reset): waited once, never
   * doubled; 'backoff' for the exponential fallback when a later response does not say.
   */
  source?: 'server' | 'backoff';
}

export interface BackoffPlan {
  /** Minimum wait before the first retry (from Retry-After or a rate-limit reset), in seconds. */
  floorSeconds?: number;
  maxAttempts: number;
  steps: BackoffStep[];
  /** Plain-language description of the rules applied. */
  rules: string[];
}

/** Whether and when to repeat the request that got THIS response. */
export interface ResponseVerdict {
  verdict: RetryVerdict;
  /** The wait before the first retry, in seconds, when the response says (Retry-After wins over a reset). */
  waitSeconds?: number;
  /** Why, in one or two sentences: the status's rule, or what in this response overrules it. */
  reason: string;
}

/**
 * Something the app can do for a step, named by what it does, never by a screen or route: the UI
 * turns it into a link. 'validate-json': check a JSON text (here, the request body) with the lossless
 * validator; 'compare-responses': compare this response with another.
 */
export type StepAction = { kind: 'validate-json' } | { kind: 'compare-responses' };

/** One next step: `id` says what kind of step it is (stable, unique within a diagnosis). */
export interface NextStep {
  id: string;
  text: string;
  action?: StepAction;
}

export interface Diagnosis {
  status: StatusInfo;
  /** The verdict for this response; the findings, next steps and backoff plan never contradict it. */
  verdict: ResponseVerdict;
  findings: Finding[];
  /** Ordered next steps for this response (the debugging workflow applied to it). */
  nextSteps: NextStep[];
  /** When retrying can help: the schedule to follow. */
  backoff?: BackoffPlan;
}

export interface JsonError {
  message: string;
  hint?: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, as Monaco counts. */
  column: number;
  /** 0-based UTF-16 offset into the text. */
  offset: number;
  /** Where the unclosed bracket or string opened, when that is the point. */
  related?: { message: string; line: number; column: number; offset: number };
}

export type JsonWarning =
  | {
      kind: 'duplicate-key';
      key: string;
      line: number;
      column: number;
      /** Where the same key first appeared in the same object. */
      firstLine: number;
      firstColumn: number;
      message: string;
    }
  | {
      kind: 'number-precision';
      /** The number as written. */
      text: string;
      /** What JSON.parse turns it into. */
      parsedAs: string;
      /**
       * How it changes: digits lost ('precision'), ±Infinity ('overflow'), 0 ('underflow'), or the same
       * value written differently ('notation': 1.10 → 1.1, 1e3 → 1000, -0 → 0).
       */
      change?: 'precision' | 'overflow' | 'underflow' | 'notation';
      line: number;
      column: number;
      message: string;
    }
  | { kind: 'lone-surrogate'; line: number; column: number; message: string }
  /** The text starts with a UTF-8 byte order mark: accepted and ignored (RFC 8259 §8.1 allows that). */
  | { kind: 'bom'; line: number; column: number; message: string }
  /** Brackets nest deeper than many parsers accept (see NESTING_WARNING_DEPTH); at the deepest point. */
  | { kind: 'deep-nesting'; depth: number; line: number; column: number; message: string }
  /** Stands for the warnings of one kind past the listing limit; its position is the first one left out. */
  | {
      kind: 'warnings-truncated';
      /** The kind whose warnings were left out, and how many. */
      of: Exclude<JsonWarning['kind'], 'warnings-truncated'>;
      omitted: number;
      line: number;
      column: number;
      message: string;
    };

export type JsonCheckResult =
  { ok: true; warnings: JsonWarning[] } | { ok: false; error: JsonError; warnings: JsonWarning[] };

export interface FormatOptions {
  indent?: number | 'tab';
  sortKeys?: boolean;
}

export type JsonTextResult = { ok: true; text: string } | { ok: false; error: JsonError };

export interface DiffOptions {
  /** Header names (case-insensitive) to set aside as noise. Defaults to the volatile-header list. */
  ignoreHeaders?: string[];
  /** JSON Pointer patterns to ignore; `*` matches one path segment (`/items/*\/updatedAt`). */
  ignorePaths?: string[];
  /** Key used to match array items; 'auto' detects among id, _id, uuid, key, name. */
  arrayKey?: string | 'auto' | 'none';
  /** Compare arrays as multisets. */
  ignoreArrayOrder?: boolean;
}

export type HeaderChange = 'added' | 'removed' | 'changed' | 'unchanged';

export interface HeaderDiff {
  name: string;
  change: HeaderChange;
  a?: string;
  b?: string;
  ignored: boolean;
  /** Why this difference matters (Content-Type, CORS, caching...), when it usually explains a problem. */
  note?: string;
}

export type BodyChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface BodyChange {
  /**
   * JSON Pointer (RFC 6901) for JSON bodies: where the value is in B, or in A for removed values
   * (bPath ?? aPath). For text bodies, `/lines/N` (1-based, in B; in A for removed lines).
   */
  path: string;
  change: BodyChangeKind;
  /** The value's JSON source text as written (or the line's text). */
  a?: string;
  b?: string;
  /** For moves: the pointer the item moved from (in A) — path is where it is in B. */
  from?: string;
  /** Where the value is in A (JSON Pointer); absent for added values. */
  aPath?: string;
  /** Where the value is in B (JSON Pointer); absent for removed values. */
  bPath?: string;
  /** The path as people read it: array items matched by a key named by it, `/data[id=7]/stock`. */
  readablePath?: string;
  /** The key the enclosing array item was matched by, its value as written (`7`, `"sku-1"`). */
  key?: { name: string; value: string };
  /** For added and removed values: the object or array holding them, which both sides have. */
  parent?: { aPath: string; bPath: string; kind: 'object' | 'array' };
  /** For a changed string (or text line) long enough to be worth it: what changed inside it. */
  textDiff?: TextDiffHunk[];
}

/** A stretch of a changed text: what stayed, what went, what came, in order. */
export interface TextDiffHunk {
  /** Where the stretch starts in A's and in B's text (0-based, in UTF-16 code units). */
  aStart: number;
  bStart: number;
  pieces: { kind: 'same' | 'removed' | 'added'; text: string }[];
}

/**
 * What a compared side holds where its status would be: a response, a request that got none (status
 * 0: a transport failure, a HAR entry without response), or a bare body without status line.
 */
export interface ComparedSide {
  form: 'response' | 'no-response' | 'body-only';
  /** What it says instead of a status: the client's error ("net::ERR_INTERNET_DISCONNECTED"), the body's kind. */
  detail?: string;
}

export interface ResponseDiff {
  /** `sides` when the comparison knows what each side is (a status 0 is otherwise "no response"). */
  status: { a: number; b: number; changed: boolean; sides?: { a: ComparedSide; b: ComparedSide } };
  headers: HeaderDiff[];
  body: {
    kind: 'json' | 'text' | 'none';
    changes: BodyChange[];
    /** Why the body kind is what it is ("A is JSON, B is not: compared as text"). */
    note?: string;
  };
  summary: string;
}

/** A proposed fix for invalid JSON: shown to the user as a diff, never applied without consent. */
export type RepairSuggestion = { ok: true; text: string; changes: string[] } | { ok: false; reason: string };

/** One row of a session (a HAR recording or a chain of responses), ready to list without its bodies. */
export interface SessionEntry {
  /** 0-based index into ParsedInput.exchanges. */
  index: number;
  /** Milliseconds from the session's first start; absent when the recording has no start times. */
  offsetMs?: number;
  method: string;
  /** The full request URL (or target) as recorded. */
  url: string;
  /** Host (with a non-default port); '' when the request does not say. */
  host: string;
  /** Path and query. */
  path: string;
  /** 0 when no response arrived. */
  status: number;
  /** The status's category (describeStatus), for colouring; 'invalid' for no response. */
  category: StatusCategory;
  reason: string;
  /**
   * For status 0: why no response arrived, as far as the recording says: the cause (a NoResponseCause),
   * its label for a badge ("DNS", "Connection closed") and the browser's own error name.
   */
  noResponse?: { cause: string; label?: string; message: string };
  /** Total milliseconds, when recorded. */
  durationMs?: number;
  timings?: EntryTimings;
  /** Bytes transferred, else the body's length in characters. */
  size: number;
  resourceType?: string;
  /** What started the request, as Chrome records it: "script https://app.example/app.js", "parser", "preflight". */
  initiator?: string;
  fromCache?: 'memory' | 'disk';
  /** No response, or a 4xx/5xx status. */
  failed: boolean;
  /** The diagnosis in one line: the most important finding's title, or the status's name for a failure. */
  headline: string;
  /** The severity of the headline: 'ok' when nothing is wrong. */
  severity: FindingSeverity | 'ok';
  /** Ids of the session findings that name this entry. */
  findings: string[];
}

export interface SessionAnalysis {
  entries: SessionEntry[];
  /** How many entries failed (SessionEntry.failed): the count the screen and the report show. */
  failedCount: number;
  /** Findings across entries, most important first; each `data.entries` lists the 0-based indexes concerned. */
  findings: Finding[];
  /** The first entry's start (ISO), when the recording has start times. */
  startedDateTime?: string;
  /** Milliseconds from the first start to the last end. */
  spanMs?: number;
}

export interface SanitizeOptions {
  /** More header, query, form and JSON member names to treat as secret (case-insensitive). */
  extraNames?: string[];
  /** Empty every response body too (content.text), for recordings whose bodies hold personal data. */
  removeResponseBodies?: boolean;
}

/** One kind of secret the sanitizer removed: where it was and in which entries. */
export interface Redaction {
  /** "Authorization header", "cookie", "query parameter access_token", "JWT", ... */
  what: string;
  count: number;
  /** 0-based entry indexes; empty for places outside entries (pages). */
  entries: number[];
}

export type SanitizeResult =
  { ok: true; text: string; redacted: number; removed: Redaction[] } | { ok: false; error: string };
