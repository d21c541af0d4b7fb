/**
 * Text the comparison screen derives from a result: the reports it copies (credentials masked), the
 * JSON Patch, and how each side's status reads. The UI reaches the core only through state (design.md).
 */
export {
  diffToJsonPatch,
  formatComparisonMarkdown,
  formatComparisonReport,
  statusText,
  statusWord,
} from '../core';
