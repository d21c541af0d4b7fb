import { nestsDeeperThan } from '../../state/documentNavigation';

/**
 * The bracket characters Monaco pairs in each language the editors use (their language
 * configurations: JSON pairs [] and {}, HTML <> {} (), XML <>, plain text and the rest () [] {}).
 * Monaco's bracket tree reads brackets before the tokens say what is a string, so every one counts.
 */
const BRACKETS_BY_LANGUAGE: Readonly<Record<string, string>> = { json: '[]{}', html: '<>{}()', xml: '<>' };
const DEFAULT_BRACKETS = '()[]{}';

const OPEN = 1;
const CLOSE = -1;
const ROLES_BY_LANGUAGE = new Map<string, Int8Array>();

function bracketRoles(language: string): Int8Array {
  let roles = ROLES_BY_LANGUAGE.get(language);
  if (roles) return roles;
  roles = new Int8Array(128);
  const pairs = BRACKETS_BY_LANGUAGE[language] ?? DEFAULT_BRACKETS;
  for (let i = 0; i < pairs.length; i += 2) {
    roles[pairs.charCodeAt(i)] = OPEN;
    roles[pairs.charCodeAt(i + 1)] = CLOSE;
  }
  ROLES_BY_LANGUAGE.set(language, roles);
  return roles;
}

/**
 * True when brackets nest deeper than `limit` as Monaco sees them in `language`: its bracket-pair
 * tree (bracket matching and colouring) takes hundreds of milliseconds per edit on 100,000 nested
 * brackets, and its JSON worker recurses once per level of real JSON nesting (strings skipped).
 * Any kind of closing bracket closes the innermost open one, and a stray closing bracket closes
 * nothing: an upper bound on the depth Monaco's parser builds, cheap enough for every paste.
 */
export function nestsTooDeepForMonaco(text: string, language: string, limit: number): boolean {
  if (text.length <= limit) return false;
  if (language === 'json' && nestsDeeperThan(text, limit)) return true;
  const roles = bracketRoles(language);
  let depth = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c >= 128) continue;
    const role = roles[c];
    if (role === OPEN) {
      if (++depth > limit) return true;
    } else if (role === CLOSE && depth > 0) depth--;
  }
  return false;
}
