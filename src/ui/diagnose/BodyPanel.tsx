import type { BodyView } from '../../core';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { formatSize } from '../format';

/** The body, formatted losslessly when it is valid JSON, read-only; JSON errors and warnings listed. */
export function BodyPanel({ body }: { body: BodyView }) {
  const check = body.check;
  return (
    <section className="card body" aria-label="Body">
      <h3>
        Body{' '}
        <span className="count">
          ({formatSize(body.length)}
          {body.formatted ? ', formatted' : ''})
        </span>
      </h3>
      {body.length === 0 ? (
        <p className="muted">No body.</p>
      ) : (
        <>
          {body.note && <p className="notice">{body.note}</p>}
          {check && !check.ok && (
            <p className="problem problem-error" role="alert">
              Invalid JSON at line {check.error.line}, column {check.error.column}: {check.error.message}
              {check.error.hint && <span className="hint"> {check.error.hint}</span>}
            </p>
          )}
          {check && check.warnings.length > 0 && (
            <ul className="json-warnings" aria-label="JSON warnings">
              {check.warnings.map((w, i) => (
                <li key={i} className="problem problem-warning">
                  line {w.line}, column {w.column}: {w.message}
                </li>
              ))}
            </ul>
          )}
          <div className="body-editor">
            <LazyCodeEditor
              value={body.text}
              language={body.language}
              readOnly
              label="Response body"
              markers={
                check && !check.ok && !body.formatted
                  ? [
                      {
                        line: check.error.line,
                        column: check.error.column,
                        message: check.error.message,
                        severity: 'error',
                      },
                    ]
                  : []
              }
            />
          </div>
        </>
      )}
    </section>
  );
}
