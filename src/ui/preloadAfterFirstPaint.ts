import { preloadCore } from '../state/preloadCore';
import { loadDiagnosisResult } from './diagnose/loadDiagnosisResult';

/**
 * Once the first paint is done and the page is idle, fetches what the first paste needs and the first
 * paint did not: the core and the diagnosis view.
 */
export function preloadAfterFirstPaint(): void {
  const preload = (): void => {
    preloadCore();
    loadDiagnosisResult().catch(() => undefined); // ResultsPanel loads it again when it is needed
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(preload, { timeout: 2000 });
  else setTimeout(preload, 200);
}
