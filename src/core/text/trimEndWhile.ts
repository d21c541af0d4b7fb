/**
 * `text` without the run of characters at its end that `char` (a regex of one character class)
 * accepts: what `text.replace(/[…]+$/, '')` gives, in linear time (that regex restarts its scan at
 * every character of a long run that does not reach the end: quadratic).
 */
export function trimEndWhile(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
