import type { Header, HttpRequest } from '../../types';
import { base64Utf8, readOptions, type OptionSpec } from './readOptions';

/** HTTPie's options that take a value (http --help). */
const SPEC: OptionSpec = {
  shortWithValue: 'aAoPps',
  longWithValue: new Set(
    (
      'auth auth-type session session-read-only output print history-print verify cert cert-key ' +
      'cert-key-pass ssl ciphers timeout max-redirects proxy pretty style format-options response-charset ' +
      'response-mime default-scheme boundary raw max-headers unsorted'
    ).split(' '),
  ),
};

/** Request item separators, longest first so `:=` wins over `:` and `==` over `=` at the same place. */
const SEPARATORS = [':=@', '=@', ':=', '==', '=', '@', ':', ';'] as const;
type Separator = (typeof SEPARATORS)[number];

interface Item {
  key: string;
  separator: Separator;
  value: string;
}

/** `Header:value`, `param==value`, `field=value`, `field:=json`, `field@file`: the first separator decides. */
function readItem(word: string): Item | undefined {
  for (let i = 0; i < word.length; i++) {
    if (word.charAt(i) === '\\') {
      i += 1;
      continue;
    }
    const separator = SEPARATORS.find((s) => word.startsWith(s, i));
    if (separator) {
      const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');
      return { key: unescape(word.slice(0, i)), separator, value: word.slice(i + separator.length) };
    }
  }
  return undefined;
}

/** `:3000/path` and `localhost:3000` as HTTPie completes them, with the command's default scheme. */
function httpieUrl(raw: string, scheme: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) return raw;
  if (raw.startsWith(':')) {
    const rest = raw.slice(1);
    const port = /^\d+/.exec(rest)?.[0] ?? '';
    return `${scheme}://localhost${port ? `:${port}` : ''}${rest.slice(port.length) || '/'}`;
  }
  return `${scheme}://${raw}`;
}

function jsonString(value: string): string {
  return JSON.stringify(value);
}

/**
 * The request an HTTPie command (`http`, `https`) sends: `[METHOD] URL [ITEM...]`, where items add
 * headers (`Name:value`), query parameters (`name==value`) and JSON fields (`name=value`, `name:=raw`);
 * data makes the default method POST and the body a JSON object (form fields with --form).
 */
export function httpieRequest(words: readonly string[], program: string): HttpRequest | undefined {
  const headers: Header[] = [];
  const positionals: string[] = [];
  let form = false;
  let scheme = program === 'https' ? 'https' : 'http';
  let auth: string | undefined;
  let authType = 'basic';
  for (const arg of readOptions(words, SPEC)) {
    if (arg.kind === 'positional') positionals.push(arg.value);
    else if (arg.name === 'form' || arg.name === 'f' || arg.name === 'multipart') form = true;
    else if (arg.name === 'default-scheme' && arg.value) scheme = arg.value;
    else if (arg.name === 'auth' || arg.name === 'a') auth = arg.value;
    else if (arg.name === 'auth-type' || arg.name === 'A') authType = (arg.value ?? 'basic').toLowerCase();
  }
  const [first, second] = positionals;
  if (first === undefined) return undefined;
  const hasMethod = second !== undefined && /^[A-Za-z]+$/.test(first);
  const url = hasMethod ? second : first;
  const fields: string[] = [];
  const query: string[] = [];
  let fileField = false;
  for (const word of positionals.slice(hasMethod ? 2 : 1)) {
    const item = readItem(word);
    if (!item) continue;
    if (item.separator === ':') headers.push({ name: item.key, value: item.value });
    else if (item.separator === ';') headers.push({ name: item.key, value: '' });
    else if (item.separator === '==')
      query.push(`${encodeURIComponent(item.key)}=${encodeURIComponent(item.value)}`);
    else if (item.separator === '=') {
      fields.push(
        form
          ? `${encodeURIComponent(item.key)}=${encodeURIComponent(item.value)}`
          : `${jsonString(item.key)}: ${jsonString(item.value)}`,
      );
    } else if (item.separator === ':=') fields.push(`${jsonString(item.key)}: ${item.value}`);
    else fileField = true;
  }
  if (auth) {
    headers.push({
      name: 'Authorization',
      value: authType === 'bearer' ? `Bearer ${auth}` : `Basic ${base64Utf8(auth)}`,
    });
  }
  const hasData = fields.length > 0 || fileField;
  if (hasData && !headers.some((h) => h.name.toLowerCase() === 'content-type')) {
    headers.push({
      name: 'Content-Type',
      value: fileField
        ? 'multipart/form-data'
        : form
          ? 'application/x-www-form-urlencoded'
          : 'application/json',
    });
  }
  let target = httpieUrl((url ?? '').replace(/[\r\n]+/g, ''), scheme);
  if (query.length > 0) target = `${target}${target.includes('?') ? '&' : '?'}${query.join('&')}`;
  const body = fileField ? '' : form ? fields.join('&') : fields.length > 0 ? `{${fields.join(', ')}}` : '';
  return {
    method: hasMethod ? first.toUpperCase() : hasData ? 'POST' : 'GET',
    target,
    httpVersion: '',
    headers,
    body,
  };
}

/** `--verify=no` (or `false`): the command turned certificate verification off. */
export function httpieSkipsVerification(words: readonly string[]): boolean {
  return readOptions(words, SPEC).some(
    (a) => a.kind === 'option' && a.name === 'verify' && /^(?:no|false)$/i.test(a.value ?? ''),
  );
}
