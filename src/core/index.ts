/**
 * The one public entry of the core (design.md). Tools and tests outside src/core import only this.
 */
export type * from './types';
export { parseInput } from './http/parseInput';
export { getHeader, getHeaderValues, hasHeader, parseMediaType, isJsonMediaType } from './http/headers';
export type { MediaType } from './http/headers';
export { describeStatus, listStatuses, searchStatuses, describeClass } from './status/describeStatus';
export { diagnose } from './diagnose/diagnose';
export type { JwtClaims } from './diagnose/decodeJwt';
export { formatDuration } from './diagnose/formatDuration';
export { checkJson } from './json/checkJson';
export { formatJson } from './json/formatJson';
export { minifyJson } from './json/minifyJson';
export { parseJsonTree } from './json/parseJsonTree';
export { decodeJsonString } from './json/decodeJsonString';
export type { JsonNode, JsonEntry } from './json/jsonTree.types';
export { diffResponses, DEFAULT_IGNORED_HEADERS } from './diff/diffResponses';
export { analyzeInput, defaultExchangeIndex } from './analysis/analyzeInput';
export { bodyView } from './analysis/bodyView';
export { classifyBody } from './body/classifyBody';
export type { BodyClass, DeclaredKind } from './body/classifyBody';
export { BODY_KINDS, bodyKindLabel } from './body/bodyKinds';
export type { BodyKindInfo } from './body/bodyKinds';
export { compareInputs, responseForComparison } from './analysis/compareInputs';
export type { ComparedInputs, CompareSide } from './analysis/compareInputs';
export type * from './analysis/analysis.types';
export { describeHeader } from './http/describeHeader';
export { EXAMPLES } from './examples/examples';
export type { Example } from './examples/examples';
export { suggestRepair } from './json/suggestRepair';
export { summarizeDiff, formatSummary } from './diff/summarizeDiff';
export { statusText, statusWord } from './diff/sideStatus';
export type { DiffCounts, DetailedResponseDiff, BodyDiff, DiffRegion, DiffRow } from './diff/diff.types';
export type { CompareOptions } from './diff/compareResponses';
export { maskSecrets, isSecretHeader, isSecretBodyValue, MASK } from './http/maskSecrets';
export { formatComparisonReport } from './report/formatComparisonReport';
export { formatComparisonMarkdown } from './report/formatComparisonMarkdown';
export { diffToJsonPatch } from './report/jsonPatch';
export type { JsonPatchOptions } from './report/jsonPatch';
export type { SideNames } from './report/formatComparisonReport';
export { formatDiagnosisReport } from './report/formatDiagnosisReport';
export { formatDiagnosisMarkdown } from './report/formatDiagnosisMarkdown';
export { retryVerdictLabel } from './status/retryVerdictLabel';
export { categoryLabel } from './status/categoryLabel';
export { reasonPhraseNote } from './status/reasonPhraseNote';
export { maskSecretMembers } from './http/maskSecrets';
export { lineStarts, lineText, lineOfOffset, lineBounds } from './json/lineIndex';
export { jsonStructure } from './json/jsonStructure';
export type { JsonStructure } from './json/jsonStructure';
export { toJsonPointer, toAccessorPath, parseGoToTarget } from './json/jsonPath';
export type { JsonPathSegment, GoToTarget } from './json/jsonPath';
export { jsonPathAt } from './json/jsonPathAt';
export { pathCrumbs } from './json/pathCrumbs';
export type { PathCrumb, PathCrumbs } from './json/pathCrumbs';
export { locateJsonPath } from './json/locateJsonPath';
export { resolveGoTo, resolvePath, looksLikeJsonDocument } from './json/resolveGoTo';
export type { GoToResult } from './json/resolveGoTo';
export type { PathLocation } from './json/locateJsonPath';
export { containerAt, containerPath } from './json/jsonStructureLookup';
export {
  foldableOnLine,
  foldableAt,
  foldableAtDepth,
  deepestFoldableDepth,
  foldLines,
  foldOnLine,
  rowToLine,
  lineToRow,
  closesAlone,
} from './json/jsonFolding';
export type { FoldedLines } from './json/jsonFolding';
export { findMatches, matchAtOrAfter, matchesInRange, MAX_FIND_MATCHES } from './json/findMatches';
export type { FindQuery, FindResult } from './json/findMatches';
export { jsonOutline } from './json/jsonOutline';
export type { OutlineEntry, OutlineKind } from './json/jsonOutline';
export { countOf } from './text/countOf';
export { nestsDeeperThan } from './json/deepestNesting';
export { groupJsonWarnings, describeWarningCount } from './json/groupJsonWarnings';
export type { JsonWarningGroup, ListedWarningKind } from './json/groupJsonWarnings';
export { decodeTextFile } from './files/decodeTextFile';
export type { DecodedTextFile, TextEncodingName } from './files/decodeTextFile';
export { titleOfComparison, titleOfJson, titleOfResponseInput } from './history/historyTitle';
export { analyzeSession } from './session/analyzeSession';
export { sanitizeHar } from './session/sanitizeHar';
export { formatSessionMarkdown } from './report/formatSessionMarkdown';
