import type { TransportError } from '../../types';
import { classifyTransportMessage } from './classifyTransportMessage';
import type { TextLine } from './transportLines';

/**
 * Lines in which wget (GNU or BusyBox) reports a failure: `Resolving x... failed: …`, `Connecting to
 * x|ip|:443... failed: Connection refused.`, `Unable to establish SSL connection.`, `ERROR: cannot
 * verify …'s certificate`, `Read error (…) in headers.`, `wget: can't connect to remote host …`.
 */
const FAILURE =
  /\.\.\. ?failed: .+|^wget: .+|^Unable to establish SSL connection|^ERROR: (?:cannot verify|The certificate|no certificate)|Read error \(|No data received|^ssl_client: .+|^Giving up\./;
/** A later successful connect cancels an earlier failed attempt (IPv6 refused, then IPv4 connected). */
const CONNECTED = /\.\.\. ?connected\.\s*$/;
/** Not failures to report: usage help and the download summary. */
const NOT_A_CAUSE = /^wget: (?:missing URL|unrecognized option|invalid option)|^Giving up\./;

function hostIn(message: string): string | undefined {
  return (
    /^(?:Resolving|Connecting to) ([^\s|(]+)/.exec(message)?.[1] ??
    /(?:host address|bad address|remote host \(?) ?'?([^\s')]+)/.exec(message)?.[1]
  );
}

/** BusyBox wget names the host before it fails on its address: `Connecting to raw.example.com (151.101.0.133:443)`. */
const CONNECTING = /^Connecting to ([^\s|(]+) \(([^)\s]+?)(?::\d+)?\)/;

/** wget's last failure that no later successful connection superseded, as a transport error. */
export function findWgetError(lines: readonly TextLine[]): TransportError | undefined {
  let found: TransportError | undefined;
  const names = new Map<string, string>();
  for (const l of lines) {
    const text = l.text.trim();
    const connecting = CONNECTING.exec(text);
    if (connecting?.[1] && connecting[2]) names.set(connecting[2], connecting[1]);
    if (CONNECTED.test(text)) {
      found = undefined;
      continue;
    }
    if (!FAILURE.test(text) || NOT_A_CAUSE.test(text)) continue;
    const classified = classifyTransportMessage(text);
    if (!classified) continue;
    // A name-resolution failure stated twice (the Resolving line, then "unable to resolve"): keep the first.
    if (found?.cause === 'dns' && classified.cause === 'dns') continue;
    const address = hostIn(text);
    // The name the address was reached by is what the user typed and what the checks should test.
    const host = (address !== undefined && names.get(address)) || address;
    found = { tool: 'wget', message: text, ...classified, ...(host && { host }), line: l.line };
  }
  return found;
}
