/** Creates the core worker, or undefined where module workers are unavailable (a test DOM, node). */
export function createCoreWorkerFactory(): (() => Worker) | undefined {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return undefined;
  return () =>
    new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module', name: 'triage-core' });
}
