import type { BodyKind, BodyLanguage } from '../body/bodyKinds';
import type { Diagnosis, Exchange, InputKind, JsonCheckResult, Problem } from '../types';

export type { BodyKind, BodyLanguage } from '../body/bodyKinds';

/** One line of the timeline / HAR picker: enough to list an exchange without shipping its body. */
export interface ExchangeSummary {
  index: number;
  label: string;
  status: number;
  reason: string;
  method?: string;
  target?: string;
}

/** The body as the Diagnose screen shows it: formatted when it is valid JSON, verbatim otherwise. */
export interface BodyView {
  /** What to display. Never altered except by lossless JSON formatting. */
  text: string;
  /** What the body is (classifyBody), and its label from BODY_KINDS for the screen to show. */
  kind: BodyKind;
  label: string;
  language: BodyLanguage;
  /** True when `text` is the lossless pretty-printed form of the body. */
  formatted: boolean;
  /** Size of the original body in UTF-16 code units. */
  length: number;
  /**
   * For JSON bodies: the validation result. The error is positioned in the body as received (shown
   * verbatim); warnings of a formatted body are positioned in the formatted text, as shown.
   */
  check?: JsonCheckResult;
  /** Why the body is shown as it is ("too large to format here", "declared JSON but is HTML"). */
  note?: string;
}

/** Everything the Diagnose screen shows for one paste. */
export interface ResponseAnalysis {
  kind: InputKind;
  /** The shell command pasted above the output, as written (the screen shows it; reports mask it). */
  command?: string;
  problems: Problem[];
  exchanges: ExchangeSummary[];
  /** Index into exchanges of the one diagnosed; -1 when there is none. */
  selectedIndex: number;
  exchange?: Exchange;
  diagnosis?: Diagnosis;
  body: BodyView;
}
