import { useState } from 'react';
import type { BodyView } from '../../core';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { formatSize } from '../format';
import { PositionButton } from '../json/PositionButton';
import { BodyWarnings } from './BodyWarnings';
import { Prose } from '../common/Prose';

/**
 * The body, formatted losslessly when it is valid JSON, read-only. The JSON error and the warnings
 * cite positions in the body as shown here, and a click shows them in it.
 */
export function BodyPanel({ body }: { body: BodyView }) {
  const check = body.check;
  const [reveal, setReveal] = useState<{ line: number; column: number }>();
  const show = (line: number, column: number) => setReveal({ line, column });
  return (
    <section className="card body" aria-label="Body">
      <h3>
        Body{' '}
        <span className="count">
          ({body.length === 0 ? '' : `${body.label}, `}
          {formatSize(body.length)}
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
              Invalid JSON at{' '}
              <PositionButton
                line={check.error.line}
                column={check.error.column}
                label="line"
                onReveal={show}
                title="Show this position in the body"
              />{' '}
              of the body: <Prose text={check.error.message} />
              {check.error.hint && (
                <span className="hint">
                  {' '}
                  <Prose text={check.error.hint} />
                </span>
              )}
            </p>
          )}
          {check && <BodyWarnings warnings={check.warnings} formatted={body.formatted} onReveal={show} />}
          <div className="body-editor">
            <LazyCodeEditor
              value={body.text}
              language={body.language}
              readOnly
              label="Response body"
              reveal={reveal}
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
