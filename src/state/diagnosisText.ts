/**
 * Text the Diagnose screen exports: the diagnosis as a plain-text report with credentials masked.
 * The UI reaches the core only through state (design.md).
 */
export { formatDiagnosisReport } from '../core';
