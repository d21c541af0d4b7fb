import { useAnnouncer } from '../../state/announcer';

/**
 * The app's one polite live region: screen readers hear results ("Diagnosed: 429 Too Many
 * Requests…") without losing their place. It is always in the page, so changes are announced.
 */
export function LiveAnnouncer() {
  const message = useAnnouncer((s) => s.message);
  const count = useAnnouncer((s) => s.count);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={count}>{message}</span>
    </div>
  );
}
