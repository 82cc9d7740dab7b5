/**
 * Installable, and offline after one visit: the first visit installs the service worker, which
 * precaches the app, its workers, tfjs's WASM files and every pose model; then with the network cut
 * and the server gone, a reload still runs a whole live set, cross-origin isolated, every request
 * of the page and its workers answered by the service worker.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Request } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, closeBrowser, e2eSkipReason, evaluateWithin, fakeCameraFile, launchWithCamera, repsAtLeast, ROOT, startApp, watchPage, within } from './harness';

const skip = e2eSkipReason();

/** Every file the app may load: the pose models (and their manifest) and the WASM binaries. */
function requiredPaths(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'models/manifest.json'), 'utf8')) as { files: Record<string, string> };
  return ['/models/manifest.json', ...Object.keys(manifest.files).map((name) => `/models/${name}`)];
}

/** Resolves once no request has been in flight for quietMs; fails after timeoutMs naming those still loading. */
async function quiet(inFlight: Set<Request>, quietMs: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > end) throw new Error(`requests of the first visit still loading after ${timeoutMs / 1000} s: ${[...inFlight].map((r) => r.url()).join(', ')}`);
    if (inFlight.size > 0) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(skip)('offline: installable, and a live set with no network after one visit', () => {
  let app: { server: PreviewServer; url: string };
  let serverClosed = false;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp();
    browser = await launchWithCamera(fakeCameraFile('squat_front_crossfit_mrpose.mp4', 4));
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    if (!serverClosed) await app?.server.close();
  });

  it('has a valid manifest, precaches everything, and runs a set offline', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const log = watchPage(page);
    // Requests of the page and its workers still loading: the people counter's model loads after the first pose.
    const inFlight = new Set<Request>();
    context.on('request', (r) => inFlight.add(r));
    context.on('requestfinished', (r) => inFlight.delete(r));
    context.on('requestfailed', (r) => inFlight.delete(r));
    try {
      await page.goto(`${app.url}?exercise=squat`);

      // Installable: a linked manifest with a name, standalone display and 192/512 px and maskable PNG icons.
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(manifestHref).toBeTruthy();
      const manifest = await evaluateWithin(page, 'reading the web app manifest', 30_000, async (href) => {
        const res = await fetch(href);
        const json = (await res.json()) as { name: string; theme_color: string; icons: { src: string; sizes: string; purpose?: string }[] };
        const icons = await Promise.all(json.icons.map(async (icon) => {
          const r = await fetch(new URL(icon.src, new URL(href, location.href)));
          const bitmap = await createImageBitmap(await r.blob());
          return { ...icon, type: r.headers.get('content-type'), actual: `${bitmap.width}x${bitmap.height}` };
        }));
        return { ...json, contentType: res.headers.get('content-type'), icons };
      }, manifestHref!);
      expect(manifest).toMatchObject({ name: 'Form Check', short_name: expect.any(String), display: 'standalone', start_url: expect.any(String) });
      expect(manifest.contentType).toContain('application/manifest+json');
      for (const icon of manifest.icons) {
        expect(icon.type).toBe('image/png');
        expect(icon.actual).toBe(icon.sizes);
      }
      const sizes = manifest.icons.map((icon) => icon.sizes);
      expect(sizes).toContain('192x192');
      expect(sizes).toContain('512x512');
      expect(manifest.icons.some((icon) => icon.purpose?.includes('maskable'))).toBe(true);
      expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);

      // The service worker is active and controls the page, and its precache holds every model and WASM file.
      await evaluateWithin(page, 'the service worker ready', 30_000, () => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
      const cached = await evaluateWithin(page, 'listing the service worker cache', 30_000, async () => {
        const entries: { path: string; bytes: number }[] = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) {
            const response = await cache.match(request);
            entries.push({ path: new URL(request.url).pathname, bytes: (await response?.blob())?.size ?? 0 });
          }
        }
        return entries;
      });
      const paths = cached.map((e) => e.path);
      for (const path of [...requiredPaths(), '/index.html']) expect(paths, `${path} in the cache`).toContain(path);
      expect(paths.filter((p) => p.endsWith('.wasm'))).toHaveLength(3);
      const mb = cached.reduce((sum, e) => sum + e.bytes, 0) / 1e6;
      console.log(`offline: ${cached.length} files, ${mb.toFixed(1)} MB in the service worker's cache`);

      // The first set starts online and every request of the first visit has finished before the
      // network goes: a reload would abort one still loading, which is not an offline failure.
      await page.getByTestId('state').filter({ hasText: 'exercising' }).waitFor({ state: 'attached', timeout: 90_000 });
      await quiet(inFlight, 1500, 60_000);

      // No network: the browser is offline and the server is gone.
      await context.setOffline(true);
      await app.server.close();
      serverClosed = true;
      const responses: { url: string; fromServiceWorker: boolean }[] = [];
      const failed: string[] = [];
      context.on('response', (r) => responses.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker() }));
      context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));

      // A set left by a reload is carried on: the reps counted online so far do not count here.
      const onlineReps = Number(await page.getByTestId('rep-count').textContent());
      await page.reload();
      expect(await evaluateWithin(page, 'crossOriginIsolated', 30_000, () => crossOriginIsolated)).toBe(true);
      await page.getByTestId('state').filter({ hasText: 'exercising' }).waitFor({ state: 'attached', timeout: 90_000 });
      await repsAtLeast(page, onlineReps + 2, 90_000);
      console.log(`offline: ${await page.getByTestId('rep-count').textContent()} reps (${onlineReps} counted online before the reload)`);
      await page.screenshot({ path: join(ARTIFACTS, 'offline-set.png') });
      // Isolated offline too: the page and its workers (the pose worker runs WASM with threads).
      expect(await evaluateWithin(page, 'crossOriginIsolated', 30_000, () => crossOriginIsolated)).toBe(true);
      const workers = page.workers();
      expect(workers.length).toBeGreaterThan(0);
      for (const worker of workers) expect(await within(`crossOriginIsolated in ${worker.url()}`, 30_000, worker.evaluate(() => crossOriginIsolated)), worker.url()).toBe(true);

      const network = responses.filter((r) => r.url.startsWith('http') && !r.fromServiceWorker);
      expect(network, 'responses not from the service worker').toEqual([]);
      expect(failed.join('\n'), 'failed requests').toBe('');
      expect(responses.some((r) => r.url.includes('/models/') && r.fromServiceWorker)).toBe(true);
      expect(responses.some((r) => r.url.endsWith('.wasm') && r.fromServiceWorker)).toBe(true);
    } catch (err) {
      console.error(log.join('\n'));
      throw err;
    } finally {
      await context.close();
    }
  });
});
