/**
 * What a body is, judged by its content with its declared Content-Type as a tie-breaker. The one
 * vocabulary diagnosis, the body view, Compare and reports share: code branches on these values,
 * people read the labels below.
 */
export type BodyKind = 'empty' | 'json' | 'json-invalid' | 'html' | 'xml' | 'form' | 'text' | 'binary';

/** Editor languages a body is shown in. */
export type BodyLanguage = 'json' | 'html' | 'xml' | 'plaintext';

export interface BodyKindInfo {
  /** A short name for lists and headings ("HTML page"). */
  label: string;
  /** The kind inside a sentence, after "the body is" ("an HTML page"). */
  phrase: string;
  /** How the editor highlights it. */
  language: BodyLanguage;
}

/** Every label and phrase for a body kind, in one place. */
export const BODY_KINDS: Readonly<Record<BodyKind, BodyKindInfo>> = {
  empty: { label: 'empty', phrase: 'empty', language: 'plaintext' },
  json: { label: 'JSON', phrase: 'JSON', language: 'json' },
  'json-invalid': { label: 'JSON that does not parse', phrase: 'not valid JSON', language: 'json' },
  html: { label: 'HTML page', phrase: 'an HTML page', language: 'html' },
  xml: { label: 'XML or other markup', phrase: 'XML', language: 'xml' },
  form: { label: 'form data', phrase: 'form data', language: 'plaintext' },
  text: { label: 'plain text', phrase: 'plain text', language: 'plaintext' },
  binary: { label: 'binary data', phrase: 'binary data', language: 'plaintext' },
};

/** How Compare compared two bodies (ResponseDiff's body.kind), as the summary and reports name it. */
export const BODY_COMPARISON_LABELS: Readonly<Record<'json' | 'text' | 'none', string>> = {
  json: 'JSON',
  text: 'as text',
  none: 'none on either side',
};

export const bodyKindLabel = (kind: BodyKind): string => BODY_KINDS[kind].label;
