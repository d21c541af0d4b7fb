import type { RetryVerdict } from '../../types';
import type { ConfirmStep } from './noResponseGuidance';

/** What a specific curl exit code adds to its cause's guidance: the likeliest culprit and how to check it. */
export interface CodeAdvice {
  culprit: string;
  confirm?: ConfirmStep;
  verdict?: RetryVerdict;
}

export const CURL_CODE_ADVICE: Readonly<Record<number, CodeAdvice>> = {
  1: {
    culprit: 'The scheme is misspelled or preceded by a stray character',
    confirm: { command: 'echo "{url}"', note: 'look for a quote or space before http' },
    verdict: 'after-fix',
  },
  3: {
    culprit:
      'The URL is malformed: quote it for the shell (& ? [ ] { } and spaces break it unquoted) and check the scheme and host',
    confirm: { command: 'curl -g "{url}"', note: '-g stops curl reading [ ] and { } as patterns' },
    verdict: 'after-fix',
  },
  5: {
    culprit: 'The proxy host in -x, HTTPS_PROXY or http_proxy is misspelled or unreachable',
    confirm: { command: 'env | grep -i proxy' },
    verdict: 'after-fix',
  },
  7: {
    culprit: 'Nothing listens on that host and port (curl tries ::1 and 127.0.0.1 for localhost)',
    confirm: { command: 'curl -v {url}', note: 'the "Trying" lines show each address attempted' },
  },
  18: {
    culprit:
      'The connection closed before the whole body arrived: the body is shorter than Content-Length promised',
    confirm: { command: 'curl -v {url} -o /dev/null', note: 'does it stop at the same size every time?' },
  },
  23: {
    culprit: 'The program reading curl’s output stopped early (head, a closed pipe) or the disk is full',
    verdict: 'after-fix',
  },
  26: { culprit: 'A file given with -d @file, -T or -F name=@file cannot be read', verdict: 'after-fix' },
  28: {
    culprit:
      'A time limit fired: --connect-timeout for the connection, --max-time (-m) for the whole transfer',
    confirm: {
      command: 'curl -v --connect-timeout 10 --max-time 60 {url}',
      note: 'the verbose lines show which phase hangs',
    },
  },
  35: {
    culprit:
      'The TLS handshake broke off: no common TLS version or cipher, a client certificate problem, or a middlebox cutting it',
    confirm: { command: 'openssl s_client -connect {host}:{port} -servername {host}' },
  },
  47: {
    culprit: 'The redirects loop (A → B → A) or chain beyond --max-redirs',
    confirm: { command: "curl -sIL --max-redirs 10 {url} | grep -i '^location'" },
    verdict: 'after-fix',
  },
  51: {
    culprit: 'The certificate is for another host name than the one in the URL',
    confirm: {
      command:
        'openssl s_client -connect {host}:{port} -servername {host} </dev/null | openssl x509 -noout -ext subjectAltName',
      note: 'the host names the certificate covers',
    },
  },
  52: {
    culprit:
      'A protocol mismatch (http:// to an HTTPS port, or the reverse) or a server that dropped the request without answering',
    confirm: {
      command: 'curl -v https://{host}:{port}/ and curl -v http://{host}:{port}/',
      note: 'one of them answers',
    },
  },
  55: {
    culprit:
      'The connection broke while the request was being sent (a proxy or server closing it, a body too large)',
  },
  56: {
    culprit:
      'The connection was reset while the response was being read: a crash, a proxy timeout or a firewall',
  },
  58: {
    culprit:
      'The client certificate or key given with --cert / --key cannot be used (path, format or password)',
    confirm: {
      command: 'openssl x509 -in client.pem -noout -subject -dates',
      note: 'and --cert-type P12 for .p12 files',
    },
    verdict: 'after-fix',
  },
  60: {
    culprit:
      'The server certificate does not chain to a CA curl trusts: self-signed, a missing intermediate, a company proxy’s CA, or an outdated CA bundle',
    confirm: { command: 'curl -v {url} 2>&1 | grep -i cafile', note: 'which CA bundle curl reads' },
  },
  77: {
    culprit: 'The CA bundle file curl was told to use is missing, unreadable or not PEM',
    confirm: {
      command: 'curl -v {url} 2>&1 | grep -i cafile',
      note: 'then check that file exists and is readable',
    },
    verdict: 'after-fix',
  },
  92: {
    culprit: 'The server or a proxy mishandles HTTP/2 and reset the stream',
    confirm: {
      command: 'curl --http1.1 -v {url}',
      note: 'if this works, HTTP/2 on the server side is at fault',
    },
    verdict: 'after-fix',
  },
  16: {
    culprit: 'The server or a proxy mishandles HTTP/2',
    confirm: { command: 'curl --http1.1 -v {url}' },
    verdict: 'after-fix',
  },
};
