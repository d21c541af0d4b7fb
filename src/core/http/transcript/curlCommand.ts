import type { Header, HttpRequest } from '../../types';
import { base64Utf8, completeUrl, readOptions, type OptionSpec } from './readOptions';

/** curl's short options that take a value (curl --help all). */
const SHORT_WITH_VALUE = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';

/** curl's long options that take a value; every other long option is a flag. */
const LONG_WITH_VALUE = new Set(
  (
    'abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout ' +
    'connect-to continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary ' +
    'data-raw data-urlencode delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url ' +
    'dump-header ech egd-file engine etag-compare etag-save expect100-timeout form form-string ftp-account ' +
    'ftp-alternative-to-user ftp-method ftp-port ftp-ssl-ccc-mode happy-eyeballs-timeout-ms ' +
    'haproxy-clientip header hostpubmd5 hostpubsha256 hsts interface ipfs-gateway json keepalive-time key ' +
    'key-type krb libcurl limit-rate local-port login-options mail-auth mail-from mail-rcpt max-filesize ' +
    'max-redirs max-time netrc-file noproxy oauth2-bearer output output-dir pass pinnedpubkey preproxy ' +
    'proto proto-default proto-redir proxy proxy-cacert proxy-capath proxy-cert proxy-cert-type ' +
    'proxy-ciphers proxy-crlfile proxy-header proxy-key proxy-key-type proxy-pass proxy-pinnedpubkey ' +
    'proxy-service-name proxy-tls13-ciphers proxy-tlsauthtype proxy-tlspassword proxy-tlsuser proxy-user ' +
    'proxy1.0 pubkey quote random-file range rate referer request request-target resolve retry retry-delay ' +
    'retry-max-time sasl-authzid service-name socks4 socks4a socks5 socks5-gssapi-service socks5-hostname ' +
    'speed-limit speed-time stderr telnet-option tftp-blksize time-cond tls-max tls13-ciphers tlsauthtype ' +
    'tlspassword tlsuser trace trace-ascii trace-config unix-socket upload-file url url-query user ' +
    'user-agent variable write-out'
  ).split(' '),
);

const SPEC: OptionSpec = { shortWithValue: SHORT_WITH_VALUE, longWithValue: LONG_WITH_VALUE };

/** Long names of the options whose short letter is given, so both spellings read the same. */
const LONG_NAME: Record<string, string> = {
  A: 'user-agent',
  b: 'cookie',
  d: 'data',
  e: 'referer',
  F: 'form',
  G: 'get',
  H: 'header',
  I: 'head',
  r: 'range',
  T: 'upload-file',
  u: 'user',
  X: 'request',
  '0': 'http1.0',
};

const DATA_OPTIONS = new Set(['data', 'data-ascii', 'data-binary', 'data-raw', 'data-urlencode', 'json']);
const HTTP_VERSIONS: Record<string, string> = {
  'http1.0': 'HTTP/1.0',
  'http1.1': 'HTTP/1.1',
  http2: 'HTTP/2',
  'http2-prior-knowledge': 'HTTP/2',
  http3: 'HTTP/3',
  'http3-only': 'HTTP/3',
};

function urlEncodeData(value: string): string {
  const eq = value.indexOf('=');
  if (eq < 0) return encodeURIComponent(value);
  return `${value.slice(0, eq + 1)}${encodeURIComponent(value.slice(eq + 1))}`;
}

function headerOf(value: string): Header | undefined {
  if (value.startsWith('@')) return undefined;
  const colon = value.indexOf(':');
  if (colon < 0) {
    // `-H 'Name;'` sends the header with an empty value.
    return value.endsWith(';') ? { name: value.slice(0, -1).trim(), value: '' } : undefined;
  }
  const headerValue = value.slice(colon + 1).trim();
  // `-H 'Name:'` removes a header curl would add: nothing is sent.
  return headerValue === '' ? undefined : { name: value.slice(0, colon).trim(), value: headerValue };
}

