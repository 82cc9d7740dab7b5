import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
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

const mediapipeStub = fileURLToPath(new URL('./src/worker/mediapipe-pose-stub.ts', import.meta.url));

export default defineConfig({
  plugins: [react(), selfHostedModels(fileURLToPath(new URL('./models', import.meta.url))), contentSecurityPolicy()],
  resolve: { alias: { '@mediapipe/pose': mediapipeStub } },
  worker: { format: 'es', rolldownOptions: { output: { minify: mangleOnly } } },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, rolldownOptions: { output: { minify: mangleOnly } } },
});
