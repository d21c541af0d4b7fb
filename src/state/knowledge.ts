/**
 * The core's static knowledge that screens display (catalogue lookups, examples, defaults). The UI
 * reaches the core only through state (design.md's import direction), so these pass through here.
 */
export {
  DEFAULT_IGNORED_HEADERS,
  EXAMPLES,
  describeClass,
  describeHeader,
  describeStatus,
  retryVerdictLabel,
  categoryLabel,
  reasonPhraseNote,
  formatDuration,
  countOf,
} from '../core';
