/** One command-line argument, read the way getopt does. */
export type Argument =
  { kind: 'option'; name: string; value?: string } | { kind: 'positional'; value: string };

export interface OptionSpec {
  /** Short option letters that take a value (`-H value`, `-Hvalue`). */
  shortWithValue: string;
  /** Long option names (without `--`) that take a value (`--header value`, `--header=value`). */
  longWithValue: ReadonlySet<string>;
}

/**
 * Reads a program's arguments: `--name=value` and `--name value` for long options that take one,
 * bundled short flags (`-sSL`), a short option's value attached or separate (`-XPOST`, `-X POST`),
 * and `--` ending the options. Short options come back as their letter (`-X` → 'X').
 */
export function readOptions(words: readonly string[], spec: OptionSpec): Argument[] {
  const args: Argument[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (onlyPositionals || word === '-' || !word.startsWith('-')) {
      args.push({ kind: 'positional', value: word });
    } else if (word === '--') {
      onlyPositionals = true;
    } else if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = word.slice(2, eq < 0 ? undefined : eq);
      if (eq >= 0) args.push({ kind: 'option', name, value: word.slice(eq + 1) });
      else if (spec.longWithValue.has(name) && i + 1 < words.length) {
        args.push({ kind: 'option', name, value: words[++i] ?? '' });
      } else args.push({ kind: 'option', name });
    } else {
      for (let j = 1; j < word.length; j++) {
        const letter = word.charAt(j);
        if (!spec.shortWithValue.includes(letter)) {
          args.push({ kind: 'option', name: letter });
          continue;
        }
        const attached = word.slice(j + 1);
        if (attached !== '') args.push({ kind: 'option', name: letter, value: attached });
        else if (i + 1 < words.length) args.push({ kind: 'option', name: letter, value: words[++i] ?? '' });
        else args.push({ kind: 'option', name: letter });
        break;
      }
    }
  }
  return args;
}

/** The URL as a client completes it: a scheme added when missing, CR and LF (terminal wrapping) removed. */
export function completeUrl(raw: string, defaultScheme: 'http' | 'https'): string {
  const url = raw.replace(/[\r\n]+/g, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  return `${defaultScheme}://${url}`;
}

/** Base64 of a string's UTF-8 bytes, for Basic credentials. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
