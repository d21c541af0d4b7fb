/**
 * Text the comparison screen derives from a result: the reports it copies (credentials masked) and
 * the JSON Patch. The UI reaches the core only through state (design.md).
 */
export { diffToJsonPatch, formatComparisonMarkdown, formatComparisonReport } from '../core';
