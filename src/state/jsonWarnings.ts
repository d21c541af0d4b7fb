/**
 * The JSON check's warnings grouped by kind with their true counts, for the JSON screen and the
 * Diagnose body. The UI reaches the core only through state (design.md).
 */
export { groupJsonWarnings, describeWarningCount } from '../core';
