/** Characters no POSIX shell, zsh or PowerShell gives a meaning to inside one word. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * A value as one shell word, safe to paste into sh, bash or zsh: left as is when it holds only
 * characters no shell reads specially, otherwise in single quotes (inside which nothing is special),
 * an embedded single quote written as '\''. `&` would background the command, `?` and `[` glob in
 * zsh ("no matches found"), `{` expands in bash: a URL is therefore always quoted (see shellUrl).
 */
export function shellWord(value: string): string {
  if (PLAIN_WORD.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** A URL as one shell word, always in single quotes, so pasting it never depends on what it holds. */
export function shellUrl(url: string): string {
  return `'${url.replaceAll("'", `'\\''`)}'`;
}
