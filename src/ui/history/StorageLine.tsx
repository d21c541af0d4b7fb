import { lazy, Suspense, useEffect, useState } from 'react';
import type { HistoryScreen } from '../../state/history/historyDatabase';
import { historyActions, useHistoryStore } from '../../state/history/historyStore';
import { useHistoryEntries } from '../../state/history/useHistoryEntries';
import { onPersistenceChange } from '../../state/persistentStorage';
import { useSettingsStore } from '../../state/settingsStore';
import { announce } from '../../state/announcer';

/** Opened on demand: not part of the first paint. */
const HistoryDialog = lazy(() => import('./HistoryDialog').then((m) => ({ default: m.HistoryDialog })));

/**
 * Under an input: what is stored and where ("saved in this browser only"), the history, and "Forget
 * this", which erases the current paste from the editor, its saved copy and the history.
 */
export function StorageLine({ screen, empty }: { screen: HistoryScreen; empty: boolean }) {
  const [open, setOpen] = useState(false);
  const [tooLargeToSave, setTooLargeToSave] = useState(false);
  const count = useHistoryEntries(screen)?.length ?? 0;
  const tooLargeForHistory = useHistoryStore((s) => s.tooLarge[screen]);
  const keepPastes = useSettingsStore((s) => s.keepPastes);
  useEffect(() => onPersistenceChange(setTooLargeToSave), []);

  const forgetThis = async () => {
    const state = useHistoryStore.getState();
    const entry = state.entries[screen]?.find((e) => e.id === state.current[screen]);
    if (entry) await historyActions.forget(entry);
    else historyActions.clearInput(screen);
    announce('Forgot this paste: the editor is empty and nothing of it is kept.');
  };

  return (
    <div className="storage-line">
      {keepPastes ? (
        <p>
          {tooLargeToSave
            ? 'Too large for this browser’s storage: this input will not survive a reload. Keep a copy.'
            : 'Saved in this browser only, never uploaded.'}
          {tooLargeForHistory && ' Too large to copy into the history.'}
        </p>
      ) : (
        <p>Not saved (“Don't keep pastes” is on): this input is gone after a reload.</p>
      )}
      <button type="button" className="link-button" data-shortcut="history" onClick={() => setOpen(true)}>
        History ({count})
      </button>
      <button type="button" className="link-button" onClick={() => void forgetThis()} disabled={empty}>
        Forget this
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryDialog screen={screen} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
