import { lazy, Suspense } from 'react';
import { TopBar } from './layout/TopBar';
import { DiagnoseScreen } from './diagnose/DiagnoseScreen';
import { useHashRoute } from './useHashRoute';

const JsonScreen = lazy(() => import('./json/JsonScreen'));
const CompareScreen = lazy(() => import('./compare/CompareScreen'));
const CodesScreen = lazy(() => import('./codes/CodesScreen'));

export function App() {
  const { route, param } = useHashRoute();
  return (
    <div className="app">
      <TopBar route={route} />
      <main className="app-main">
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route === 'diagnose' && <DiagnoseScreen />}
          {route === 'json' && <JsonScreen />}
          {route === 'compare' && <CompareScreen />}
          {route === 'codes' && <CodesScreen key={param ?? ''} code={param} />}
        </Suspense>
      </main>
    </div>
  );
}
