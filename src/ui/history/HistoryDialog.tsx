import { useState } from 'react';
import type { HistoryEntry, HistoryScreen } from '../../state/history/historyDatabase';
import { HISTORY_MAX_ENTRIES, historyActions, useHistoryStore } from '../../state/history/historyStore';
import { useHistoryEntries } from '../../state/history/useHistoryEntries';
import { useSettingsStore } from '../../state/settingsStore';
import { announce } from '../../state/announcer';
import { Modal } from '../common/Modal';
import { ForgetAllButton } from './ForgetAllButton';
import { HistoryList } from './HistoryList';
import { KeepPastesToggle } from './KeepPastesToggle';

const SCREEN_TITLE: Record<HistoryScreen, string> = {
  diagnose: 'Diagnose',
  json: 'JSON',
  compare: 'Compare',
};

/** The screen's kept pastes: search, restore, forget one or all, and the "Don't keep pastes" setting. */
export function HistoryDialog({ screen, onClose }: { screen: HistoryScreen; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const entries = useHistoryEntries(screen, query);
  const total = useHistoryStore((s) => s.entries[screen]?.length ?? 0);
  const currentId = useHistoryStore((s) => s.current[screen]);
  const keepPastes = useSettingsStore((s) => s.keepPastes);

  const restore = (entry: HistoryEntry) => {
    historyActions.restore(entry);
    announce(`Restored ${entry.title}`);
    onClose();
  };
  const forget = async (entry: HistoryEntry) => {
    const cleared = await historyActions.forget(entry);
    announce(cleared ? `Forgot ${entry.title} and emptied the editor` : `Forgot ${entry.title}`);
  };

  return (
    <Modal title={`History · ${SCREEN_TITLE[screen]}`} onClose={onClose} className="history-dialog">
      <p className="muted history-where">
        The last {HISTORY_MAX_ENTRIES} pastes of this screen, saved in this browser only (IndexedDB) and never
        uploaded. Titles never show header values, query strings or JSON values.
      </p>
      {!keepPastes && (
        <p className="notice">
          “Don't keep pastes” is on: nothing new is kept, and the inputs are gone after a reload.
        </p>
      )}
      <input
        type="search"
        className="history-search"
        aria-label="Search the history"
        placeholder="Search titles and texts: 429, api.example.com, order id…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {entries === undefined && <p className="muted">Reading the history…</p>}
      {entries?.length === 0 && (
        <p className="muted">
          {total === 0 ? 'Nothing kept yet.' : `Nothing in the history matches “${query}”.`}
        </p>
      )}
      {entries && entries.length > 0 && (
        <HistoryList
          entries={entries}
          currentId={currentId}
          onRestore={restore}
          onForget={(entry) => void forget(entry)}
        />
      )}
      <div className="history-footer">
        <KeepPastesToggle />
        <ForgetAllButton onDone={onClose} />
      </div>
    </Modal>
  );
}
