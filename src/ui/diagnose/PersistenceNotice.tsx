import { useEffect, useState } from 'react';
import { onPersistenceChange } from '../../state/persistentStorage';

/** Says so when the input is too large to survive a reload (browser storage holds a few MB). */
export function PersistenceNotice() {
  const [tooLarge, setTooLarge] = useState(false);
  useEffect(() => onPersistenceChange(setTooLarge), []);
  if (!tooLarge) return null;
  return (
    <p className="notice" role="status">
      This input is too large for the browser's storage: it will not survive a reload. Keep a copy.
    </p>
  );
}
