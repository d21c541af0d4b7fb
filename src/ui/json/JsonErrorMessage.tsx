import type { JsonError } from '../../core';
import { PositionButton } from './PositionButton';
import { Prose } from '../common/Prose';

/** The first syntax error: where, what, and the hint for the usual mistake; positions are clickable. */
export function JsonErrorMessage({ error }: { error: JsonError }) {
  return (
    <div className="problem problem-error json-error" role="alert">
      <p className="json-error-message">
        <PositionButton line={error.line} column={error.column} />: <Prose text={error.message} />
      </p>
      {error.hint && (
        <p className="hint">
          <Prose text={error.hint} />
        </p>
      )}
      {error.related && (
        <p className="json-related">
          <Prose text={error.related.message} /> (
          <PositionButton line={error.related.line} column={error.related.column} label="line" />)
        </p>
      )}
    </div>
  );
}
