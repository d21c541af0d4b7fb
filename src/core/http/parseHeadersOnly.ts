import type { Exchange } from '../types';
import { LineReader } from './LineReader';
import { parseHeaderLines } from './parseHeaderLines';
import { ProblemList } from './ProblemList';
import { splitHeaderBlock } from './splitHeaderBlock';

/** Where a status hides in a header list copied from devtools: HTTP/2's `:status`, or older Chrome's `status`. */
const STATUS_HEADERS = new Set([':status', 'status']);
const STATUS_HEADER_LINE = /^[ \t]*:?status:[ \t]*\d{3}\b/im;
/** A header block copied from devtools is short: the status header is looked for this far only. */
const HEADERS_SCAN_CHARS = 64 * 1024;

/**
 * Response headers copied from browser devtools ("Copy response headers") without a status line: the
 * status is read from a `:status` (or `status`) header among them. Undefined when there is none.
 */
export function parseHeadersOnly(text: string, problems: ProblemList): Exchange | undefined {
  if (!STATUS_HEADER_LINE.test(text.slice(0, HEADERS_SCAN_CHARS))) return undefined;
  const reader = new LineReader(text, true);
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const l = reader.read(pos);
    if (l.start !== l.end && text.slice(l.start, l.end).trim() !== '') break;
    pos = l.next;
    line += 1;
  }
  // The header block's problems count only if it turns out to be a response.
  const scratch = new ProblemList();
  const block = splitHeaderBlock(reader, pos, line, '', scratch);
  const { headers, lines } = parseHeaderLines(block.lines, scratch);
  const statusIndex = headers.findIndex(
    (h) => STATUS_HEADERS.has(h.name.toLowerCase()) && /^\d{3}\b/.test(h.value.trim()),
  );
  const statusHeader = headers[statusIndex];
  if (!statusHeader) return undefined;
  for (const p of scratch.toArray()) problems.add(p.severity, p.message, p.line);
  const status = Number(statusHeader.value.trim().slice(0, 3));
  problems.add(
    'info',
    `The status comes from the "${statusHeader.name}" header: the headers were copied without a status line.`,
    lines[statusIndex],
  );
  return {
    response: {
      httpVersion: statusHeader.name.startsWith(':') ? 'HTTP/2' : '',
      status,
      reason: '',
      headers: headers.filter((_, i) => i !== statusIndex),
      body: text.slice(block.bodyStart),
    },
  };
}
