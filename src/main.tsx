import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { applyInitialTheme } from './ui/theme/useResolvedTheme';
import { registerServiceWorker } from './ui/offline/registerServiceWorker';
import './ui/styles.css';

applyInitialTheme();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

registerServiceWorker();
