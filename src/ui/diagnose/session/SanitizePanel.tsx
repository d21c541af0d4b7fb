import { useState } from 'react';
import type { SanitizeOptions } from '../../../core';
import { useSanitizedHar } from '../../../state/useSanitizedHar';
import { downloadText } from './downloadText';
import { formatEntryList } from './sessionFormat';

const FILE_NAME = 'session.sanitized.har';

function optionsFrom(names: string, removeBodies: boolean): SanitizeOptions {
  const extraNames = names.split(/[\s,]+/).filter((n) => n !== '');
  return {
    ...(extraNames.length > 0 && { extraNames }),
    ...(removeBodies && { removeResponseBodies: true }),
  };
}

/**
 * "Download sanitized HAR": first shows what the sanitizer removes, then saves the copy. The pasted
 * recording itself is never changed.
 */
export function SanitizePanel() {
  const { state, run, reset } = useSanitizedHar();
  const [names, setNames] = useState('');
  const [removeBodies, setRemoveBodies] = useState(false);
  if (state.phase === 'idle')
    return (
      <button type="button" onClick={() => run(optionsFrom(names, removeBodies))}>
        Download sanitized HAR…
      </button>
    );
  const result = state.phase === 'done' ? state.result : undefined;
  return (
    <section className="card sanitize-panel" aria-label="Sanitize for sharing">
      <h3>Sanitized copy for sharing</h3>
      {state.phase === 'running' && <p role="status">Looking for secrets…</p>}
      {result && !result.ok && (
        <p className="problem problem-error" role="alert">
          {result.error}
        </p>
      )}
      {result?.ok && (
        <>
          <p role="status">
            {result.redacted === 0
              ? 'Nothing to remove: no credentials, cookies, tokens or secret fields were found.'
              : `${result.redacted} value${result.redacted > 1 ? 's' : ''} will be replaced by REDACTED; everything else stays byte for byte, so the file still opens in DevTools.`}
          </p>
          {result.removed.length > 0 && (
            <ul className="redactions" aria-label="What is removed">
              {result.removed.map((r) => (
                <li key={r.what}>
                  <code>{r.what}</code> ×{r.count}
                  {r.entries.length > 0 && (
                    <span className="muted">
                      {' '}
                      ({r.entries.length === 1 ? 'entry' : 'entries'} {formatEntryList(r.entries)})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="sanitize-options">
        <label>
          <input type="checkbox" checked={removeBodies} onChange={(e) => setRemoveBodies(e.target.checked)} />{' '}
          Also empty every response body
        </label>
        <label>
          Also mask{' '}
          <input
            type="text"
            value={names}
            placeholder="X-Tenant-Id, account"
            onChange={(e) => setNames(e.target.value)}
            aria-label="More names to mask"
          />
        </label>
        <button type="button" onClick={() => run(optionsFrom(names, removeBodies))}>
          Check again
        </button>
      </div>
      <div className="sanitize-actions">
        <button
          type="button"
          className="primary"
          disabled={!result?.ok}
          onClick={() => result?.ok && downloadText(FILE_NAME, result.text)}
        >
          Save {FILE_NAME}
        </button>
        <button type="button" onClick={reset}>
          Cancel
        </button>
      </div>
    </section>
  );
}
