import type { TransportError } from '../../types';
import { classifyTransportMessage } from './classifyTransportMessage';
import { findBrowserError } from './findBrowserError';
import { findCurlError } from './findCurlError';
import { findNodeError } from './findNodeError';
import { findPythonError } from './findPythonError';
import { findWgetError } from './findWgetError';
import type { TextLine } from './transportLines';

type Reader = (lines: readonly TextLine[]) => TransportError | undefined;

/**
 * Other clients' failures (Go, Java, .NET, OkHttp): only lines that read as an error report, so an
 * HTTP body that mentions a refused connection is not taken for one.
 */
const GENERIC_REPORT =
  /^\s*(?:(?:java|javax|okhttp3|org\.apache|System\.Net|io\.netty)[\w.$]*(?:Exception|Error)\b|(?:Get|Post|Put|Patch|Delete|Head) "https?:|dial tcp|x509:|(?:fatal )?error:|Error:|ERROR\b)/i;

function findGenericError(lines: readonly TextLine[]): TransportError | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l || !GENERIC_REPORT.test(l.text)) continue;
    const classified = classifyTransportMessage(l.text);
    if (classified) return { tool: 'other', message: l.text.trim(), ...classified, line: l.line };
  }
  return undefined;
}

const READERS: Record<string, Reader> = {
  curl: findCurlError,
  wget: findWgetError,
  node: findNodeError,
  python: findPythonError,
  browser: findBrowserError,
};

/** The reader to try first for the program that ran, by its name. */
const READER_OF_PROGRAM: Record<string, string> = {
  curl: 'curl',
  wget: 'wget',
  http: 'python',
  https: 'python',
  node: 'node',
  npm: 'node',
  npx: 'node',
  python: 'python',
  python3: 'python',
};

/**
 * The transport failure a paste reports, when a client says no HTTP response arrived: curl's
 * `curl: (N)` lines, wget's "failed:" lines, HTTPie's `error:` lines, Node and Python errors, browser
 * network errors, and other clients' error reports. The program that ran (from the command line),
 * when known, is asked first.
 */
export function findTransportError(lines: readonly TextLine[], program?: string): TransportError | undefined {
  const first = program === undefined ? undefined : READER_OF_PROGRAM[program];
  const order = [...(first ? [first] : []), 'curl', 'wget', 'node', 'python', 'browser'];
  for (const name of order) {
    const found = READERS[name]?.(lines);
    if (!found) continue;
    const httpie = (program === 'http' || program === 'https') && found.tool === 'python';
    return httpie ? { ...found, tool: 'httpie' } : found;
  }
  return findGenericError(lines);
}
