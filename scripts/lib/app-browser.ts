/** The built app served by `vite preview` and headless system Chromium: what the CLI tools, benchmarks and end-to-end tests drive. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { within } from './bounded';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const chromePath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Serves dist/ on a free port. */
export async function startApp(): Promise<{ server: PreviewServer; url: string }> {
  const server = await within('starting vite preview', 60_000, preview({ root: ROOT, logLevel: 'error', preview: { port: 0, host: '127.0.0.1', strictPort: false } }));
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}

const BASE_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
  // measureUserAgentSpecificMemory collects garbage and measures at once, instead of waiting up to
  // 20 s for the next collection: soak samples are each taken after a collection, in ~0.1 s.
  '--enable-blink-features=ForceEagerMeasureMemory',
];

export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  // playwright's launch error names the step ("browserType.launch: Timeout 60000ms exceeded").
  return chromium.launch({ executablePath: chromePath(), headless: true, args: [...BASE_ARGS, ...extraArgs], timeout: 60_000 });
}
