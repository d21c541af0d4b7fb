import { trimEndWhile } from '../../text/trimEndWhile';
import { LineReader } from '../LineReader';
import { continuesOnNextLine } from './splitShellCommand';
import { HTTP_CLIENTS, readCommandLine, type CommandLine } from './readCommandLine';

/** A pasted terminal session: the command that produced the output, and where that output is. */
export interface Transcript {
  /** The command, continuation lines joined as pasted (with their line breaks). */
  command: string;
  /** The program it runs ("curl", "wget", "http", "node"...). */
  program: string;
  /** 1-based line of the command's first line. */
  commandLine: number;
  /** Offset where the command's output starts (the line after the command). */
  outputStart: number;
  /** 1-based line number of outputStart. */
  outputLine: number;
  /** Where the output ends: the end of the paste, or a last line that is only a prompt. */
  outputEnd: number;
}

/**
 * Commands are looked for only near the top: a transcript starts with its command, and a line deep in
 * a 50 MB body that happens to look like a prompt is body text.
 */
export const TRANSCRIPT_SCAN_CHARS = 64 * 1024;
/** Continuation lines joined to one command at most (an open quote must not swallow the output). */
const MAX_CONTINUATION_LINES = 30;

/** Once the output shows HTTP itself, later prompt-like lines belong to the body. */
const HTTP_OUTPUT = /^\s*(?:[<>] )?(?:HTTP\/\d|:status)|^\s*\{\s*"log"\s*:/;

interface Found extends CommandLine {
  line: number;
  /** Offset and line number just after the command (and its continuation lines). */
  next: number;
  nextLine: number;
}

/** The command on the line at `pos`, with the lines that continue it. */
function readCommandAt(reader: LineReader, first: CommandLine, next: number, line: number): Found {
  const text = reader.text;
  let command = first.command;
  let pos = next;
  let nextLine = line + 1;
  for (let n = 0; n < MAX_CONTINUATION_LINES && continuesOnNextLine(command) && pos < text.length; n++) {
    const l = reader.read(pos);
    command = `${command}\n${text.slice(l.start, l.end)}`;
    pos = l.next;
    nextLine += 1;
  }
  return { ...first, command: trimEndWhile(command, /[\s\\`^]/), line, next: pos, nextLine };
}

/** A last line that is only a prompt (the shell waiting for the next command) is not output. */
const BARE_PROMPT =
  /^\s*(?:[$%#❯»]|\[[^\]\n]{1,120}\]\s?[$#%]|[\w.-]{1,64}@[\w.-]{1,128}(?:[: ][^\n$#%>]{0,200})?[$#%]|PS [^>\n]{1,200}>)\s*$/;

function outputEnd(text: string, from: number): number {
  const end = text.trimEnd().length;
  const lastBreak = text.lastIndexOf('\n', end - 1);
  const lastStart = Math.max(from, lastBreak + 1);
  return lastStart < end && BARE_PROMPT.test(text.slice(lastStart, end)) ? lastStart : text.length;
}

/**
 * Finds the command of a pasted terminal session: the last HTTP client command (curl, wget, HTTPie)
 * near the top, or else the last command of any kind (`node`, `python app.py`). Its output is what
 * follows it, to the end of the paste (a trailing empty prompt left out). Undefined when the paste
 * has no prompt or command line before its HTTP content.
 */
export function readTranscript(text: string): Transcript | undefined {
  const reader = new LineReader(text, false);
  const limit = Math.min(text.length, TRANSCRIPT_SCAN_CHARS);
  let lastClient: Found | undefined;
  let lastAny: Found | undefined;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (pos < limit) {
    const l = reader.read(pos);
    const content = text.slice(l.start, Math.min(l.end, l.start + TRANSCRIPT_SCAN_CHARS));
    if (HTTP_OUTPUT.test(content)) break;
    const found = readCommandLine(content);
    if (found) {
      const command = readCommandAt(reader, found, l.next, line);
      lastAny = command;
      if (HTTP_CLIENTS.has(command.program)) lastClient = command;
      line = command.nextLine;
      pos = command.next;
    } else {
      line += 1;
      pos = l.next;
    }
  }
  const chosen = lastClient ?? lastAny;
  if (!chosen) return undefined;
  return {
    command: chosen.command,
    program: chosen.program,
    commandLine: chosen.line,
    outputStart: chosen.next,
    outputLine: chosen.nextLine,
    outputEnd: outputEnd(text, chosen.next),
  };
}
