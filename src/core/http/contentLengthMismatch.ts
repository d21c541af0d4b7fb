import { findPasteElision } from './pasteElision';
import { countOf } from '../text/countOf';
import type { Severity } from '../types';
import { countBareLf, utf8ByteLength } from './utf8Bytes';

export interface LengthMismatch {
  /** 'info' when only trailing line breaks differ: a copy artefact, not a fault of the response. */
  severity: Extract<Severity, 'warning' | 'info'>;
  message: string;
}

function agrees(declared: number, body: string, lfMayBeCrlf: boolean, bytes = utf8ByteLength(body)): boolean {
  return bytes === declared || (lfMayBeCrlf && bytes + countBareLf(body) === declared);
}

/** The end of the body without the line breaks after its last character. */
function trailingBreaksStart(body: string): number {
  let end = body.length;
  while (end > 0 && (body.charCodeAt(end - 1) === 10 || body.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/** Trailing line breaks to remove (one at a time, CRLF counting as one) for the body to agree; 0 when none do. */
function extraTrailingBreaks(declared: number, body: string, lfMayBeCrlf: boolean): number {
  let end = body.length;
  for (let removed = 1; end > 0; removed++) {
    const c = body.charCodeAt(end - 1);
    if (c !== 10 && c !== 13) return 0;
    end -= c === 10 && body.charCodeAt(end - 2) === 13 ? 2 : 1;
    if (agrees(declared, body.slice(0, end), lfMayBeCrlf)) return removed;
  }
  return 0;
}

/**
 * Says how the body's size disagrees with Content-Length, or undefined when it agrees. Bytes are the
 * body's UTF-8 length; when the paste's line ends were normalised to LF, a length counting each LF as
 * CRLF also agrees. A body longer only by trailing line breaks (the terminal, or the copy, added them)
 * is said to be a copy artefact, as info. Pass `bytes` when already known, to avoid a second pass.
 */
export function contentLengthMismatch(
  declared: number,
  body: string,
  lfMayBeCrlf: boolean,
  bytes = utf8ByteLength(body),
): LengthMismatch | undefined {
  if (agrees(declared, body, lfMayBeCrlf, bytes)) return undefined;
  const withCrlf = lfMayBeCrlf ? bytes + countBareLf(body) : bytes;
  const crlfNote = withCrlf !== bytes ? ` (${withCrlf} if its line ends were CRLF)` : '';
  const said = `Content-Length says ${countOf(declared, 'byte')} but the body has ${countOf(bytes, 'byte')}${crlfNote}.`;
  const extra = Math.max(bytes, withCrlf) > declared ? extraTrailingBreaks(declared, body, lfMayBeCrlf) : 0;
  if (extra > 0) {
    return {
      severity: 'info',
      message: `${said} The difference is only the line break${extra > 1 ? 's' : ''} at the end: added by the terminal or the copy, not sent by the server.`,
    };
  }
  const elided = findPasteElision(body);
  if (elided) {
    return {
      severity: 'info',
      message: `${said} The body was shortened in the paste (“${elided.mark}” on its line ${elided.line}), so its length cannot be checked.`,
    };
  }
  const meaning =
    Math.max(bytes, withCrlf) < declared
      ? 'The body looks cut off: the transfer stopped early or the paste is incomplete.'
      : 'There is more text than the header announces.';
  return { severity: 'warning', message: `${said} ${meaning}` };
}

export const ZSH_MARKER_NOTE =
  'The "%" after the body is zsh marking output that did not end with a line break; it is not part of the body.';

/**
 * zsh marks output that does not end with a line break with a `%` (its PROMPT_EOL_MARK), and a copied
 * terminal keeps it after the body. The body without it, when Content-Length or the body's own JSON
 * brackets show the `%` is not part of it; undefined otherwise.
 */
export function withoutZshMarker(
  body: string,
  declared: number | undefined,
  lfMayBeCrlf: boolean,
): string | undefined {
  const end = trailingBreaksStart(body);
  if (body.charAt(end - 1) !== '%') return undefined;
  const candidate = body.slice(0, end - 1);
  if (declared !== undefined) return agrees(declared, candidate, lfMayBeCrlf) ? candidate : undefined;
  return /^\s*[{[][\s\S]*[}\]]$/.test(candidate) ? candidate : undefined;
}
