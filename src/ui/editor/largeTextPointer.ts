/** Where a click lands in the document, for the large view's rows (see LargeTextRow). */

/** Offset of the first character of 0-based `line` that is not a space or a tab. */
export function firstTokenOffset(text: string, starts: Uint32Array, line: number): number {
  let p = starts[Math.min(Math.max(0, line), starts.length - 1)] ?? 0;
  while (p < text.length && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  return p;
}

/**
 * The document offset under the caret after a click on a row: the selection's focus inside the row's
 * text, counted from the row's `data-from`. A click in the indentation, the gutter or past the end of
 * the text lands on the line's first character that is not whitespace. Undefined off the rows and on
 * the row's buttons (fold toggles).
 */
export function offsetAtPointer(target: EventTarget, text: string, starts: Uint32Array): number | undefined {
  if (!(target instanceof Element) || target.closest('button')) return undefined;
  const row = target.closest<HTMLElement>('.large-line');
  if (!row) return undefined;
  const line = Number(row.dataset.line) - 1;
  const first = firstTokenOffset(text, starts, line);
  const span = row.querySelector<HTMLElement>('.large-line-text');
  const selection = typeof window.getSelection === 'function' ? window.getSelection() : null;
  const node = selection?.focusNode;
  if (!span || !node || !span.contains(node)) return first;
  const range = document.createRange();
  range.setStart(span, 0);
  range.setEnd(node, selection.focusOffset);
  return Math.max(first, Number(span.dataset.from) + range.toString().length);
}
