/** The service worker's URL beside index.html (its scope is the app's folder, wherever it is served). */
const SERVICE_WORKER_URL = './sw.js';

/**
 * Registers the service worker that makes the next visit work offline. Production builds only: the
 * dev server's modules change on every edit and must never be served from a cache.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: './' }).catch((error: unknown) => {
      // Offline use is a bonus: the app works without it (file:// pages, private windows, old browsers).
      console.warn('Triage could not install its offline copy:', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
