import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';

/**
 * RFC 9457 §3.1.3: the problem's `status` member only repeats the HTTP status. When they differ,
 * something in between rewrote the status, or the API is inconsistent; the HTTP status is the one
 * clients act on.
 */
export function findProblemStatusMismatch(ctx: DiagnoseContext): Finding[] {
  const problemStatus = ctx.bodyError?.problem?.status;
  const { status } = ctx.response;
  if (problemStatus === undefined || problemStatus === status) return [];
  return [
    {
      id: 'problem-status-mismatch',
      severity: 'warning',
      title: `Problem says ${problemStatus}, the response is ${status}`,
      detail: `The body's status member disagrees with the HTTP status. A proxy or framework may have rewritten the status, or the API builds its problems carelessly. Handle the response by its HTTP status (${status}) and report the mismatch to the API provider.`,
      data: { problemStatus, responseStatus: status },
    },
  ];
}
