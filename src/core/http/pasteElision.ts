/**
 * A paster's mark for text left out of a body: a line that is only `...`, `…`, `[...]`, `[…]` (HTTPie
 * prints `[…]` for a body it does not show), `<snip>` or `-- snip --`, maybe followed by a comma.
 */
const ELISION_LINE = /^[ \t]*(?:\.{3}|…|\[(?:\.{3}|…)\]|<snip>|-+ ?snip ?-+)[ \t]*(?:,[ \t]*)?$/im;

/** Only this much of a body is searched: elisions are typed into pasted snippets, not 50 MB bodies. */
const ELISION_SCAN_CHARS = 64 * 1024;

/** The first elision mark in a body: its text and 1-based line, or undefined. */
export function findPasteElision(body: string): { mark: string; line: number } | undefined {
  const text = body.slice(0, ELISION_SCAN_CHARS);
  const match = ELISION_LINE.exec(text);
  if (!match) return undefined;
  const line = (text.slice(0, match.index).match(/\n/g)?.length ?? 0) + 1;
  return { mark: match[0].trim().replace(/,$/, ''), line };
}
