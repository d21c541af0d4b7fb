/**
 * Triage's service worker: after one visit the app opens with the network off. It precaches every
 * file of the build (the app, Monaco and its workers, fonts, icons) at install and answers from that
 * cache; it never caches anything at run time, so no pasted text can ever end up in Cache Storage.
 *
 * The build (vite.config.ts, `precacheServiceWorker`) replaces the two placeholders below with the
 * list of built files and a hash of their contents: a new build is a new worker and a new cache.
 * A new version waits until every tab of the old one is closed, so an open page never loses the lazy
 * chunks it was built with; its activation then deletes the old caches.
 */

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = self as unknown as ServiceWorkerScope;

const PRECACHE_FILES: readonly string[] = JSON.parse('__TRIAGE_PRECACHE_FILES__');
const VERSION = '__TRIAGE_PRECACHE_VERSION__';
const CACHE_PREFIX = 'triage-app-';
const CACHE_NAME = `${CACHE_PREFIX}${VERSION}`;

const urlOf = (path: string): string => new URL(path, scope.registration.scope).href;

scope.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(PRECACHE_FILES.map(urlOf))));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE_NAME).map((n) => caches.delete(n)),
        ),
      )
      .then(() => scope.clients.claim()),
  );
});

// The page asks for this when the user accepts an update ("Reload to update").
scope.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void scope.skipWaiting();
});

async function fromCacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  // Every navigation is to the one page (routes live in the hash). Matched by URL alone: module
  // scripts are requested with an Origin header, which a server's "Vary: Origin" would otherwise
  // make miss the copy precached without one.
  const url = new URL(request.url);
  const key = request.mode === 'navigate' ? urlOf('./index.html') : `${url.origin}${url.pathname}`;
  const cached = await cache.match(key, { ignoreVary: true });
  return cached ?? fetch(request);
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only the app's own files; anything else is left to the browser (and the page's CSP refuses it).
  if (request.method !== 'GET' || new URL(request.url).origin !== scope.location.origin) return;
  event.respondWith(fromCacheFirst(request));
});
