import { classifyCurlLine } from './classifyCurlLine';
import { isStatusLineAt, type TextPosition } from './findStatusLine';
import { LineReader } from './LineReader';
import { isOws } from './trimOws';

/** Lines a tool prints before the response it shows; a status line further down is body text. */
export const MAX_CHATTER_LINES = 30;

/** curl's `Note:` and `Warning:` lines and a paster's elisions ("...", "[...]", "<snip>"). */
const CHATTER = /^(?:Note: |Warning: |\.{3}$|\[\.{3}\]$|…$|<snip>$|-+ ?snip ?-+$)/i;

/**
 * The status line of a response printed after a tool's own lines (curl's progress meter when its
 * output is piped, a Note: line, an elision), as a raw paste's start. Undefined when anything else
 * comes first.
 */
export function findLateStatusLine(text: string): TextPosition | undefined {
  const reader = new LineReader(text, false);
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let skipped = 0;
  while (pos < text.length && skipped <= MAX_CHATTER_LINES) {
    const l = reader.read(pos);
    let first = l.start;
    while (first < l.end && isOws(text.charCodeAt(first))) first++;
    if (first < l.end) {
      if (isStatusLineAt(text, first)) return skipped > 0 ? { pos: l.start, line } : undefined;
      const content = text.slice(first, Math.min(l.end, first + 200));
      if (classifyCurlLine(text, l.start, l.end) !== 'progress' && !CHATTER.test(content)) return undefined;
      skipped += 1;
    }
    line += 1;
    pos = l.next;
  }
  return undefined;
}
