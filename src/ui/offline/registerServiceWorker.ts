import { create } from 'zustand';

/** The service worker's URL beside index.html (its scope is the app's folder, wherever it is served). */
const SERVICE_WORKER_URL = './sw.js';

/** A newer version of the app is installed and waits for this tab to let it take over. */
export const useAppUpdate = create<{ waiting: ServiceWorker | undefined }>()(() => ({ waiting: undefined }));

function watchForUpdates(registration: ServiceWorkerRegistration | undefined): void {
  // Some embedders (and automation that blocks workers) resolve the registration with nothing.
  if (!registration) return;
  const offer = (worker: ServiceWorker | null) => {
    // Only an update: the first install has no page to replace.
    if (worker && navigator.serviceWorker.controller) useAppUpdate.setState({ waiting: worker });
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
}

/** Lets the waiting version take over, then reloads this tab into it. */
export function applyAppUpdate(): void {
  const worker = useAppUpdate.getState().waiting;
  if (!worker) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  worker.postMessage('skip-waiting');
}

/**
 * Registers the service worker that makes the next visit work offline. Production builds only: the
 * dev server's modules change on every edit and must never be served from a cache.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(SERVICE_WORKER_URL, { scope: './' })
      .then(watchForUpdates, (error: unknown) => {
        // Offline use is a bonus: the app works without it (file:// pages, private windows, old browsers).
        console.warn('Triage could not install its offline copy:', error);
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
