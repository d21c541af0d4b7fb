import { useEffect, useState } from 'react';
import { formatMs, formatSize } from '../format';

/** Below this, a comparison is quick enough to need no progress bar. */
const SHOW_AFTER_MS = 300;

interface CompareProgressProps {
  startedAt: number | undefined;
  progress: number | undefined;
  size: number;
  onCancel: () => void;
}

/** While a big comparison runs in the background: how far it is, how long it took so far, and Stop. */
export function CompareProgress({ startedAt, progress, size, onCancel }: CompareProgressProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const elapsed = startedAt === undefined ? 0 : Math.max(0, now - startedAt);
  if (elapsed < SHOW_AFTER_MS) return null;
  const percent = progress === undefined ? undefined : Math.round(progress * 100);
  return (
    <div className="busy compare-progress" role="status">
      <progress aria-label="Comparing" max={100} value={percent} />
      <span>
        Comparing {formatSize(size)} in the background{percent !== undefined ? `: ${percent} %` : '…'}{' '}
        {formatMs(Math.round(elapsed / 100) * 100)}
      </span>
      <button type="button" onClick={onCancel}>
        Stop
      </button>
    </div>
  );
}

/** After the user stopped a comparison: the inputs stay, nothing runs until asked. */
export function CompareStopped({ onRetry }: { onRetry: () => void }) {
  return (
    <div className="notice compare-stopped" role="status">
      The comparison was stopped.{' '}
      <button type="button" onClick={onRetry}>
        Compare again
      </button>
    </div>
  );
}
