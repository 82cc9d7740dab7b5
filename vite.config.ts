import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './vite-plugin-csp';
import { selfHostedModels } from './vite-plugin-models';

// Cross-origin isolation lets the WASM backend use threads (SharedArrayBuffer).
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

// tfjs's threaded WASM backend rebuilds its Emscripten factory in a pthread from
// Function.toString(); full compression folds a `typeof _scriptDir` guard that only holds in the
// original scope and the pthreads die with "e is not defined". Renaming alone keeps it intact.
const mangleOnly = { compress: false, mangle: true, codegen: { removeWhitespace: true } } as const;

const THEME = '#0d1117'; // the page background of the dark theme (src/app/styles.css)

/**
 * Installable and offline after one visit: the service worker precaches the whole build, i.e. the
 * app shell, the JS and worker bundles, tfjs's .wasm files and every pose model under models/
 * (28 files, 52.8 MB; the largest, movenet-thunder.bin, is 12.5 MB), so any model works offline.
 *
 * Cross-origin isolation offline: the precache stores each response as the server sent it,
 * headers included, so index.html and the worker scripts come out of the cache with the same
 * COOP/COEP (and CSP) headers as online, and crossOriginIsolated stays true (test/e2e/offline.test.ts
 * checks it). The service worker adds no headers of its own: where the host sends none, the app
 * is not isolated online either and the WASM backend runs without threads, as it does today.
 *
 * Updates: 'prompt' (no skipWaiting), so a new version installs in the background and waits; a
 * page that is running keeps the old version's files, and never reloads mid-set. src/app/pwa.ts
 * switches to the new version when the person is on the start page.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Form Check',
    short_name: 'Form Check',
    description: 'Exercise form checker that runs entirely on your device.',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    theme_color: THEME,
    background_color: THEME,
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The icons and the web manifest are added by the plugin itself.
    globPatterns: ['**/*.{html,js,css,wasm,json,bin}'],
    // The model weights (up to 12.5 MB each) and the WASM files are over workbox's 2 MB default.
    maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
    // Take control of the page on the first visit, so the models it loads next come from the cache.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/models\//],
  },
  devOptions: { enabled: false },
});

/** vite-plugin-pwa links only the manifest: the browser's bar colour and the home-screen icon for iOS. */
const installMeta: Plugin = {
  name: 'install-meta',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { name: 'theme-color', content: THEME }, injectTo: 'head' },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: 'icon-maskable-512.png' }, injectTo: 'head' },
  ],
};

const mediapipeStub = fileURLToPath(new URL('./src/engine/mediapipe-pose-stub.ts', import.meta.url));

export default defineConfig({
  plugins: [react(), selfHostedModels(fileURLToPath(new URL('./models', import.meta.url))), contentSecurityPolicy(), pwa, installMeta],
  resolve: { alias: { '@mediapipe/pose': mediapipeStub } },
  worker: { format: 'es', rolldownOptions: { output: { minify: mangleOnly } } },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, rolldownOptions: { output: { minify: mangleOnly } } },
});
