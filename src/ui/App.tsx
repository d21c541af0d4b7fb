import { lazy, Suspense, useCallback, useState } from 'react';
import { useForgetGeneration } from '../state/history/forgetEverything';
import { TopBar } from './layout/TopBar';
import { DiagnoseScreen } from './diagnose/DiagnoseScreen';
import { LiveAnnouncer } from './layout/LiveAnnouncer';
import { useScreenChange } from './layout/useScreenChange';
import { useShortcuts } from './keyboard/useShortcuts';
import { useThemeOnDocument } from './theme/useResolvedTheme';
import { useHashRoute } from './useHashRoute';

const JsonScreen = lazy(() => import('./json/JsonScreen'));
const CompareScreen = lazy(() => import('./compare/CompareScreen'));
const CodesScreen = lazy(() => import('./codes/CodesScreen'));
/** Opened on demand (? or the top bar's button): not part of the first paint. */
const ShortcutsDialog = lazy(() =>
  import('./keyboard/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);

export function App() {
  const { route, param } = useHashRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  // "Forget all" remounts the screens: no editor keeps the erased text in its undo stack.
  const generation = useForgetGeneration((s) => s.generation);
  useThemeOnDocument();
  useShortcuts(route, openHelp);
  useScreenChange(route);
  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to the screen
      </button>
      <TopBar route={route} onShowShortcuts={openHelp} />
      <main id="main" className="app-main" tabIndex={-1} key={generation}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route === 'diagnose' && <DiagnoseScreen />}
          {route === 'json' && <JsonScreen />}
          {route === 'compare' && <CompareScreen />}
          {route === 'codes' && <CodesScreen key={param ?? ''} code={param} />}
        </Suspense>
      </main>
      <LiveAnnouncer />
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
