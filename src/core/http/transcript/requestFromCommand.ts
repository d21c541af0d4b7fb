import type { HttpRequest } from '../../types';
import { curlRequest, curlSkipsVerification } from './curlCommand';
import { httpieRequest, httpieSkipsVerification } from './httpieCommand';
import { programOf } from './readCommandLine';
import { splitShellCommand } from './splitShellCommand';
import { wgetRequest, wgetSkipsVerification } from './wgetCommand';

export type CommandTool = 'curl' | 'wget' | 'httpie';

const TOOL_OF: Record<string, CommandTool> = {
  curl: 'curl',
  wget: 'wget',
  http: 'httpie',
  https: 'httpie',
  xh: 'httpie',
  xhs: 'httpie',
};

export interface CommandRequest {
  tool: CommandTool;
  request: HttpRequest;
  /** The command turned certificate verification off (-k, --verify=no, --no-check-certificate). */
  verifyDisabled: boolean;
}

const SKIPS_VERIFICATION: Record<CommandTool, (args: readonly string[]) => boolean> = {
  curl: curlSkipsVerification,
  wget: wgetSkipsVerification,
  httpie: httpieSkipsVerification,
};

/**
 * The request an HTTP client command sends. In a pipeline or list (`curl … | jq`, `… | xargs curl …`)
 * the last segment that runs a client is the one whose output follows. Undefined when no segment runs
 * curl, wget or HTTPie, or the command names no URL.
 */
export function requestFromCommand(command: string): CommandRequest | undefined {
  const segments = splitShellCommand(command);
  for (let s = segments.length - 1; s >= 0; s--) {
    const words = segments[s] ?? [];
    for (let w = 0; w < words.length; w++) {
      const program = programOf(words[w] ?? '');
      const tool = TOOL_OF[program];
      if (!tool) continue;
      const args = words.slice(w + 1);
      const request =
        tool === 'curl'
          ? curlRequest(args)
          : tool === 'wget'
            ? wgetRequest(args)
            : httpieRequest(args, program);
      return request ? { tool, request, verifyDisabled: SKIPS_VERIFICATION[tool](args) } : undefined;
    }
  }
  return undefined;
}
