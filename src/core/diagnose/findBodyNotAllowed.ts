import { countOf } from '../text/countOf';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';

/** Statuses that never carry content (RFC 9110 §6.4.1 and §15.3.6 for 205). */
const NO_CONTENT = new Set([204, 205, 304]);

/**
 * A body where none may be. After a 1xx, 204 or 304, or in answer to HEAD, the message ends at the
 * headers (RFC 9112 §6.3), so the bytes are not part of this response: an HTTP/1.1 client reads them
 * as the start of the next one. A 205 is framed normally (by Content-Length or chunking): its content
 * is forbidden (RFC 9110 §15.3.6) but still read as its body.
 */
export function findBodyNotAllowed(ctx: DiagnoseContext): Finding[] {
  const { status, body } = ctx.response;
  if (body.trim() === '') return [];
  const head = ctx.request?.method.toUpperCase() === 'HEAD';
  const forbidden = NO_CONTENT.has(status) || (status >= 100 && status < 200) || head;
  if (!forbidden) return [];
  const reason = head ? 'A response to HEAD' : `A ${status} response`;
  if (status === 205 && !head) {
    return [
      {
        id: 'body-not-allowed',
        severity: 'warning',
        title: '205 with a body',
        detail: `A 205 must not carry content (RFC 9110 §15.3.6), yet ${body.length} characters follow the headers. Unlike 204 and 304, a 205 is framed normally (RFC 9112 §6.3): its Content-Length or chunking says where it ends, so clients read this text as its body and then reset the form or view as asked. The server should send Content-Length: 0.`,
        data: { status, length: body.length },
      },
    ];
  }
  return [
    {
      id: 'body-not-allowed',
      severity: 'warning',
      title: `${head ? 'HEAD response' : status} with a body`,
      detail: `${reason} cannot have content, yet ${countOf(body.length, 'character')} ${body.length === 1 ? 'follows' : 'follow'} the headers. On a kept-alive connection clients may read them as the next response and fail strangely; ${
        status === 304 ? 'use your cached copy and ignore them' : 'treat the response as bodiless'
      }. If the paste joined two responses, paste them separately.`,
      data: { status, length: body.length, ...(head && { method: 'HEAD' }) },
    },
  ];
}
