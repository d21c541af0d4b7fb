/**
 * Text the Diagnose screen exports: the diagnosis as Markdown for a ticket, or as plain text, with
 * credentials masked. The UI reaches the core only through state (design.md).
 */
export { formatDiagnosisMarkdown, formatDiagnosisReport, formatSessionMarkdown } from '../core';
