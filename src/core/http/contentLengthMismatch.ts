import { countOf } from '../text/countOf';
import { countBareLf, utf8ByteLength } from './utf8Bytes';

/**
 * Says how the body's size disagrees with Content-Length, or undefined when it agrees. Bytes are the
 * body's UTF-8 length; when the paste's line ends were normalised to LF, a length counting each LF as
 * CRLF also agrees. Pass `bytes` when already known, to avoid a second pass over a large body.
 */
export function contentLengthMismatch(
  declared: number,
  body: string,
  lfMayBeCrlf: boolean,
  bytes = utf8ByteLength(body),
): string | undefined {
  if (bytes === declared) return undefined;
  const withCrlf = lfMayBeCrlf ? bytes + countBareLf(body) : bytes;
  if (withCrlf === declared) return undefined;
  const crlfNote = withCrlf !== bytes ? ` (${withCrlf} if its line ends were CRLF)` : '';
  const meaning =
    Math.max(bytes, withCrlf) < declared
      ? 'The body looks cut off: the transfer stopped early or the paste is incomplete.'
      : 'There is more text than the header announces.';
  return `Content-Length says ${countOf(declared, 'byte')} but the body has ${countOf(bytes, 'byte')}${crlfNote}. ${meaning}`;
}
