import type { SessionAnalysis } from '../core';
import { useDiagnoseStore } from './diagnoseStore';
import { useCoreTask, type TaskState } from './useCoreTask';

/**
 * The Diagnose input read as a session (off the main thread when big), when it holds several
 * exchanges. Selecting an entry does not recompute it: it depends on the input alone.
 */
export function useSession(enabled: boolean): TaskState<SessionAnalysis> {
  const input = useDiagnoseStore((s) => s.input);
  return useCoreTask<'analyzeSession'>(enabled ? { type: 'analyzeSession', text: input } : undefined, [
    enabled ? input : undefined,
  ]);
}
