/** Messages longer than this are cut: a finding quotes an error, it does not reproduce a stack trace. */
export const MAX_MESSAGE_CHARS = 500;

/** Collapses whitespace and cuts to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function clampText(text: string, max: number = MAX_MESSAGE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${flat.slice(0, cut).trimEnd()}…`;
}
