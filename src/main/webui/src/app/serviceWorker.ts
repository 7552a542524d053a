import { registerSW } from 'virtual:pwa-register';

/** The service worker caches the app shell only (vite.config.ts); in dev mode there is none. */
export function registerServiceWorker() {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    registerSW({ immediate: true });
  }
}
