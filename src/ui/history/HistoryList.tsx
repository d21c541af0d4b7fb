import type { HistoryEntry } from '../../state/history/historyDatabase';
import { formatSize, formatWhen } from '../format';

/** The kept pastes: title (never a secret), where it came from, when, how big; restore or forget each. */
export function HistoryList({
  entries,
  currentId,
  onRestore,
  onForget,
}: {
  entries: readonly HistoryEntry[];
  currentId: string | undefined;
  onRestore: (entry: HistoryEntry) => void;
  onForget: (entry: HistoryEntry) => void;
}) {
  return (
    <ol className="history-list">
      {entries.map((entry) => (
        <li key={entry.id} className="history-entry" aria-current={entry.id === currentId || undefined}>
          <button
            type="button"
            className="history-restore"
            title="Put this back into the editor"
            onClick={() => onRestore(entry)}
          >
            <span className="history-title">{entry.title}</span>
            <span className="history-meta">
              {entry.id === currentId ? 'in the editor · ' : ''}
              {entry.source ? `${entry.source} · ` : ''}
              {formatWhen(entry.updatedAt)} · {formatSize(entry.size)}
            </span>
          </button>
          <button
            type="button"
            className="history-forget"
            onClick={() => onForget(entry)}
            aria-label={`Forget “${entry.title}”`}
          >
            Forget
          </button>
        </li>
      ))}
    </ol>
  );
}
