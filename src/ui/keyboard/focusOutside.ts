const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]',
].join(',');

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || element.hidden || element.closest('[hidden], [inert]')) return false;
  // Hidden by layout (display: none in a collapsed panel): a DOM without layout (the component tests')
  // cannot tell, so there the element counts as shown.
  return element.getClientRects().length > 0 || typeof window.matchMedia !== 'function';
}

/**
 * Moves focus to the next (or previous) element that Tab would reach outside `container`: how
 * Escape-then-Tab leaves a code editor, whose own Tab key indents. Returns false when there is none.
 */
export function focusOutside(
  container: HTMLElement,
  backwards: boolean,
  root: ParentNode = document,
): boolean {
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !container.contains(el) && isTabbable(el),
  );
  const after = (el: HTMLElement) =>
    (container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = backwards ? all.filter((el) => !after(el)).at(-1) : all.find(after);
  target?.focus();
  return target !== undefined;
}
