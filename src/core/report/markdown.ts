/**
 * Building blocks for Markdown reports (GitHub-flavoured, as pasted into tickets). Every piece of
 * user text goes through these, so a header value or body can never break the table or the fence
 * around it, nor become a link or an image in the rendered ticket.
 */

/**
 * Characters that start Markdown syntax anywhere in a line. Parentheses and `!` need no escape once
 * `[` and `]` are escaped (no link or image can form), which keeps prose such as "(wait 30 s)" readable.
 */
const INLINE_SPECIAL = /[\\`*_{}[\]<>|~]/g;
/** Syntax that only counts at the start of a line: a heading, a list item, a numbered list item. */
const LINE_START_SPECIAL = /^(\s*)([#+-]|\d+(?=[.)]))/;

/** Text shown as is inside a paragraph, list item or table cell: one line, syntax escaped. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(LINE_START_SPECIAL, (_, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/** A balanced code span in prose: one backtick, then no backtick or line break, then one backtick. */
const CODE_SPAN = /`([^`\r\n]+)`/g;

/**
 * Prose written by the core that quotes commands in backticks ("run `ping 1.1.1.1`"): each balanced
 * span stays inline code (its fence sized by inlineCode), the text around it is escaped. A code span
 * is inert in Markdown (no link, image or HTML forms inside), so this stays safe whatever the span
 * holds, pasted text included.
 */
export function markdownProse(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  let out = '';
  let last = 0;
  CODE_SPAN.lastIndex = 0;
  for (let m = CODE_SPAN.exec(oneLine); m; m = CODE_SPAN.exec(oneLine)) {
    const before = oneLine.slice(last, m.index);
    out += last === 0 ? escapeMarkdownInline(before) : escapeInner(before);
    out += inlineCode(m[1] ?? '');
    last = m.index + m[0].length;
  }
  const rest = oneLine.slice(last);
  return out + (last === 0 ? escapeMarkdownInline(rest) : escapeInner(rest));
}

/** Escaped like escapeMarkdownInline, but mid-line: no line-start syntax to guard against. */
function escapeInner(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/** Inline code: the fence is one backtick longer than the longest run inside (CommonMark §6.1). */
export function inlineCode(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  let longest = 0;
  for (const run of oneLine.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') || oneLine === '' ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in the text (CommonMark §4.5). */
export function fencedBlock(text: string, language = ''): string {
  let longest = 2;
  for (const run of text.match(/`{3,}/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${language}\n${body}${fence}`;
}

/** A GitHub table; cells are escaped text (a pipe cannot add a column) (pass inlineCode(...) results through `raw` columns). */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  options: { rawColumns?: readonly number[] } = {},
): string {
  const raw = new Set(options.rawColumns ?? []);
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (raw.has(i) ? c.replace(/\|/g, '\\|') : escapeMarkdownInline(c))).join(' | ')} |`;
  return [line(head.map(String)), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
