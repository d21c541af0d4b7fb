import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SanitizeOptions, SanitizeResult } from '../core';
import { CoreLane, SupersededError } from '../workers/coreClient';
import { createCoreWorkerFactory } from '../workers/createCoreWorker';
import { useDiagnoseStore } from './diagnoseStore';

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
  const lane = useMemo(() => new CoreLane(createCoreWorkerFactory()), []);
  const [current, setCurrent] = useState<{ input: string; state: SanitizeState }>({ input: '', state: IDLE });

  useEffect(() => () => lane.dispose(), [lane]);

  const run = useCallback(
    (options: SanitizeOptions) => {
      setCurrent({ input, state: { phase: 'running' } });
      const settle = (result: SanitizeResult) =>
        setCurrent({ input, state: { phase: 'done', result, options } });
      lane
        .run<'sanitizeHar'>({ type: 'sanitizeHar', text: input, options })
        .then(settle, (error: unknown) => {
          if (!(error instanceof SupersededError))
            settle({ ok: false, error: error instanceof Error ? error.message : String(error) });
        });
    },
    [input, lane],
  );
  const reset = useCallback(() => setCurrent({ input: '', state: IDLE }), []);
  return { state: current.input === input ? current.state : IDLE, run, reset };
}
