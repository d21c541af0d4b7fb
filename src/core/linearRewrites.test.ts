import { describe, expect, it } from 'vitest';
import { findLinkByRel } from './diagnose/findDeprecation';
import { HEADER_VALUE, maskCookiePairs } from './http/maskCommand';
import { RIGHT_PROMPT } from './http/transcript/readCommandLine';
import { execCurlError, execFailureNote } from './http/transport/findCurlError';
import { readErrorLine } from './http/transport/findNodeError';
import { clipValue } from './report/comparisonParts';
import { withoutFragment } from './session/sessionItems';
import { trimEndWhile } from './text/trimEndWhile';
import { MASK } from './http/maskSecrets';

/**
 * Patterns rewritten to stop quadratic backtracking (regexBacktracking.test.ts) give what the old
 * ones gave, on every text of up to a few tokens from an alphabet chosen to reach each branch.
 */
function* texts(tokens: readonly string[], maxTokens: number): Generator<string> {
  yield '';
  let level = [''];
  for (let k = 1; k <= maxTokens; k++) {
    const next: string[] = [];
    for (const prefix of level) for (const token of tokens) next.push(prefix + token);
    yield* next;
    level = next;
  }
}

/** Every text where `now` and `before` disagree (none expected). */
function disagreements<T>(
  tokens: readonly string[],
  maxTokens: number,
  now: (t: string) => T,
  before: (t: string) => T,
) {
  const out: { text: string; now: T; before: T }[] = [];
  for (const text of texts(tokens, maxTokens)) {
    const a = now(text);
    const b = before(text);
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ text, now: a, before: b });
    if (out.length >= 5) break;
  }
  return out;
}

const groups = (m: RegExpExecArray | null) => (m ? [...m] : null);
const WS = [' ', '\t', '\n', '\u2028'];

describe('linear rewrites give what the backtracking patterns gave', () => {
  it.each([
    ['/[\\s\\\\`^]+$/', /[\s\\`^]/, /[\s\\`^]+$/, [...WS, '\\', '`', '^', 'a']],
    ['/0+$/', /0/, /0+$/, ['0', '1']],
    ['/[.,;:!?)\\]}]+$/', /[.,;:!?)\]}]/, /[.,;:!?)\]}]+$/, ['.', ')', ']', 'a', '(']],
  ] as const)('trimEndWhile for %s', (_name, char, old, tokens) => {
    expect(
      disagreements(
        tokens,
        5,
        (t) => trimEndWhile(t, char),
        (t) => t.replace(old, ''),
      ),
    ).toEqual([]);
  });

  it('trimEnd for /\\s+$/', () => {
    expect(
      disagreements(
        [...WS, '\r', '\u00a0', '\ufeff', 'a'],
        5,
        (t) => t.trimEnd(),
        (t) => t.replace(/\s+$/, ''),
      ),
    ).toEqual([]);
  });

  it('clipValue for /\\s*\\n\\s*/g', () => {
    expect(
      disagreements([...WS, '\r', 'a'], 6, clipValue, (t) => clipValue(t.replace(/\s*\n\s*/g, ' '))),
    ).toEqual([]);
  });

  it('withoutFragment for /#.*$/ on a URL', () => {
    expect(disagreements(['#', 'a', '/', '?'], 6, withoutFragment, (t) => t.replace(/#.*$/, ''))).toEqual([]);
  });

  it('RIGHT_PROMPT from the start of a run of spaces', () => {
    const old = /\s{6,}(?:\d{1,2}:\d{2}(?::\d{2})?|[\d.,]+\s?(?:ms|s|m|h)|[✔✘✗]\s?\S{0,12})\s*$/;
    expect(
      disagreements(
        ['      ', ' ', '1', ':', '12', 's', '✔', 'x', '\n'],
        4,
        (t) => t.replace(RIGHT_PROMPT, ''),
        (t) => t.replace(old, ''),
      ),
    ).toEqual([]);
  });

  it('cookie pairs matched from the start of a name', () => {
    const old = (pairs: string) =>
      pairs.replace(/([^=;\s]+=)([^;]*)/g, (all, name: string, value: string) =>
        value.trim() === '' ? all : `${name}${MASK}`,
      );
    expect(disagreements(['a', '=', ';', ' ', 'b'], 7, maskCookiePairs, old)).toEqual([]);
  });

  it('findLinkByRel tries only a `<` with a `>` after it', () => {
    const old = (linkHeader: string, rel: string) => {
      if (!linkHeader) return undefined;
      const re = /<([^>]*)>([^,<]*)/g;
      for (let m = re.exec(linkHeader); m; m = re.exec(linkHeader)) {
        const params = m[2] ?? '';
        const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
        const list = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
        if (list.includes(rel) && /^https?:\/\//i.test(m[1] ?? '')) return m[1];
      }
      return undefined;
    };
    const tokens = ['<', '>', 'http://a', ';rel=sunset', ',', ' '];
    expect(
      disagreements(
        tokens,
        6,
        (t) => findLinkByRel(t, 'sunset'),
        (t) => old(t, 'sunset'),
      ),
    ).toEqual([]);
  });

  it('execCurlError searches from where a match can start', () => {
    const old = /curl: \((\d{1,3})\)\s*(.*)$/;
    const tokens = ['curl: (6)', 'curl: (', '42)', ' ', '\u2028', '\u2029', 'x'];
    expect(
      disagreements(
        tokens,
        5,
        (t) => groups(execCurlError(t)),
        (t) => groups(old.exec(t)),
      ),
    ).toEqual([]);
  });

  it('execFailureNote takes the spaces after `*` whole', () => {
    const old =
      /^\* +(Could not resolve (?:host|proxy).*|Failed to connect.*|.*(?:Connection refused|timed out|Connection reset).*|Empty reply from server.*)$/i;
    const tokens = ['*', ' ', 'timed out', 'Failed to connect', 'x', '\u2028'];
    expect(
      disagreements(
        tokens,
        5,
        (t) => groups(execFailureNote(t)),
        (t) => groups(old.exec(t)),
      ),
    ).toEqual([]);
  });

  it('readErrorLine cuts the message in code', () => {
    const old = /^\s*(?:Uncaught |cause: |\{ |\[)?((?:\w+)?Error)(?: \[([A-Z_]+)\])?: (.+?)\]?\s*$/;
    const before = (t: string) => {
      const m = old.exec(t);
      return m ? (m[2] ? { code: m[2], message: m[3] } : { message: m[3] }) : undefined;
    };
    const tokens = ['[', 'Type', 'Error', ' [E_X]', ': ', ']', ' ', 'x', '\u2028'];
    expect(disagreements(tokens, 6, readErrorLine, before)).toEqual([]);
  });

  it('HEADER_VALUE takes the white space after `:` whole, changing only values of white space alone', () => {
    const old = /\s*:\s*['"]?((?:[^'"\s]|[^\S\n]+(?![^\S\n]|-|$))+)/my;
    const value = (re: RegExp) => (t: string) => {
      re.lastIndex = 0;
      const m = re.exec(t);
      const secret = m?.[m.length - 1];
      // The end of the match and the value there, as maskValuesAfterNames masks it.
      return m && secret ? [m[0].length, secret] : null;
    };
    const differing = [...texts([' ', ':', "'", 'a', '-', '\n'], 7)].filter((t) => {
      const a = JSON.stringify(value(HEADER_VALUE)(t));
      const b = JSON.stringify(value(old)(t));
      return a !== b && !/^\s+$/.test(String(value(old)(t)?.[1]));
    });
    expect(differing).toEqual([]);
  });
});
