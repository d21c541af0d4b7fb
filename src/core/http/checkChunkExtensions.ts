import { isOws } from './trimOws';

const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;

function skipOws(s: string, i: number): number {
  let j = i;
  while (j < s.length && isOws(s.charCodeAt(j))) j++;
  return j;
}

function skipToken(s: string, i: number): number {
  let j = i;
  while (j < s.length && TOKEN_CHAR.test(s.charAt(j))) j++;
  return j;
}

/**
 * Checks chunk extensions (`;name`, `;name=token`, `;name="quoted"`, RFC 9112 §7.1.1) after a chunk
 * size. Their content is ignored, but a malformed one is worth a warning: strict parsers reject the
 * whole response for it. Returns what is wrong, or undefined.
 */
export function checkChunkExtensions(s: string): string | undefined {
  let i = 0;
  while (i < s.length) {
    i = skipOws(s, i);
    if (i >= s.length) return undefined;
    if (s.charAt(i) !== ';') return 'A chunk extension does not start with ";".';
    i = skipOws(s, i + 1);
    const nameEnd = skipToken(s, i);
    if (nameEnd === i) return 'A chunk extension is empty (a ";" with no name after it).';
    i = skipOws(s, nameEnd);
    if (s.charAt(i) !== '=') continue;
    i = skipOws(s, i + 1);
    if (s.charAt(i) === '"') {
      i++;
      while (i < s.length && s.charAt(i) !== '"') i += s.charAt(i) === '\\' ? 2 : 1;
      if (i >= s.length) return 'A quoted chunk extension value is never closed.';
      i++;
    } else {
      const valueEnd = skipToken(s, i);
      if (valueEnd === i) return 'A chunk extension has "=" but no value.';
      i = valueEnd;
    }
  }
  return undefined;
}
