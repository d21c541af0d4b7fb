import type { Header, HttpRequest } from '../../types';
import { completeUrl, readOptions, type OptionSpec } from './readOptions';

/** wget's options that take a value (wget --help). */
const SPEC: OptionSpec = {
  shortWithValue: 'aBDeiIlOoPQtTUwX',
  longWithValue: new Set(
    (
      'accept append-output base bind-address body-data body-file ca-certificate ca-directory certificate ' +
      'certificate-type connect-timeout directory-prefix dns-timeout domains exclude-directories ' +
      'exclude-domains execute header http-password http-user include-directories input-file level ' +
      'limit-rate load-cookies method output-document output-file password post-data post-file ' +
      'private-key private-key-type progress quota read-timeout referer reject restrict-file-names ' +
      'save-cookies secure-protocol timeout tries user user-agent wait waitretry'
    ).split(' '),
  ),
};

/**
 * The request a wget command sends: --method (--post-data and --post-file imply POST), the URL,
 * --header, --user-agent, --referer, and the body from --post-data or --body-data. (Credentials
 * from --user are sent only after a challenge, so they are not part of the first request.)
 */
export function wgetRequest(words: readonly string[]): HttpRequest | undefined {
  const headers: Header[] = [];
  let url: string | undefined;
  let method: string | undefined;
  let body = '';
  let posts = false;
  for (const arg of readOptions(words, SPEC)) {
    if (arg.kind === 'positional') {
      url ??= arg.value;
      continue;
    }
    const value = arg.value ?? '';
    switch (arg.name) {
      case 'method':
        method = value;
        break;
      case 'header': {
        const colon = value.indexOf(':');
        if (colon > 0)
          headers.push({ name: value.slice(0, colon).trim(), value: value.slice(colon + 1).trim() });
        break;
      }
      case 'post-data':
      case 'body-data':
        body = value;
        posts ||= arg.name === 'post-data';
        break;
      case 'post-file':
        posts = true;
        break;
      case 'user-agent':
      case 'U':
        headers.push({ name: 'User-Agent', value });
        break;
      case 'referer':
        headers.push({ name: 'Referer', value });
        break;
    }
  }
  if (url === undefined) return undefined;
  if (posts && !headers.some((h) => h.name.toLowerCase() === 'content-type')) {
    headers.push({ name: 'Content-Type', value: 'application/x-www-form-urlencoded' });
  }
  return {
    method: (method ?? (posts ? 'POST' : 'GET')).toUpperCase(),
    target: completeUrl(url, 'http'),
    httpVersion: '',
    headers,
    body,
  };
}

/** `--no-check-certificate`: the command turned certificate verification off. */
export function wgetSkipsVerification(words: readonly string[]): boolean {
  return readOptions(words, SPEC).some((a) => a.kind === 'option' && a.name === 'no-check-certificate');
}
