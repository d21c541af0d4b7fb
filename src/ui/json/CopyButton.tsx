import { useEffect, useState } from 'react';
import { useJsonStore } from '../../state/jsonStore';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the whole text to the clipboard and says so for a moment. */
export function CopyButton() {
  const empty = useJsonStore((s) => s.input === '');
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    const text = useJsonStore.getState().input;
    if (!navigator.clipboard) {
      setState('failed');
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <button type="button" onClick={copy} disabled={empty} aria-live="polite">
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}
