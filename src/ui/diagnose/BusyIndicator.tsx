import { useEffect, useState } from 'react';
import { formatMs, formatSize } from '../format';

/** Shown while a big input is analysed in the background: the page stays usable meanwhile. */
export function BusyIndicator({ startedAt, size }: { startedAt: number; size: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const elapsed = Math.max(0, now - startedAt);
  if (elapsed < 300) return null;
  return (
    <p className="busy" role="status">
      <progress aria-label="Analysing" /> Analysing {formatSize(size)} in the background…{' '}
      {formatMs(Math.round(elapsed / 100) * 100)}
    </p>
  );
}
