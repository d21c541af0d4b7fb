import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { applyInitialTheme } from './ui/theme/useResolvedTheme';
import { startHistory } from './state/history/historyStore';
import { watchKeepPastes } from './state/history/forgetEverything';
import { registerServiceWorker } from './ui/offline/registerServiceWorker';
import { preloadAfterFirstPaint } from './ui/preloadAfterFirstPaint';
import './ui/styles.css';

applyInitialTheme();
startHistory();
watchKeepPastes();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

registerServiceWorker();
preloadAfterFirstPaint();
