export type LineEnd = '' | '\n' | '\r\n' | '\r';

/** One line of the text, by offsets: [start, end) is its content, next is where the following line starts. */
export interface Line {
  start: number;
  end: number;
  next: number;
  eol: LineEnd;
}

const LF = 10;
const CR = 13;

/**
 * Reads a text line by line without splitting it, so a 50 MB paste is never copied into an array of
 * lines. The position of the next LF is cached: lines ended by a lone CR do not rescan the text.
 */
export class LineReader {
  readonly text: string;
  /** In header blocks a lone CR ends a line, as lenient parsers (and editors) treat it. */
  private readonly loneCrEnds: boolean;
  private lfSearchedFrom = -1;
  private lf = -1;

  constructor(text: string, loneCrEnds: boolean) {
    this.text = text;
    this.loneCrEnds = loneCrEnds;
  }

  private nextLf(pos: number): number {
    const cached = this.lfSearchedFrom >= 0 && this.lfSearchedFrom <= pos && (this.lf < 0 || this.lf >= pos);
    if (!cached) {
      this.lf = this.text.indexOf('\n', pos);
      this.lfSearchedFrom = pos;
    }
    return this.lf;
  }

  read(pos: number): Line {
    const text = this.text;
    const lf = this.nextLf(pos);
    const stop = lf < 0 ? text.length : lf;
    if (this.loneCrEnds) {
      for (let i = pos; i < stop; i++) {
        if (text.charCodeAt(i) !== CR) continue;
        if (i + 1 === lf) return { start: pos, end: i, next: lf + 1, eol: '\r\n' };
        return { start: pos, end: i, next: i + 1, eol: '\r' };
      }
      if (lf < 0) return { start: pos, end: stop, next: stop, eol: '' };
      return { start: pos, end: lf, next: lf + 1, eol: '\n' };
    }
    if (lf < 0) {
      const end = stop > pos && text.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
      return { start: pos, end, next: stop, eol: '' };
    }
    if (lf > pos && text.charCodeAt(lf - 1) === CR)
      return { start: pos, end: lf - 1, next: lf + 1, eol: '\r\n' };
    return { start: pos, end: lf, next: lf + 1, eol: '\n' };
  }
}

/** Line breaks in text[from, to): LF, CRLF and a lone CR each count once, as editors count them. */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
