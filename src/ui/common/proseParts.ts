import { safeHttpUrl } from './safeHttpUrl';

/**
 * A piece of the core's prose: plain text, a code span (the core writes commands, characters and
 * header names between backticks, as Markdown does), or an http(s) URL to link.
 */
export type ProsePart =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

/** Longest URL made a link; beyond it the text stays text (a 1 MB "URL" is not something to click). */
const MAX_URL_CHARS = 2048;
/** A code span: one backtick, then anything but a backtick or a line break, then one backtick. */
const CODE_OR_URL = /`([^`\n]+)`|\bhttps?:\/\/[^\s<>"'“”‘’`]+/gi;
/** Sentence punctuation written right after a URL belongs to the sentence, not the URL. */
const PUNCTUATION = /[.,;:!?)\]}]/;

/**
 * The URL as written, without the sentence's punctuation after it (a `)` opened in the URL stays).
 * Walked back from the end: `/[…]+$/` would rescan a long run of dots from each of them (quadratic).
 */
function urlWithoutTrailingPunctuation(raw: string): string {
  let end = raw.length;
  while (end > 0 && PUNCTUATION.test(raw.charAt(end - 1))) end -= 1;
  if (end === raw.length) return raw;
  if (end === raw.length - 1 && raw.endsWith(')') && raw.includes('(')) return raw;
  return raw.slice(0, end);
}

/**
 * Splits prose into text, code spans and http(s) links, for rendering the core's sentences (finding
 * details, next steps, JSON error messages). Unbalanced backticks stay text. Only http(s) URLs become
 * links, each checked again by the URL parser (safeHttpUrl): javascript:, data: or file: never do, so
 * hostile text stays inert. Joining the parts' text gives back the text without its code backticks.
 */
export function proseParts(text: string): ProsePart[] {
  const parts: ProsePart[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE_OR_URL)) {
    const start = match.index;
    let end: number;
    let part: ProsePart;
    if (match[1] !== undefined) {
      part = { kind: 'code', text: match[1] };
      end = start + match[0].length;
    } else {
      const raw = urlWithoutTrailingPunctuation(match[0]);
      const href = raw.length <= MAX_URL_CHARS ? safeHttpUrl(raw) : undefined;
      if (!href) continue;
      part = { kind: 'link', text: raw, href };
      end = start + raw.length;
    }
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push(part);
    last = end;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
