import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// Quinoa runs `vite` in dev mode and proxies to it; CET_VITE_PORT must match quarkus.quinoa.dev-server.port.
const port = Number(process.env.CET_VITE_PORT ?? 5173);

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // Registered from src/app/serviceWorker.ts, never by an inline script (the CSP forbids those).
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'CET – Caucus Expense Tracker',
        short_name: 'CET',
        description: 'Einnahmen, Ausgaben und Belege einer Fraktion, eines Haushalts oder einer Gruppe',
        lang: 'de',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell only: API answers are private and never cached.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/q(\/|$)/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port, strictPort: true },
  build: { outDir: 'dist', sourcemap: false, target: 'es2022' },
});
