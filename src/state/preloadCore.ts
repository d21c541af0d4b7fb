import { loadRunTask } from '../workers/coreClient';

/**
 * Fetches the core for main-thread tasks ahead of the first one (it is not part of the first paint),
 * so the first paste is diagnosed without waiting for the download.
 */
export function preloadCore(): void {
  loadRunTask().catch(() => undefined); // the task that needs it will try again and report
}
