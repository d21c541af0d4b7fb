/**
 * Recognises a shell prompt followed by a command on one pasted line, in the prompt styles people
 * paste: `$ `, `% `, `# `, `user@host:~/dir$ `, `[root@host ~]# `, `host ~/dir (branch) $ `, `➜  dir `,
 * `❯ `, `PS C:\dir> `, `C:\dir>`, and a bare `curl …`/`wget …`/`http …` line with no prompt at all.
 * `>>> ` (Python) and `> ` (Node, or curl's request lines) are not shell prompts.
 */

export interface CommandLine {
  /** The prompt as written (may be ''). */
  prompt: string;
  /** The command after the prompt, with a right-aligned prompt (clock, timer) removed. */
  command: string;
  /** The program the command runs, lower-case, without path or wrappers ("curl", "git", "./hello.js"). */
  program: string;
}

/** HTTP clients whose output Triage reads, and whose command gives the request. */
export const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'xh', 'xhs']);

/** Programs recognised after an ambiguous prompt (`# ` is also a Markdown heading or a comment). */
const KNOWN_PROGRAMS = new Set([
  ...HTTP_CLIENTS,
  'cd',
  'ls',
  'cat',
  'echo',
  'git',
  'docker',
  'kubectl',
  'node',
  'npm',
  'npx',
  'yarn',
  'pnpm',
  'deno',
  'bun',
  'python',
  'python3',
  'pip',
  'php',
  'ruby',
  'go',
  'java',
  'sudo',
  'ssh',
  'export',
  'set',
  'ping',
  'nslookup',
  'dig',
  'host',
  'openssl',
  'nc',
  'telnet',
  'apt',
  'apt-get',
  'yum',
  'brew',
  'systemctl',
  'service',
  'env',
  'time',
  'xargs',
  'jq',
]);

/** Words that run the next word as the real program. */
const WRAPPERS = new Set(['sudo', 'time', 'env', 'command', 'noglob', 'nohup', 'exec']);

/** Prompts that can only be prompts: whatever program follows is a command. */
const STRONG_PROMPTS: RegExp[] = [
  /^PS(?: [^>\n]{1,200})?>\s+/, // PowerShell: PS C:\Users\me>
  /^[A-Za-z]:\\[^>\n]{0,200}>\s*/, // cmd.exe: C:\Users\me>
  /^\[[^\]\n]{1,120}\]\s?[$#%]\s+/, // [root@host ~]#
  /^\[[$#%]\]\s+/, // [$]
  /^[\w.-]{1,64}@[\w.-]{1,128}(?:[: ][^\n$#%>]{0,200})?[$#%>]\s+/, // user@host:~/dir$  user@host ~ $
  /^(?:\$|❯+|»|λ|→)\s+/, // $  ❯  ❯❯❯
  /^➜\s+\S{1,100}(?:\s+git:\([^)\n]{0,100}\))?(?:\s+[✗✔])?\s+/, // oh-my-zsh: ➜  dir git:(main) ✗
];

/**
 * Prompts that may also be something else (`# ` is a heading or a comment, `% Total` a progress
 * meter): the command must start with a known program.
 */
const WEAK_PROMPTS: RegExp[] = [
  /^[#%]\s+/, // root and zsh prompts
  /^[^\s'"`$#%>]{0,80}(?:\s+\S{1,80}){0,6}?\s*[$#%]\s+/, // host dir (branch) $   / #   🥕 carrot ~/git $
];

/** What a program word looks like: a name or a path, never a number or punctuation. */
const PROGRAM_WORD = /^(?:[a-z_][\w.+-]*|\.{0,2}[/\\~][^\s]*)$/;

/** A shell's right-aligned prompt: a clock or a duration after a long run of spaces. */
export const RIGHT_PROMPT =
  /(?<!\s)\s{6,}(?:\d{1,2}:\d{2}(?::\d{2})?|[\d.,]+\s?(?:ms|s|m|h)|[✔✘✗]\s?\S{0,12})\s*$/;

/** The program word of a command: wrappers (sudo, env VAR=x), paths and `.exe` removed. */
export function programOf(command: string): string {
  const words = command.trim().split(/\s+/);
  let i = 0;
  while (i < words.length) {
    const w = words[i] ?? '';
    if (WRAPPERS.has(w) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || (i > 0 && w.startsWith('-'))) i++;
    else break;
  }
  const word = (words[i] ?? '').replace(/^\\/, '');
  if (word.startsWith('./')) {
    const base = word.slice(2).toLowerCase();
    return HTTP_CLIENTS.has(base) ? base : word;
  }
  return word
    .replace(/^.*[/\\]/, '')
    .replace(/\.exe$/i, '')
    .toLowerCase();
}

/** An HTTPie command without a prompt must look like one: `http [flags] [METHOD] host…`. */
function looksLikeHttpie(args: string): boolean {
  return /^(?:-{1,2}[\w-]+(?:[= ]\S+)?\s+)*(?:[A-Za-z]+\s+)?(?::\d|[\w-]+(?:\.[\w-]+)+|localhost|https?:\/\/|\[)/.test(
    args,
  );
}

/** curl and wget arguments name a URL or start with an option; prose after the word "curl" does neither. */
function looksLikeClientArgs(args: string): boolean {
  return /(?:^|\s)(?:-{1,2}[\w-]|['"]?[a-z][\w+.-]*:\/\/|['"]?(?:[\w-]+\.)+[a-z]{2,}\b|['"]?localhost\b|['"]?\d{1,3}(?:\.\d{1,3}){3}\b)/i.test(
    args,
  );
}

/** A command line with no prompt: only the HTTP clients, written as commands. */
function barePrompt(line: string): CommandLine | undefined {
  const m = /^(?:sudo\s+)?(?:[\w.~-]*[/\\])?(curl|wget|https?)(?:\.exe)?\s+(\S.*)$/i.exec(line);
  if (!m) return undefined;
  const program = (m[1] ?? '').toLowerCase();
  const args = m[2] ?? '';
  const httpie = program === 'http' || program === 'https';
  if (httpie ? !looksLikeHttpie(args) : !looksLikeClientArgs(args)) return undefined;
  return { prompt: '', command: line, program };
}

function afterPrompt(line: string, prompt: string, strong: boolean): CommandLine | undefined {
  const command = line.slice(prompt.length).replace(RIGHT_PROMPT, '').trimEnd();
  if (command === '' || command.startsWith('>')) return undefined;
  const program = programOf(command);
  if (!PROGRAM_WORD.test(program)) return undefined;
  if (!strong && !KNOWN_PROGRAMS.has(program) && !program.startsWith('./')) return undefined;
  return { prompt: prompt.trimEnd(), command, program };
}

/** The prompt and command on this line, or undefined when the line is not a command line. */
export function readCommandLine(rawLine: string): CommandLine | undefined {
  const line = rawLine.replace(/^\s+/, '');
  if (line === '' || line.startsWith('>>>') || line.startsWith('> ') || line.startsWith('< '))
    return undefined;
  for (const prompt of STRONG_PROMPTS) {
    const m = prompt.exec(line);
    const found = m && afterPrompt(line, m[0], true);
    if (found) return found;
  }
  const bare = barePrompt(line.replace(RIGHT_PROMPT, '').trimEnd());
  if (bare) return bare;
  for (const prompt of WEAK_PROMPTS) {
    const m = prompt.exec(line);
    const found = m && afterPrompt(line, m[0], false);
    if (found) return found;
  }
  return undefined;
}
