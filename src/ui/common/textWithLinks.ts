import { safeHttpUrl } from './safeHttpUrl';

/** A run of prose, or an http(s) URL found in it (with the exact text it was written as). */
export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** Longest URL made a link; beyond it the text stays text (a 1 MB "URL" is not something to click). */
const MAX_URL_CHARS = 2048;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'“”‘’`]+/gi;
/** Sentence punctuation written right after a URL belongs to the sentence, not the URL. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/**
 * Splits prose into text and http(s) links, for rendering a finding's detail with clickable
 * documentation and Location URLs. Any other scheme (javascript:, data:, file:) never matches, and
 * what does match is checked again by the URL parser (safeHttpUrl), so hostile text stays inert.
 */
export function textWithLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    let raw = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(raw);
    // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia-style paths).
    if (trailing && !(trailing[0] === ')' && raw.includes('('))) raw = raw.slice(0, -trailing[0].length);
    const href = raw.length <= MAX_URL_CHARS ? safeHttpUrl(raw) : undefined;
    if (!href) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
