import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { selfHostedModels } from './vite-plugin-models';

// Cross-origin isolation lets the WASM backend use threads (SharedArrayBuffer).
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

const mediapipeStub = fileURLToPath(new URL('./src/worker/mediapipe-pose-stub.ts', import.meta.url));

export default defineConfig({
  plugins: [react(), selfHostedModels(fileURLToPath(new URL('./models', import.meta.url)))],
  resolve: { alias: { '@mediapipe/pose': mediapipeStub } },
  worker: { format: 'es' },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
});
