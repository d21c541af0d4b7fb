import type { ResponseAnalysis } from '../core';
import { useDiagnoseStore } from './diagnoseStore';
import { useCoreTask, type TaskState } from './useCoreTask';

/** The analysis of the Diagnose input, recomputed (off the main thread when big) as the input changes. */
export function useDiagnosis(): TaskState<ResponseAnalysis> {
  const input = useDiagnoseStore((s) => s.input);
  const selectedIndex = useDiagnoseStore((s) => s.selectedIndex);
  return useCoreTask<'analyze'>({ type: 'analyze', text: input, selectedIndex }, [input, selectedIndex]);
}
