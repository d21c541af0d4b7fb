import { useEffect } from 'react';
import { announce } from '../../state/announcer';

/** Announces `message` whenever it changes to a new non-empty text. */
export function useAnnounce(message: string | undefined): void {
  useEffect(() => {
    if (message) announce(message);
  }, [message]);
}
