import type { ParsedInput, Problem } from '../types';
import { EXPECTED_INPUT } from './detectInput';
import { parseText, unrecognized, type OutputContext } from './parseText';
import { readTranscript } from './transcript/readTranscript';
import { requestFromCommand, type CommandRequest } from './transcript/requestFromCommand';
import { SNIFF_LENGTH } from './limits';

/** curl --trace-time puts a time stamp before every line it writes itself. */
const TRACE_TIME = /^\d\d:\d\d:\d\d\.\d{6} (?=[*<>{}] ?)/m;

function withoutTraceTime(text: string): string {
  return TRACE_TIME.test(text.slice(0, SNIFF_LENGTH)) ? text.replace(/^\d\d:\d\d:\d\d\.\d{6} /gm, '') : text;
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** A terminal session: the command's output parsed, the request read from the command where needed. */
function parseTranscript(raw: string): ParsedInput | undefined {
  const transcript = readTranscript(raw);
  if (!transcript) return undefined;
  const output = raw.slice(transcript.outputStart, transcript.outputEnd);
  // Blank lines in place of the command keep every problem's line number that of the paste.
  const padded = '\n'.repeat(transcript.outputLine - 1) + output;
  const context: OutputContext = {
    output: output.replace(/^(?:\r?\n|\r)+/, ''),
    program: transcript.program,
    command: requestFromCommand(transcript.command),
    commandLine: transcript.commandLine,
  };
  const parsed = parseText(withoutTraceTime(padded), context);
  const problems: Problem[] = [...parsed.problems];
  if (parsed.kind === 'empty') {
    problems.push({
      severity: 'info',
      message: 'Only a command was pasted: paste what it printed too.',
      line: transcript.commandLine,
    });
  }
  return { ...withCommandFacts(parsed, context.command), command: transcript.command, problems };
}

/**
 * What the command tells about a request that got no response and the error does not: the URL it was
 * sent to (curl -v shows only the path), and whether certificate verification was off.
 */
function withCommandFacts(parsed: ParsedInput, command: CommandRequest | undefined): ParsedInput {
  if (!command || parsed.kind !== 'no-response') return parsed;
  const url = /^https?:\/\//i.test(command.request.target) ? command.request.target : undefined;
  const exchanges = parsed.exchanges.map((exchange) => {
    const error = exchange.transportError;
    if (!error) return exchange;
    return {
      ...exchange,
      transportError: {
        ...error,
        ...(error.url === undefined && url !== undefined && { url }),
        ...(command.verifyDisabled && { verifyDisabled: true }),
      },
    };
  });
  return { ...parsed, exchanges };
}

/**
 * Turns whatever was pasted into exchanges: raw responses (curl -i, devtools copies, several in a row),
 * curl -v output, wget and HTTPie output, a HAR file, a client's transport error (curl: (6), ECONNREFUSED,
 * requests.exceptions.ConnectTimeout...), a bare body, or nothing; a shell prompt and command above the
 * output are read too. Never throws: an unexpected failure comes back as an 'unrecognized' input.
 */
export function parseInput(raw: string): ParsedInput {
  try {
    if (typeof raw !== 'string') return unrecognized(`Expected text to parse. ${EXPECTED_INPUT}`);
    return parseTranscript(raw) ?? parseText(withoutTraceTime(raw), { output: raw });
  } catch (error) {
    return unrecognized(`This input could not be read (${describeError(error)}).`);
  }
}
