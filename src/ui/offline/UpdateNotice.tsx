import { applyAppUpdate, useAppUpdate } from './registerServiceWorker';

/** Offered when a new version was installed in the background: it takes over only when the user says so. */
export function UpdateNotice() {
  const waiting = useAppUpdate((s) => s.waiting);
  if (!waiting) return null;
  return (
    <p className="update-notice" role="status">
      A new version of Triage is ready.{' '}
      <button type="button" onClick={applyAppUpdate}>
        Reload to update
      </button>
    </p>
  );
}
