/**
 * Splits a pasted shell command into the words of each pipeline or list segment, as a POSIX shell
 * would before running it: quotes and backslashes removed, `|`, `||`, `&&`, `;` and `&` separating
 * segments. Only what a paste needs: no expansion of variables, globs or substitutions (they stay as
 * written), and an unterminated quote simply runs to the end.
 */

const ANSI_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
/** Inside double quotes a backslash only escapes these (POSIX); elsewhere it stays. */
const DOUBLE_QUOTE_ESCAPABLE = new Set(['"', '\\', '$', '`', '\n']);

/** What a backslash before `next` stands for inside the quotes, or undefined when it stays a backslash. */
type Escape = (next: string) => string | undefined;

/** `$'…'`: C-style escapes (\n, \t, \', \\); any other backslash stays. */
const ansiEscape: Escape = (next) => ANSI_ESCAPES[next] ?? `\\${next}`;
/** `"…"`: a backslash escapes only ", \, $, ` and a line break (which it removes). */
const doubleQuoteEscape: Escape = (next) =>
  DOUBLE_QUOTE_ESCAPABLE.has(next) ? (next === '\n' ? '' : next) : undefined;

/** The text of a quoted part starting at `from`, up to its closing quote, and where reading resumes. */
function readQuoted(
  command: string,
  from: number,
  quote: string,
  escape: Escape,
): { text: string; next: number } {
  let text = '';
  let i = from;
  while (i < command.length && command.charAt(i) !== quote) {
    const escaped =
      command.charAt(i) === '\\' && i + 1 < command.length ? escape(command.charAt(i + 1)) : undefined;
    if (escaped !== undefined) {
      text += escaped;
      i += 2;
    } else {
      text += command.charAt(i);
      i += 1;
    }
  }
  return { text, next: i + 1 };
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

export function splitShellCommand(command: string): string[][] {
  const segments: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endSegment = (): void => {
    endWord();
    if (words.length > 0) segments.push(words);
    words = [];
  };
  let i = 0;
  while (i < command.length) {
    const c = command.charAt(i);
    if (c === '\\') {
      const next = command.charAt(i + 1);
      if (next === '\n' || (next === '\r' && command.charAt(i + 2) === '\n')) {
        i += next === '\r' ? 3 : 2; // line continuation
        continue;
      }
      word += next;
      inWord = true;
      i += 2;
    } else if (c === "'") {
      const end = command.indexOf("'", i + 1);
      word += command.slice(i + 1, end < 0 ? command.length : end);
      inWord = true;
      i = end < 0 ? command.length : end + 1;
    } else if (c === '$' && command.charAt(i + 1) === "'") {
      const quoted = readQuoted(command, i + 2, "'", ansiEscape);
      word += quoted.text;
      inWord = true;
      i = quoted.next;
    } else if (c === '"') {
      const quoted = readQuoted(command, i + 1, '"', doubleQuoteEscape);
      word += quoted.text;
      inWord = true;
      i = quoted.next;
    } else if ((c === '`' || c === '^') && /^\r?\n/.test(command.slice(i + 1, i + 3))) {
      i += command.charAt(i + 1) === '\r' ? 3 : 2; // PowerShell and cmd.exe line continuation
    } else if (c === '&' && (command.charAt(i - 1) === '>' || command.charAt(i + 1) === '>')) {
      word += c; // a redirection such as 2>&1, not a list operator
      inWord = true;
      i += 1;
    } else if (c === '|' || c === ';' || c === '&') {
      endSegment();
      i += command.charAt(i + 1) === c ? 2 : 1;
    } else if (isBlank(c)) {
      endWord();
      i += 1;
    } else {
      word += c;
      inWord = true;
      i += 1;
    }
  }
  endSegment();
  return segments;
}

/** A line ending like this continues on the next one: `\` (POSIX), `` ` `` (PowerShell), `^` (cmd), `|`, `&&`. */
const CONTINUATION_END = /(?:[`^|]|&&)\s*$/;

/**
 * True when the command's quotes are still open at its end, or it ends with a continuation character
 * or a pipe, so the next pasted line belongs to it.
 */
export function continuesOnNextLine(command: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command.charAt(i);
    if (quote === "'") {
      if (c === "'") quote = undefined;
    } else if (c === '\\') {
      if (i === command.length - 1) return true;
      i += 1;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    }
  }
  return quote !== undefined || CONTINUATION_END.test(command);
}
