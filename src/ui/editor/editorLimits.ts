/** Documents longer than this are shown in the large-document view: Monaco slows down on them. */
export const MONACO_MAX_CHARS = 2_000_000;
/** Monaco tokenises line by line; one enormous line (minified JSON) freezes it. */
export const MONACO_MAX_LINE_CHARS = 200_000;

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > longest) longest = end - start;
    start = end + 1;
  }
  return longest;
}

/** True when the text is too large for Monaco to stay responsive. */
export function isTooLargeForMonaco(text: string): boolean {
  return (
    text.length > MONACO_MAX_CHARS ||
    (text.length > MONACO_MAX_LINE_CHARS && longestLine(text) > MONACO_MAX_LINE_CHARS)
  );
}
