import { useCallback, useState } from 'react';
import type { SanitizeOptions, SanitizeResult } from '../core';
import { useDiagnoseStore } from './diagnoseStore';
import { useTaskRunner } from './useTaskRunner';

export type SanitizeState =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; result: SanitizeResult; options: SanitizeOptions };

const IDLE: SanitizeState = { phase: 'idle' };

/**
 * Sanitizes the Diagnose input on demand (in the worker when big), so the user sees what was removed
 * before saving the copy. The user's own text is never changed; a new paste makes the copy stale.
 */
export function useSanitizedHar(): {
  state: SanitizeState;
  run: (options: SanitizeOptions) => void;
  reset: () => void;
} {
  const input = useDiagnoseStore((s) => s.input);
  const runTask = useTaskRunner();
  const [current, setCurrent] = useState<{ input: string; state: SanitizeState }>({ input: '', state: IDLE });

  const run = useCallback(
    (options: SanitizeOptions) => {
      setCurrent({ input, state: { phase: 'running' } });
      void runTask<'sanitizeHar'>({ type: 'sanitizeHar', text: input, options }).then((outcome) => {
        if (!outcome) return;
        const result: SanitizeResult = outcome.ok ? outcome.result : { ok: false, error: outcome.message };
        setCurrent({ input, state: { phase: 'done', result, options } });
      });
    },
    [input, runTask],
  );
  const reset = useCallback(() => setCurrent({ input: '', state: IDLE }), []);
  return { state: current.input === input ? current.state : IDLE, run, reset };
}
