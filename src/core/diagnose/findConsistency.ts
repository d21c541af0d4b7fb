import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { findBodyNotAllowed } from './findBodyNotAllowed';
import { findContentTypeMismatch } from './findContentTypeMismatch';
import { findMissingHeaders } from './findMissingHeaders';
import { findProblemStatusMismatch } from './findProblemStatusMismatch';
import { findProxyErrorPage } from './findProxyErrorPage';

/** Where the response contradicts itself or the HTTP rules for its status. */
export function findConsistency(ctx: DiagnoseContext): Finding[] {
  return [
    ...findMissingHeaders(ctx),
    ...findBodyNotAllowed(ctx),
    ...findContentTypeMismatch(ctx),
    ...findProxyErrorPage(ctx),
    ...findProblemStatusMismatch(ctx),
  ];
}
