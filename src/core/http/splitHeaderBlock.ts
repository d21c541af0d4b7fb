import { MAX_HEADER_LINES } from './limits';
import type { LineReader } from './LineReader';
import { parseStatusLine } from './parseStatusLine';
import type { ProblemList } from './ProblemList';
import { isBlankRange, isOws, leadingOws } from './trimOws';

/** A header line as pasted, without its indentation and line end, with its 1-based line number. */
export interface HeaderLine {
  text: string;
  line: number;
}

export interface HeaderBlock {
  lines: HeaderLine[];
  /** Offset where the body starts (just after the empty line, or where the block was cut short). */
  bodyStart: number;
  bodyLine: number;
  /** Every line end in the block was a bare LF: the paste may have had its CRLFs turned into LFs. */
  lfOnly: boolean;
  /** The block ran straight into the next status line, with no empty line or body in between. */
  endedAtStatusLine: boolean;
}

/** `[...]` marks lines left out of a paste; it is not the start of a JSON array body. */
const ELISION = /^\[(?:\.{3}|…)\]$/;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const LESS_THAN = 0x3c;

/** A header never starts with these; a JSON, XML or HTML body does. */
function startsLikeBody(code: number): boolean {
  return code === OPEN_BRACE || code === OPEN_BRACKET || code === LESS_THAN;
}

function startsLikeStatusLine(s: string): boolean {
  const c = s.charCodeAt(0) | 0x20;
  return c === 0x68 || c === 0x72 || c === 0x69; // h, r, i: HTTP/, RTSP/, ICE/
}

/**
 * Collects the header lines that follow a status or request line, up to the first empty line. The
 * indentation of the status line (a paste copied from an indented block) is removed from each line;
 * lines indented further are continuation lines, left for parseHeaderLines to fold.
 * Lenient on purpose: a body that starts without an empty line, or a next status line right after the
 * headers, ends the block with a warning rather than swallowing the rest as header lines.
 */
export function splitHeaderBlock(
  reader: LineReader,
  start: number,
  startLine: number,
  indent: string,
  problems: ProblemList,
): HeaderBlock {
  const text = reader.text;
  const lines: HeaderLine[] = [];
  let blockIndent = indent;
  let lfOnly = true;
  let loneCrLine = 0;
  let pos = start;
  let line = startLine;
  const result = (bodyStart: number, bodyLine: number, endedAtStatusLine = false): HeaderBlock => {
    if (loneCrLine > 0) {
      problems.add(
        'warning',
        'A line ends with a carriage return that no line feed follows; it was read as a line break.',
        loneCrLine,
      );
    }
    return { lines, bodyStart, bodyLine, lfOnly, endedAtStatusLine };
  };

  while (pos < text.length) {
    const l = reader.read(pos);
    if (l.eol === '\r\n' || l.eol === '\r') lfOnly = false;
    if (l.eol === '\r' && loneCrLine === 0) loneCrLine = line;
    if (isBlankRange(text, l.start, l.end)) return result(l.next, line + 1);
    if (lines.length >= MAX_HEADER_LINES) {
      problems.add(
        'warning',
        `No empty line follows the first ${MAX_HEADER_LINES} header lines; the body is taken to start on this line.`,
        line,
      );
      return result(l.start, line);
    }

    let s = text.slice(l.start, l.end);
    if (blockIndent !== '' && s.startsWith(blockIndent)) {
      s = s.slice(blockIndent.length);
    } else if (blockIndent === '' && lines.length === 0 && isOws(s.charCodeAt(0)) && s.includes(':')) {
      blockIndent = leadingOws(s);
      s = s.slice(blockIndent.length);
      problems.add('warning', 'The headers are indented but the status line is not.', line);
    }

    if (startsLikeBody(s.charCodeAt(0)) && !ELISION.test(s.trim())) {
      problems.add(
        'warning',
        'No empty line separates the headers from the body; the body is taken to start on this line.',
        line,
      );
      return result(l.start, line);
    }
    if (startsLikeStatusLine(s) && parseStatusLine(s)?.ok === true) {
      problems.add('warning', 'A new response starts here without an empty line before it.', line);
      return result(l.start, line, true);
    }

    lines.push({ text: s, line });
    line += 1;
    pos = l.next;
  }
  return result(text.length, line);
}
