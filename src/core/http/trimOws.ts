/** Optional whitespace in HTTP (RFC 9110 §5.6.3) is only space and horizontal tab, not any Unicode space. */
export function isOws(code: number): boolean {
  return code === 32 || code === 9;
}

/** Trims spaces and tabs with plain loops: a regex like /[ \t]+$/ goes quadratic on long runs of spaces. */
export function trimOws(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isOws(s.charCodeAt(a))) a++;
  while (b > a && isOws(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export function trimEndOws(s: string): string {
  let b = s.length;
  while (b > 0 && isOws(s.charCodeAt(b - 1))) b--;
  return b === s.length ? s : s.slice(0, b);
}

/** The run of spaces and tabs a line starts with (its indentation). */
export function leadingOws(s: string): string {
  let a = 0;
  while (a < s.length && isOws(s.charCodeAt(a))) a++;
  return s.slice(0, a);
}

/** True when text[start, end) holds only spaces and tabs. */
export function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isOws(text.charCodeAt(i))) return false;
  return true;
}

/** Drops the line breaks (and blank lines) that separate a body from whatever follows it in a paste. */
export function trimTrailingLineBreaks(s: string): string {
  let b = s.length;
  while (b > 0) {
    const c = s.charCodeAt(b - 1);
    if (c !== 10 && c !== 13 && !isOws(c)) break;
    b--;
  }
  // Keep trailing spaces that are part of the last line's content, drop only whole blank lines and breaks.
  let keep = b;
  while (keep < s.length && isOws(s.charCodeAt(keep))) keep++;
  return s.slice(0, keep);
}

/** True when text[from...] holds only spaces, tabs and line breaks. */
export function isBlankFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13 && !isOws(c)) return false;
  }
  return true;
}
