import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import './ui/styles.css';
import { App } from './app/App';
import { registerServiceWorker } from './app/serviceWorker';

// The texts of the starting language first (German is in this chunk; English is fetched when chosen).
// A promise, not a top-level await: with one, the bundler could not let the screens' chunks import
// shared code from this entry chunk and would split it into a dozen small files.
void i18nReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  registerServiceWorker();
});
