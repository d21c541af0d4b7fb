import type { ResponseAnalysis } from '../../core';
import type { TaskState } from '../../state/useCoreTask';
import { useAnnounce } from '../layout/useAnnounce';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One sentence for screen readers when a diagnosis arrives: the status and how much there is to read. */
export function diagnosisAnnouncement(result: ResponseAnalysis | undefined): string | undefined {
  if (!result) return undefined;
  const diagnosis = result.diagnosis;
  if (!diagnosis)
    return result.kind === 'empty'
      ? undefined
      : `Read as ${result.kind.replace('-', ' ')}: no response to diagnose.`;
  const { status, findings } = diagnosis;
  const head = status.code === 0 ? status.name : `${status.code} ${status.name}`;
  return `Diagnosed: ${head}. ${plural(findings.length, 'finding')}.`;
}

/** Announces each new diagnosis in the app's live region. */
export function useDiagnosisAnnouncement(analysis: TaskState<ResponseAnalysis>): void {
  useAnnounce(analysis.pending ? undefined : diagnosisAnnouncement(analysis.result));
}
