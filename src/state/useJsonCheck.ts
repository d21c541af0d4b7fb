import type { JsonCheckResult } from '../core';
import { useJsonStore } from './jsonStore';
import { useCoreTask, type TaskState } from './useCoreTask';

/** Scans only up to the first non-blank character: cheap even for a 50 MB document. */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** The strict check of the JSON input, re-run (debounced, in a worker when big) as the user types. */
export function useJsonCheck(): TaskState<JsonCheckResult> {
  const input = useJsonStore((s) => s.input);
  return useCoreTask<'checkJson'>(isBlank(input) ? undefined : { type: 'checkJson', text: input }, [input]);
}
