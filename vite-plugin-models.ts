import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';

/**
 * Serves the verified pose models in models/ at /models/ from the dev and preview servers,
 * and copies them into the production build, so nothing is fetched from another origin.
 */
export function selfHostedModels(modelsDir: string): Plugin {
  const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
  const names = Object.keys(manifest.files);
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const match = /^\/models\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0] ?? '');
    const name = match?.[1];
    if (!name || !(name in manifest.files || name === 'manifest.json')) return next();
    const file = join(modelsDir, name);
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end(`models/${name} is missing; run npm install`);
      return;
    }
    res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'self-hosted-models',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    generateBundle() {
      for (const name of [...names, 'manifest.json']) {
        const file = join(modelsDir, name);
        if (!existsSync(file)) this.error(`models/${name} is missing; run npm install (it copies and verifies the models)`);
        this.emitFile({ type: 'asset', fileName: `models/${name}`, source: readFileSync(file) });
      }
    },
  };
}
