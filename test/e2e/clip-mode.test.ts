/**
 * Clip mode end to end on the built app: a real side-view running clip opened from the page and
 * from the command line (`npm run analyze`), cancel, and the bad files a person can pick.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipAnalysis } from '../../src/shared/clip/clip-analysis';
import type { CliOutput } from '../../scripts/lib/clip-cli-output';
import { median } from '../../src/shared/pose/geometry';
import { ARTIFACTS, CLIPS_DIR, closeBrowser, e2eSkipReason, evaluateWithin, launchWithCamera, onPage, ROOT, startApp } from './harness';

const run = promisify(execFile);
const WORK = join(ROOT, 'node_modules/.cache/e2e/clips');
const TREADMILL = 'run_side_treadmill_60fps_mhuang.mp4';
/** The manifest's ~167 steps/min (stride period 0.717 s by autocorrelation). */
const TREADMILL_SPM = 167;
const TREADMILL_FRAMES = 388;
/** The treadmill clip's first 30% of bytes hold this many whole frames. */
const TRUNCATED_FRAMES = 111;

const skip = e2eSkipReason();

/** Small bad files made on the fly, each standing for something a person may pick. */
function badFiles() {
  mkdirSync(WORK, { recursive: true });
  const files = {
    notVideo: join(WORK, 'shopping-list.mp4'),
    truncated: join(WORK, 'truncated.mp4'),
    nobody: join(WORK, 'empty-room.mp4'),
    unsupported: join(WORK, 'old-codec.mkv'),
    frontView: join(WORK, 'front-view-squat.mp4'),
    tooLong: join(WORK, 'two-and-a-half-minutes.mp4'),
  };
  writeFileSync(files.notVideo, 'eggs\nmilk\nbread\n');
  const whole = readFileSync(join(CLIPS_DIR, TREADMILL));
  writeFileSync(files.truncated, whole.subarray(0, Math.floor(whole.length * 0.3)));
  const ff = (...args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);
  if (!existsSync(files.nobody)) ff('-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25', '-t', '3', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', files.nobody);
  // MPEG-4 part 2 in Matroska: a real video format that browsers do not decode.
  if (!existsSync(files.unsupported)) ff('-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25', '-t', '2', '-c:v', 'mpeg4', files.unsupported);
  if (!existsSync(files.tooLong)) ff('-f', 'lavfi', '-i', 'testsrc2=size=160x120:rate=5', '-t', '150', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', files.tooLong);
  if (!existsSync(files.frontView)) ff('-i', join(CLIPS_DIR, 'squat_front_crossfit_mrpose.mp4'), '-t', '4', '-vf', 'scale=-2:360', '-an', '-c:v', 'libx264', files.frontView);
  return files;
}

async function openRunning(page: Page, url: string, model?: string): Promise<void> {
  await page.goto(`${url}?exercise=running${model ? `&model=${model}` : ''}`);
  await page.getByTestId('clip-file').waitFor({ state: 'attached' });
}

/** The message for a bad file: the words exactly (a string), or a pattern in them. */
async function expectClipError(page: Page, file: string, expected: string | RegExp): Promise<string> {
  await page.getByTestId('clip-file').setInputFiles(file);
  const message = await page.getByTestId('clip-error-message').innerText({ timeout: 120_000 });
  if (typeof expected === 'string') expect(message).toBe(expected);
  else expect(message).toMatch(expected);
  // The way forward: back to choosing a clip, with the app still working.
  await page.getByRole('button', { name: 'Choose another clip' }).click();
  await page.getByTestId('clip-file').waitFor({ state: 'attached' });
  return message;
}

describe.skipIf(skip)('clip mode', () => {
  let app: { server: PreviewServer; url: string };
  let browser: Browser;
  let files: ReturnType<typeof badFiles>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    files = badFiles();
    app = await startApp();
    browser = await launchWithCamera(undefined, { fakeDevice: false, fakeUi: false });
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    await app?.server.close();
  });

  it(`reports a real treadmill clip from the page: cadence within 3% of ${TREADMILL_SPM}, steps alternate, contacts 150-400 ms`, async () => {
    await onPage(await browser.newContext({ viewport: { width: 1280, height: 800 } }), async (page) => {
      await openRunning(page, app.url);
      await page.getByTestId('clip-file').setInputFiles(join(CLIPS_DIR, TREADMILL));
      await page.getByTestId('clip-progress-text').filter({ hasText: /\d+ \/ \d+ frames/ }).waitFor({ timeout: 60_000 });
      await page.getByTestId('running-report').waitFor({ timeout: 180_000 });
      const cadence = Number(await page.getByTestId('cadence-value').innerText());
      const a = await evaluateWithin(page, 'reading the clip analysis', 30_000, () => window.formcheck!.clipAnalysis!) as ClipAnalysis;
      const steps = a.running!.steps;
      const alternating = steps.slice(1).filter((s, i) => s.foot !== steps[i]!.foot).length / Math.max(1, steps.length - 1);
      const contactMs = median(steps.map((s) => s.contactTimeMs));
      console.log(`${TREADMILL}: cadence ${cadence} spm, ${steps.length} steps, ${Math.round(100 * alternating)}% alternating, ` +
        `median contact ${contactMs?.toFixed(0)} ms, strikes ${JSON.stringify(a.running!.summary.strikeCounts)}, ` +
        `analysis ${a.analysisS.toFixed(1)} s for ${a.source.durationS.toFixed(1)} s (${(a.analysisS / a.source.durationS).toFixed(2)}x real time)`);
      expect(a.frames.length).toBe(a.source.frameCount);
      expect(Math.abs(cadence - TREADMILL_SPM) / TREADMILL_SPM).toBeLessThanOrEqual(0.03);
      expect(alternating).toBeGreaterThanOrEqual(0.8);
      expect(contactMs).toBeGreaterThanOrEqual(150);
      expect(contactMs).toBeLessThanOrEqual(400);
      await page.screenshot({ path: join(ARTIFACTS, 'clip-running-report.png'), fullPage: true });
    });
  });

  it('cancels an analysis part way and analyses the next clip', async () => {
    await onPage(await browser.newContext(), async (page) => {
      await openRunning(page, app.url);
      await page.getByTestId('clip-file').setInputFiles(join(CLIPS_DIR, TREADMILL));
      await page.getByTestId('clip-progress-text').filter({ hasText: /^([2-9]\d|\d{3,}) \/ \d+ frames/ }).waitFor({ timeout: 90_000 });
      await page.getByTestId('clip-cancel').click();
      await page.getByTestId('clip-file').waitFor({ state: 'attached', timeout: 10_000 });
      await expectClipError(page, files.nobody, /nobody|person/i);
    });
  });

  it('a reload mid-analysis: says it did not finish, and the clip analyses again with nothing left over', async () => {
    await onPage(await browser.newContext(), async (page) => {
      await openRunning(page, app.url);
      await page.getByTestId('clip-file').setInputFiles(join(CLIPS_DIR, TREADMILL));
      await page.getByTestId('clip-progress-text').filter({ hasText: /^([2-9]\d|\d{3,}) \/ \d+ frames/ }).waitFor({ timeout: 90_000 });
      // The clip worker and its helpers (the WASM threads' own workers come and go).
      const clipWorkers = () => page.workers().filter((w) => /clip/.test(w.url())).length;
      const workersDuring = clipWorkers();
      await page.reload();
      const notice = page.getByTestId('clip-interrupted');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.innerText()).toContain(TREADMILL);
      await page.screenshot({ path: join(ARTIFACTS, 'clip-interrupted-by-reload.png') });
      await page.getByTestId('clip-file').setInputFiles(join(CLIPS_DIR, TREADMILL));
      // The old page's workers went with it: the new analysis runs on as many as the first one did.
      await page.getByTestId('clip-progress-text').filter({ hasText: /^([2-9]\d|\d{3,}) \/ \d+ frames/ }).waitFor({ timeout: 90_000 });
      expect(clipWorkers()).toBe(workersDuring);
      await page.getByTestId('running-report').waitFor({ timeout: 180_000 });
      const cadence = Number(await page.getByTestId('cadence-value').innerText());
      expect(Math.abs(cadence - TREADMILL_SPM) / TREADMILL_SPM).toBeLessThanOrEqual(0.03);
      // A finished analysis leaves no note behind.
      await page.reload();
      await page.getByTestId('clip-file').waitFor({ state: 'attached' });
      await page.waitForTimeout(1000);
      expect(await page.getByTestId('clip-interrupted').count()).toBe(0);

      // The finished report is in the history, and opens without the video.
      await page.goto(`${app.url}?history`);
      const entry = page.getByTestId('history-entry');
      await entry.first().waitFor();
      expect(await entry.count()).toBe(1);
      const text = await entry.first().innerText();
      expect(text).toMatch(new RegExp(`Running \\(clip\\)[\\s\\S]*${Math.round(cadence)} steps/min`));
      console.log(`stored running report: ${text.replace(/\s+/g, ' ')}`);
      await entry.first().getByRole('button', { name: 'Open' }).click();
      await page.getByTestId('history-running-report').waitFor();
      expect(await page.getByTestId('report-chart').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(ARTIFACTS, 'history-running-report.png'), fullPage: true });
    });
  });

  it('the people counter unavailable: says so in the log, and the clip is analysed without it', async () => {
    // No service worker: it would answer the model requests from its cache, past page.route.
    await onPage(await browser.newContext({ serviceWorkers: 'block' }), async (page) => {
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await page.route('**/models/movenet-multipose.json', (r) => r.fulfill({ status: 404, body: 'gone' }));
      await openRunning(page, app.url);
      await page.getByTestId('clip-file').setInputFiles(join(CLIPS_DIR, TREADMILL));
      await page.getByTestId('running-report').waitFor({ timeout: 180_000 });
      const a = await evaluateWithin(page, 'reading the clip analysis', 30_000, () => window.formcheck!.clipAnalysis!) as ClipAnalysis;
      expect(a.running!.quality.runners, 'people in the clip').toBe('unknown');
      expect(warnings.filter((w) => w.startsWith('People counter unavailable:')), warnings.join('\n')).not.toEqual([]);
    });
  });

  it('explains each bad file and stays usable', async () => {
    const seen: string[] = [];
    await onPage(await browser.newContext(), async (page) => {
      await openRunning(page, app.url, 'movenet-lightning');
      seen.push(await expectClipError(page, files.notVideo, /not a video|damaged/i));
      // The readable beginning of the clip: the frames before the cut, however many workers read it.
      seen.push(await expectClipError(page, files.truncated,
        `"truncated.mp4" is damaged or incomplete: only ${TRUNCATED_FRAMES} of its ${TREADMILL_FRAMES} frames could be read. Try copying or exporting the clip again.`));
      seen.push(await expectClipError(page, files.unsupported, /cannot decode|codec/i));
      seen.push(await expectClipError(page, files.nobody, /nobody|person/i));
      seen.push(await expectClipError(page, files.frontView, /side view/i));
      seen.push(await expectClipError(page, files.tooLong, /150 s long; clips up to 120 s/));
      console.log(seen.map((m) => `  - ${m}`).join('\n'));
    });
  });

  it('npm run analyze prints the JSON for a clip, and one error line for a bad file', async () => {
    const cli = ['tsx', join(ROOT, 'scripts/analyze.ts')];
    const { stdout } = await run('npx', [...cli, join(CLIPS_DIR, TREADMILL)], { cwd: ROOT, maxBuffer: 1 << 24 });
    const out = JSON.parse(stdout) as CliOutput;
    expect(out).toMatchObject({ exercise: 'running', model: 'blazepose-lite', fps: 60 });
    expect(Math.abs(out.running!.cadenceSpm! - TREADMILL_SPM) / TREADMILL_SPM).toBeLessThanOrEqual(0.03);

    const bad = await run('npx', [...cli, files.notVideo], { cwd: ROOT }).then(() => null, (err: { code: number; stderr: string }) => err);
    expect(bad?.code).toBe(1);
    const lines = bad!.stderr.split('\n').filter((l) => l.startsWith('analyze:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/shopping-list\.mp4: corrupt/);
  });
});
