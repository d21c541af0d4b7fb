/**
 * Text the comparison screen derives from a result: the report it copies (credentials masked) and
 * the editor line a body change points at. The UI reaches the core only through state (design.md).
 */
export { formatComparisonReport, lineOfTextPath, locatePointer } from '../core';
