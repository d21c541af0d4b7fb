import { useEffect, useRef } from 'react';
import { ROUTES, type Route } from '../useHashRoute';

/**
 * On every change of screen: the tab title names the screen, and focus moves to the screen (its
 * <main>), so keyboard and screen reader users start there instead of at the top of the page. The
 * first screen of a visit keeps the browser's initial focus.
 */
export function useScreenChange(route: Route): void {
  const first = useRef(true);
  useEffect(() => {
    const title = ROUTES.find((r) => r.route === route)?.title ?? 'Diagnose';
    document.title = `${title} · Triage — HTTP debugging, offline`;
    if (first.current) {
      first.current = false;
      return;
    }
    // Links into the codes reference focus the code itself (CodeRow); leave that to it.
    if (route === 'codes' && /^#\/codes\/./.test(window.location.hash)) return;
    const main = document.getElementById('main');
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }, [route]);
}
