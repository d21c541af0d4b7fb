import { jsonActions, useJsonActionState } from '../../state/jsonActions';
import { useJsonStore } from '../../state/jsonStore';
import type { JsonCheckResult } from '../../core';
import type { TaskState } from '../../state/useCoreTask';
import { BusyIndicator } from '../diagnose/BusyIndicator';
import { JsonActionMessage } from './JsonActionMessage';
import { JsonErrorMessage } from './JsonErrorMessage';
import { JsonStatusLine } from './JsonStatusLine';
import { JsonWarningsList } from './JsonWarningsList';

/** Beside the editor: the verdict, the error with its hint, the warnings, and the repair button. */
export function JsonCheckPanel({ check }: { check: TaskState<JsonCheckResult> }) {
  const size = useJsonStore((s) => s.input.length);
  const busy = useJsonActionState((s) => s.busy);
  const repairShown = useJsonActionState((s) => s.repair !== undefined);
  const { result, pending, startedAt, error } = check;
  return (
    <section
      className="panel json-check-panel"
      aria-label="JSON check"
      aria-busy={pending || busy !== undefined}
    >
      {pending && startedAt !== undefined && <BusyIndicator startedAt={startedAt} size={size} />}
      {busy && <BusyIndicator startedAt={busy.startedAt} size={busy.size} />}
      {error && (
        <p className="problem problem-error" role="alert">
          Triage could not check this text: {error}
        </p>
      )}
      <JsonStatusLine check={result} size={size} />
      <JsonActionMessage />
      {result && !result.ok && (
        <>
          <JsonErrorMessage error={result.error} />
          {!repairShown && (
            <p>
              <button
                type="button"
                className="primary"
                onClick={jsonActions.suggestRepair}
                disabled={busy !== undefined}
              >
                Suggest a repair
              </button>{' '}
              <span className="muted">
                Shows the proposed changes first; nothing is changed until you accept.
              </span>
            </p>
          )}
        </>
      )}
      {result && <JsonWarningsList warnings={result.warnings} />}
      {result?.ok && result.warnings.length === 0 && (
        <p className="muted">
          No duplicate keys, no numbers that JSON.parse would change, no lone surrogates.
        </p>
      )}
    </section>
  );
}