function hasHeader(headers: readonly Header[], name: string): boolean {
  return headers.some((h) => h.name.toLowerCase() === name);
}

/**
 * The request a curl command sends, from its arguments: method (-X; -d, -F and --json imply POST, -I
 * HEAD, -T PUT, -G GET with the data in the query), URL, headers (-H, -A, -e, -b, -r, -u,
 * --oauth2-bearer) and body. A body read from a file (`-d @file`) is unknown and left empty. Undefined
 * when the command names no URL.
 */
export function curlRequest(words: readonly string[]): HttpRequest | undefined {
  const headers: Header[] = [];
  const data: string[] = [];
  let dataFromFile = false;
  let url: string | undefined;
  let method: string | undefined;
  let form = false;
  let json = false;
  let head = false;
  let upload = false;
  let get = false;
  let httpVersion = '';
  for (const arg of readOptions(words, SPEC)) {
    if (arg.kind === 'positional') {
      url ??= arg.value;
      continue;
    }
    const name = LONG_NAME[arg.name] ?? arg.name;
    const value = arg.value ?? '';
    if (name === 'url') url ??= value;
    else if (name === 'request') method = value;
    else if (name === 'header') {
      const header = headerOf(value);
      if (header) headers.push(header);
    } else if (DATA_OPTIONS.has(name)) {
      if (value.startsWith('@') && name !== 'data-raw') dataFromFile = true;
      else data.push(name === 'data-urlencode' ? urlEncodeData(value) : value);
      json ||= name === 'json';
    } else if (name === 'form' || name === 'form-string') form = true;
    else if (name === 'head') head = true;
    else if (name === 'get') get = true;
    else if (name === 'upload-file') upload = true;
    else if (name === 'user-agent') headers.push({ name: 'User-Agent', value });
    else if (name === 'referer') headers.push({ name: 'Referer', value: value.replace(/;auto$/, '') });
    else if (name === 'cookie' && value.includes('=')) headers.push({ name: 'Cookie', value });
    else if (name === 'range') headers.push({ name: 'Range', value: `bytes=${value}` });
    else if (name === 'user' && value !== '' && !hasHeader(headers, 'authorization')) {
      headers.push({ name: 'Authorization', value: `Basic ${base64Utf8(value)}` });
    } else if (name === 'oauth2-bearer') headers.push({ name: 'Authorization', value: `Bearer ${value}` });
    else if (HTTP_VERSIONS[name]) httpVersion = HTTP_VERSIONS[name] ?? '';
  }
  if (url === undefined) return undefined;
  let target = completeUrl(url, 'http');
  let body = dataFromFile ? '' : data.join(json ? '' : '&');
  if (get && body !== '') {
    target = `${target}${target.includes('?') ? '&' : '?'}${body}`;
    body = '';
  }
  if (json) {
    if (!hasHeader(headers, 'content-type'))
      headers.push({ name: 'Content-Type', value: 'application/json' });
    if (!hasHeader(headers, 'accept')) headers.push({ name: 'Accept', value: 'application/json' });
  } else if (form && !hasHeader(headers, 'content-type')) {
    headers.push({ name: 'Content-Type', value: 'multipart/form-data' });
  } else if ((data.length > 0 || dataFromFile) && !get && !hasHeader(headers, 'content-type')) {
    headers.push({ name: 'Content-Type', value: 'application/x-www-form-urlencoded' });
  }
  const sendsBody = !get && (data.length > 0 || dataFromFile || form);
  const implied = head ? 'HEAD' : upload ? 'PUT' : sendsBody ? 'POST' : 'GET';
  return { method: (method ?? implied).toUpperCase(), target, httpVersion, headers, body };
}

/** `-k` / `--insecure`: the command turned certificate verification off. */
export function curlSkipsVerification(words: readonly string[]): boolean {
  return readOptions(words, SPEC).some(
    (a) => a.kind === 'option' && (a.name === 'k' || a.name === 'insecure'),
  );
}
