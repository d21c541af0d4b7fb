/**
 * What each finding carries, by id: the one place a finding's data is described. `Finding` (types.ts)
 * is the union built from this map, so a finder cannot emit an id that is not here, nor data of the
 * wrong shape, and a reader narrowed by id gets the data typed (no casts, no string keys).
 *
 * Every data type is a type alias, not an interface, so each stays assignable to design.md's
 * `data?: Record<string, unknown>`.
 */
import type { FieldError } from './diagnose/bodyError.types';
import type { BodyErrorShape } from './diagnose/bodyError.types';
import type { CorsProblemKind } from './diagnose/checkCors';
import type { JwtClaims } from './diagnose/decodeJwt';
import type { ResetInterpretation } from './diagnose/interpretReset';
import type { ConfirmStep } from './diagnose/noResponse/culprits';
import type { HttpDateForm } from './diagnose/parseHttpDate';
import type { QuotaUnit } from './diagnose/readRateLimits';
import type { NoResponseCause, RetryVerdict, TransportTool } from './types';

/** Session findings name the entries concerned (0-based indexes into the recording's exchanges). */
export type SessionEntries = { entries: number[] };

export type RetryAfterData =
  | { valid: false; value: string }
  | {
      waitSeconds: number;
      retryAt: string;
      form: 'delay-seconds' | 'decimal-seconds' | HttpDateForm;
      passed: boolean;
      /** What the wait counts from: the Date header, the recorded start, or the clock. */
      relativeTo: 'date-header' | 'recorded' | 'now';
      value: string;
    };

/** One quota of several, as the rate-limit finding lists them. */
export type RateLimitPolicy = {
  source: string;
  policy?: string;
  remaining?: number;
  limit?: number;
  resetSeconds?: number;
  windowSeconds?: number;
};

export type RateLimitData = {
  exhausted: boolean;
  source: string;
  remaining?: number;
  limit?: number;
  used?: number;
  resetAt?: string;
  resetSeconds?: number;
  resetInterpretation?: ResetInterpretation;
  resetPassed?: boolean;
  unit?: QuotaUnit;
  unitWords: string;
  policy?: string;
  windowSeconds?: number;
  /** Every quota the headers describe, when there are several (the first MAX_LISTED_POLICIES). */
  policies?: RateLimitPolicy[];
};

export type AuthChallengeData = {
  header: 'WWW-Authenticate' | 'Proxy-Authenticate';
  scheme?: string;
  realm?: string;
  error?: string;
  description?: string;
  scope?: string;
  errorUri?: string;
  challenges: { scheme: string; token68?: string; params: Record<string, string> }[];
};

export type LocationData = {
  url: string;
  relative: boolean;
  /** True when the resolved URL is http(s) and may be shown as a link. */
  linkable: boolean;
  resolved?: string;
  scheme?: string;
};

export type ContentRangeData =
  { value: string } | { unit: string; start: number | null; end: number | null; size: number | null };

export type ProblemDetailsData = {
  type: string;
  title: string;
  detail: string;
  status?: number;
  instance?: string;
  format: 'json' | 'xml';
};

export type ErrorMessageData = {
  message: string;
  shape: BodyErrorShape;
  code?: string;
  reason?: string;
  messages?: string[];
  documentationUrl?: string;
};

export type BodyInvalidJsonData = {
  line: number;
  column: number;
  offset: number;
  message: string;
  hint?: string;
  /** The body was shortened in the paste (`[…]`, `...`) before the error: the server is not to blame. */
  elision?: { mark: string; line: number };
};

export type NoResponseData = {
  cause: NoResponseCause;
  code?: string;
  message: string;
  tool: TransportTool;
  /** The client's name as people write it ("curl", "Node.js"). */
  toolName: string;
  causeLabel: string;
  phase?: 'connect' | 'response';
  host?: string;
  port?: string;
  url?: string;
  meaning: string;
  codeMeaning?: string;
  culprits: string[];
  confirm: ConfirmStep[];
  retry: { verdict: RetryVerdict; explanation: string };
};

export type TokenExpiredData =
  /** This response: the bearer token had expired, or was not valid yet, at the response's time. */
  | { expiredAt: string; secondsPast: number }
  | { notBefore: string; secondsEarly: number }
  /** A session: requests refused after the token expired mid-session. */
  | (SessionEntries & { expiredAt: string; lastPassed: number; refreshedAt?: number });

export type CacheValidatorsData = { etag?: string; weak?: boolean; lastModified?: string };

export type CachingData =
  | { storable: boolean; pitfall: string }
  | { storable: boolean; sharedStorable: boolean; freshSeconds?: number; sharedFreshSeconds?: number };

export type CookieProblem =
  | 'deleted'
  | 'domain-mismatch'
  | 'expired'
  | 'host-prefix'
  | 'lifetime-capped'
  | 'partitioned-insecure'
  | 'samesite-invalid'
  | 'samesite-none-insecure'
  | 'secure-over-http'
  | 'secure-prefix'
  | 'too-large';

export interface FindingDataMap {
  'retry-after': RetryAfterData;
  'rate-limit': RateLimitData;
  'auth-challenge': AuthChallengeData;
  location: LocationData;
  allow: { methods: string[] };
  'content-range': ContentRangeData;
  'problem-details': ProblemDetailsData;
  'field-errors': { errors: FieldError[] };
  'error-message': ErrorMessageData;
  'body-invalid-json': BodyInvalidJsonData;
  'content-type-mismatch': { declared: string; detected: string };
  'not-idempotent': { method: string; idempotencyKey?: string; keyHeader?: string };
  'missing-header': { header: string; status?: number };
  'body-not-allowed': { status: number; length: number; method?: 'HEAD' };
  'problem-status-mismatch': { problemStatus: number; responseStatus: number };
  'proxy-error-page': { proxy: string; evidence: string };
  'cache-validators': CacheValidatorsData;
  deprecation:
    | { value: string; link?: string }
    | {
        deprecated: boolean;
        form: 'structured-date' | 'legacy-true' | 'legacy-http-date';
        date?: string;
        link?: string;
      };
  sunset: { value: string; link?: string } | { date: string; passed: boolean; link?: string };
  'redirect-method': { status: number; method?: string; methodKept: 'yes' | 'no' | 'maybe' };
  cors: { origin: string; problem: CorsProblemKind; missing?: string[]; preflight: boolean };
  'no-response': NoResponseData;
  /** A finder failed on this input: its findings are missing (see runFinderSafely). */
  'diagnosis-incomplete': { check: string };
  token: { claims: JwtClaims; alg?: string; expiresAt?: string; notBefore?: string };
  'token-expired': TokenExpiredData;
  cookie: { name: string; problem: CookieProblem };
  caching: CachingData;
  'retry-too-soon': SessionEntries & {
    requiredSeconds: number;
    actualSeconds: number;
    violations: number;
  };
  'retry-storm': SessionEntries & { attempts: number; gapsMs: number[] };
  'cors-preflight-failed': SessionEntries & {
    origin: string;
    method: string;
    problems: CorsProblemKind[];
    missing?: string[];
  };
  'redirect-loop': SessionEntries & { urls: string[] };
  'redirect-method-changed': SessionEntries & { status: number; from: string; to: string };
  'mixed-content': SessionEntries & { page: string; blocked: number[] };
  'shared-failure': SessionEntries & { status: number; endpoints: number; hosts: string[]; message?: string };
  'slow-requests': SessionEntries & { phase: 'wait' | 'blocked'; thresholdMs: number };
}
