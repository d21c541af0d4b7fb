import { useSyncExternalStore } from 'react';

export type Route = 'diagnose' | 'json' | 'compare' | 'codes';

/** Routes live in the hash, so the app works from any static folder and nothing reaches a server. */
export const ROUTES: readonly { route: Route; hash: string; title: string }[] = [
  { route: 'diagnose', hash: '#/', title: 'Diagnose' },
  { route: 'json', hash: '#/json', title: 'JSON' },
  { route: 'compare', hash: '#/compare', title: 'Compare' },
  { route: 'codes', hash: '#/codes', title: 'Status codes' },
];

/** Maps a location hash to a route; "#/codes/429" opens the codes screen on 429. */
export function routeOf(hash: string): { route: Route; param?: string } {
  const [, first = '', second] = hash.replace(/^#/, '').split('/');
  const match = ROUTES.find((r) => r.hash === `#/${first}`);
  if (!match || first === '') return { route: 'diagnose' };
  return { route: match.route, param: second ? decodeURIComponent(second) : undefined };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): { route: Route; param?: string } {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return routeOf(hash);
}
