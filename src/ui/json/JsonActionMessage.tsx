import { jsonActions, useJsonActionState } from '../../state/jsonActions';
import { PositionButton } from './PositionButton';
import { Prose } from '../common/Prose';

/** Why the last button did nothing: the JSON is invalid, it was already formatted, or the worker failed. */
export function JsonActionMessage() {
  const message = useJsonActionState((s) => s.message);
  if (!message) return null;
  return (
    <div className="notice json-action-message" role="status">
      <p>
        {message.text}
        {message.error && (
          <>
            {' '}
            <PositionButton line={message.error.line} column={message.error.column} />:{' '}
            <Prose text={message.error.message} />
          </>
        )}
      </p>
      <button type="button" className="link-button" onClick={jsonActions.dismissMessage}>
        OK
      </button>
    </div>
  );
}
