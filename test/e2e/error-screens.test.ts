import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CLIPS_DIR, e2eSkipReason, fakeCameraFile, launchWithCamera, startApp } from './harness';

const skip = e2eSkipReason();
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
    '-v', 'error', '-y', '-i', join(CLIPS_DIR, 'squat_front_crossfit_mrpose.mp4'), '-i', join(CLIPS_DIR, 'squat_front_counteroverlay_rjsong.mp4'),
    '-filter_complex', '[0:v]scale=-2:360,fps=25[a];[1:v]scale=-2:360,fps=25[b];[a][b]hstack,scale=960:-2,format=yuv420p[out]',
    '-map', '[out]', '-t', '10', '-f', 'yuv4mpegpipe', out,
  ]);
  return out;
}

describe.skipIf(skip)('error screens a person can act on', () => {
  let app: { server: PreviewServer; url: string };
  const browsers: Browser[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp();
  });

  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await app?.server.close();
  });

  async function open(y4m: string | null, fakeUi = true, setup?: (page: Page) => Promise<unknown>, args: string[] = []): Promise<Page> {
    const browser = await launchWithCamera(y4m ?? undefined, { fakeDevice: y4m !== null, fakeUi, args });
    browsers.push(browser);
    // No service worker: it would answer the model requests from its cache, past page.route.
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await setup?.(page);
    await page.goto(`${app.url}?exercise=squat`);
    return page;
  }

  it('camera permission denied', async () => {
    const page = await open(fakeCameraFile('squat_front_crossfit_mrpose.mp4', 1), false);
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/Camera access is blocked/);
    await page.screenshot({ path: join(ARTIFACTS, 'error-camera-denied.png') });
  });

  it('no camera at all', async () => {
    const page = await open(null);
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/No camera found/);
  });

  it('a model file missing, then corrupt, names the file', async () => {
    const y4m = fakeCameraFile('squat_front_crossfit_mrpose.mp4', 1);
    const missing = await open(y4m, true, (page) => page.route('**/models/movenet-lightning.bin', (r) => r.fulfill({ status: 404, body: 'gone' })));
    await missing.getByTestId('error').waitFor({ timeout: 30_000 });
    expect(await missing.getByTestId('error').innerText()).toMatch(/models\/movenet-lightning\.bin is missing/);

    const corrupt = await open(y4m, true, (page) =>
      page.route('**/models/movenet-lightning.bin', async (r) => {
        const res = await r.fetch();
        const body = Buffer.from(await res.body());
        body[1000] = (body[1000] ?? 0) ^ 0xff;
        await r.fulfill({ response: res, body });
      }));
    await corrupt.getByTestId('error').waitFor({ timeout: 30_000 });
    expect(await corrupt.getByTestId('error').innerText()).toMatch(/models\/movenet-lightning\.bin is corrupt/);
    await corrupt.screenshot({ path: join(ARTIFACTS, 'error-model-corrupt.png') });
  });

  it('WebAssembly switched off: runs on emulated graphics, slowly, and says so', async () => {
    const page = await open(fakeCameraFile('squat_front_crossfit_mrpose.mp4', 1), true, undefined, [NO_WASM]);
    const notice = page.getByTestId('slow-engine-notice');
    await notice.waitFor({ timeout: 90_000 });
    expect(await notice.innerText()).toMatch(/fast pose engine could not start in this browser \(WebAssembly is switched off in this browser[\s\S]*Turn WebAssembly back on/);
    expect(await page.getByTestId('engine').innerText()).toMatch(/WEBGL/);
    // It does run: poses arrive.
    await page.waitForFunction(() => (window.formcheckLive?.stats().processed ?? 0) >= 3, undefined, { timeout: 60_000, polling: 500 });
    await page.screenshot({ path: join(ARTIFACTS, 'warning-no-wasm.png') });
  });

  it('WebAssembly and WebGL both off: says the browser cannot run the model, and why', async () => {
    const page = await open(fakeCameraFile('squat_front_crossfit_mrpose.mp4', 1), true, undefined, [NO_WASM, NO_GPU]);
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.innerText()).toMatch(/This browser cannot run the pose model[\s\S]*WebAssembly is switched off[\s\S]*Turn WebAssembly/);
    await page.screenshot({ path: join(ARTIFACTS, 'error-no-wasm-no-webgl.png') });
  });

  it('WebGL off: runs on WebAssembly as usual', async () => {
    const page = await open(fakeCameraFile('squat_front_crossfit_mrpose.mp4', 1), true, undefined, [NO_GPU]);
    await page.waitForFunction(() => (window.formcheckLive?.stats().processed ?? 0) >= 10, undefined, { timeout: 60_000, polling: 500 });
    expect(await page.getByTestId('engine').innerText()).toMatch(/WASM/);
  });

  it('two people in view get a warning', async () => {
    const page = await open(twoPeopleCamera());
    const warning = page.getByTestId('people-warning');
    await warning.waitFor({ timeout: 60_000 });
    expect(await warning.innerText()).toMatch(/2 people/);
    await page.screenshot({ path: join(ARTIFACTS, 'warning-two-people.png') });
  });
});
