import type { Header } from '../types';
import type { ProblemList } from './ProblemList';
import type { HeaderLine } from './splitHeaderBlock';
import { isOws, trimEndOws, trimOws } from './trimOws';

export interface ParsedHeaders {
  headers: Header[];
  /** The 1-based line each header starts on, for problems about a header. */
  lines: number[];
}

/** RFC 9110 token characters, plus a leading colon for HTTP/2 pseudo-headers (`:status`). */
const FIELD_NAME = /^:?[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A whole header line wrapped in Markdown emphasis by whoever pasted it: `**Content-Type: text/html**`. */
const MARKDOWN_EMPHASIS = /^(\*\*|__)([A-Za-z][\w-]*:[^*_]*?)\1$/;
/** A paster's mark for lines left out: `...`, `[...]`, `[…]`, `<snip>`. */
const ELISION = /^(?:\.{3}|…|\[(?:\.{3}|…)\]|<snip>|\.\.\. ?snip ?\.\.\.)$/i;

/**
 * Turns header lines into headers: names kept as written, order and duplicates kept (Set-Cookie),
 * values trimmed of surrounding spaces and tabs. Obsolete line folding (a line starting with a space
 * or tab) is joined to the previous value with one space; lines that are not headers are skipped.
 */
export function parseHeaderLines(lines: readonly HeaderLine[], problems: ProblemList): ParsedHeaders {
  const headers: Header[] = [];
  const numbers: number[] = [];
  for (const { text, line } of lines) {
    const previous = headers.at(-1);
    if (isOws(text.charCodeAt(0)) && previous !== undefined) {
      const more = trimOws(text);
      const value = more === '' ? previous.value : previous.value === '' ? more : `${previous.value} ${more}`;
      headers[headers.length - 1] = { name: previous.name, value };
      problems.add(
        'warning',
        `This line continues the "${previous.name}" header (obsolete line folding); it was joined with a space.`,
        line,
      );
      continue;
    }
    if (ELISION.test(trimOws(text))) {
      problems.add('info', 'This line marks text left out of the paste; it was skipped.', line);
      continue;
    }
    const emphasis = MARKDOWN_EMPHASIS.exec(trimOws(text));
    if (emphasis?.[2]) {
      problems.add(
        'info',
        `The header is wrapped in Markdown emphasis (${emphasis[1]}); it was read without it.`,
        line,
      );
    }
    const unwrapped = emphasis?.[2] ?? text;
    const trimmed = isOws(unwrapped.charCodeAt(0)) ? trimOws(unwrapped) : unwrapped;
    const pseudo = trimmed.startsWith(':') && /^:[A-Za-z]/.test(trimmed);
    const colon = trimmed.indexOf(':', pseudo ? 1 : 0);
    if (colon < 0) {
      problems.add('warning', 'This line is not a header (it has no colon); it was skipped.', line);
      continue;
    }
    const rawName = trimmed.slice(0, colon);
    const name = trimEndOws(rawName);
    if (name === '') {
      problems.add('warning', 'This header has no name; it was skipped.', line);
      continue;
    }
    if (/[ \t]/.test(name)) {
      problems.add(
        'warning',
        `"${name}" is not a header name (it contains a space); the line was skipped.`,
        line,
      );
      continue;
    }
    if (name !== rawName) {
      problems.add('warning', `Whitespace between "${name}" and its colon is not allowed by HTTP.`, line);
    }
    if (!FIELD_NAME.test(name)) {
      problems.add('warning', `The header name "${name}" contains characters HTTP does not allow.`, line);
    }
    headers.push({ name, value: trimOws(trimmed.slice(colon + 1)) });
    numbers.push(line);
  }
  return { headers, lines: numbers };
}
