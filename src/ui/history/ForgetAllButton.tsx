import { useState } from 'react';
import { forgetEverything } from '../../state/history/forgetEverything';
import { announce } from '../../state/announcer';

/** Erases every paste of every screen from this browser, after one confirmation. */
export function ForgetAllButton({ onDone }: { onDone?: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        Forget all…
      </button>
    );
  }
  const erase = async () => {
    setBusy(true);
    await forgetEverything();
    setBusy(false);
    setConfirming(false);
    announce('Everything was erased from this browser: every paste and the history of every screen.');
    onDone?.();
  };
  return (
    <span className="confirm-row" role="group" aria-label="Confirm forget all">
      <span>Erase every paste and the history of all screens from this browser?</span>
      <button type="button" className="danger" onClick={() => void erase()} disabled={busy} autoFocus>
        {busy ? 'Erasing…' : 'Erase everything'}
      </button>
      <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
        Cancel
      </button>
    </span>
  );
}
