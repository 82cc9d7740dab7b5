import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, ARTIFACTS, CLIPS_DIR, e2eSkipReason, fakeCameraFile, launchWithCamera, onPage, startApp } from './harness';

const skip = e2eSkipReason();
/** One person squatting, seen from the front. */
const SQUATTER = 'squat_front_crossfit_mrpose.mp4';
/**
 * V8 without its compilers: no WebAssembly at all, as in the strict security modes (Edge's enhanced
 * security, Lockdown Mode) and policies that turn the JIT off.
 */
const NO_WASM = '--js-flags=--jitless';
/**
 * No WebGL anywhere: the browser already runs without a GPU here (--disable-gpu), and this takes its
 * software GL away too (--disable-3d-apis alone leaves WebGL on in workers' OffscreenCanvas).
 */
const NO_GPU = '--disable-software-rasterizer';

/** Two real people side by side: two squat clips scaled to one height and stacked. */
function twoPeopleCamera(): string {
  const out = join(ARTIFACTS, '..', 'node_modules/.cache/e2e/two-people.y4m');
  if (existsSync(out)) return out;
  mkdirSync(join(out, '..'), { recursive: true });
  execFileSync('ffmpeg', [
    '-v', 'error', '-y', '-i', join(CLIPS_DIR, SQUATTER), '-i', join(CLIPS_DIR, 'squat_front_counteroverlay_rjsong.mp4'),
    '-filter_complex', '[0:v]scale=-2:360,fps=25[a];[1:v]scale=-2:360,fps=25[b];[a][b]hstack,scale=960:-2,format=yuv420p[out]',
    '-map', '[out]', '-t', '10', '-f', 'yuv4mpegpipe', out,
  ]);
  return out;
}

interface Open {
  /** Camera permission granted without a prompt (false: the prompt, which headless Chromium denies). */
  cameraAllowed?: boolean;
  /** Runs on the page before it opens the app (e.g. page.route). */
  setup?: (page: Page) => Promise<unknown>;
  /** Further Chromium switches. */
  args?: string[];
}

describe.skipIf(skip)('error screens a person can act on', () => {
  let app: { server: PreviewServer; url: string };
  const browsers: Browser[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp();
  });

  afterAll(async () => {
    await Promise.all(browsers.map(closeBrowser));
    await app?.server.close();
  });

  /** Runs the steps on the squat live view in a browser of its own, with y4m as its camera (null: none); see onPage. */
  async function onSquat(y4m: string | null, steps: (page: Page) => Promise<void>, { cameraAllowed = true, setup, args = [] }: Open = {}): Promise<void> {
    const browser = await launchWithCamera(y4m ?? undefined, { fakeDevice: y4m !== null, fakeUi: cameraAllowed, args });
    browsers.push(browser);
    // No service worker: it would answer the model requests from its cache, past page.route.
    await onPage(await browser.newContext({ serviceWorkers: 'block' }), async (page) => {
      await setup?.(page);
      await page.goto(`${app.url}?exercise=squat`);
      await steps(page);
    });
  }

  it('camera permission denied', async () => {
    await onSquat(fakeCameraFile(SQUATTER, 1), async (page) => {
      const error = page.getByTestId('error');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.innerText()).toMatch(/Camera access is blocked/);
      await page.screenshot({ path: join(ARTIFACTS, 'error-camera-denied.png') });
    }, { cameraAllowed: false });
  });

  it('no camera at all', async () => {
    await onSquat(null, async (page) => {
      const error = page.getByTestId('error');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.innerText()).toMatch(/No camera found/);
    });
  });

  it('a model file missing, then corrupt, names the file', async () => {
    const y4m = fakeCameraFile(SQUATTER, 1);
    await onSquat(y4m, async (page) => {
      await page.getByTestId('error').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('error').innerText()).toMatch(/models\/movenet-lightning\.bin is missing/);
    }, { setup: (page) => page.route('**/models/movenet-lightning.bin', (r) => r.fulfill({ status: 404, body: 'gone' })) });

    await onSquat(y4m, async (page) => {
      await page.getByTestId('error').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('error').innerText()).toMatch(/models\/movenet-lightning\.bin is corrupt/);
      await page.screenshot({ path: join(ARTIFACTS, 'error-model-corrupt.png') });
    }, {
      setup: (page) => page.route('**/models/movenet-lightning.bin', async (r) => {
        const res = await r.fetch();
        const body = Buffer.from(await res.body());
        body[1000] = (body[1000] ?? 0) ^ 0xff;
        await r.fulfill({ response: res, body });
      }),
    });
  });

  it('WebAssembly switched off: runs on emulated graphics, slowly, and says so', async () => {
    await onSquat(fakeCameraFile(SQUATTER, 1), async (page) => {
      const notice = page.getByTestId('slow-engine-notice');
      await notice.waitFor({ timeout: 90_000 });
      expect(await notice.innerText()).toMatch(/fast pose engine could not start in this browser \(WebAssembly is switched off in this browser[\s\S]*Turn WebAssembly back on/);
      expect(await page.getByTestId('engine').innerText()).toMatch(/WEBGL/);
      // It does run: poses arrive.
      await page.waitForFunction(() => (window.formcheckLive?.stats().processed ?? 0) >= 3, undefined, { timeout: 60_000, polling: 500 });
      await page.screenshot({ path: join(ARTIFACTS, 'warning-no-wasm.png') });
    }, { args: [NO_WASM] });
  });

  it('WebAssembly and WebGL both off: says the browser cannot run the model, and why', async () => {
    await onSquat(fakeCameraFile(SQUATTER, 1), async (page) => {
      const error = page.getByTestId('error');
      await error.waitFor({ timeout: 60_000 });
      expect(await error.innerText()).toMatch(/This browser cannot run the pose model[\s\S]*WebAssembly is switched off[\s\S]*Turn WebAssembly/);
      await page.screenshot({ path: join(ARTIFACTS, 'error-no-wasm-no-webgl.png') });
    }, { args: [NO_WASM, NO_GPU] });
  });

  it('WebGL off: runs on WebAssembly as usual', async () => {
    await onSquat(fakeCameraFile(SQUATTER, 1), async (page) => {
      await page.waitForFunction(() => (window.formcheckLive?.stats().processed ?? 0) >= 10, undefined, { timeout: 60_000, polling: 500 });
      expect(await page.getByTestId('engine').innerText()).toMatch(/WASM/);
    }, { args: [NO_GPU] });
  });

  it('two people in view get a warning', async () => {
    await onSquat(twoPeopleCamera(), async (page) => {
      const warning = page.getByTestId('people-warning');
      await warning.waitFor({ timeout: 60_000 });
      expect(await warning.innerText()).toMatch(/2 people/);
      await page.screenshot({ path: join(ARTIFACTS, 'warning-two-people.png') });
    });
  });
});
