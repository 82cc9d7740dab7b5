/**
 * Recording in the app: a real running clip plays as the camera, the person records it with the
 * countdown, stops, and the recording (WebM from MediaRecorder) is analysed like an opened file.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipOutcome } from '../../scripts/lib/analyze-in-browser';
import { closeBrowser, ARTIFACTS, e2eSkipReason, fakeCameraFile, launchWithCamera, startApp, watchPage } from './harness';

const CLIP = 'run_side_treadmill_60fps_mhuang.mp4';
const RECORD_S = 8;

const skip = e2eSkipReason();

describe.skipIf(skip)('recording a clip in the app', () => {
  let app: { server: PreviewServer; url: string };
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp();
    browser = await launchWithCamera(fakeCameraFile(CLIP, 0.5, { height: 640 }));
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    await app?.server.close();
  });

  it(`records ${RECORD_S} s of running from the camera and reports it`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const log = watchPage(page);
    try {
      await page.goto(`${app.url}?exercise=running`);
      await page.getByTestId('clip-record').click();
      await page.getByRole('button', { name: 'Start recording' }).click();
      await page.getByTestId('clip-record-stop').waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'clip-recording.png') });
      await page.waitForTimeout(RECORD_S * 1000);
      await page.getByTestId('clip-record-stop').click();
      const outcome = await clipOutcome(page, 240_000);
      expect(outcome.error?.message).toBeUndefined();
      const a = outcome.analysis!;
      console.log(`recorded ${a.source.container} ${a.source.codec} ${a.source.width}x${a.source.height}, ${a.source.durationS.toFixed(1)} s at ` +
        `${a.source.fps.toFixed(1)} fps, ${a.frames.length} frames: cadence ${a.running?.cadenceSpm?.toFixed(1)} spm, ${a.running?.steps.length} steps`);
      expect(a.source.container).toMatch(/webm|matroska/i);
      expect(a.source.durationS).toBeGreaterThan(RECORD_S - 1);
      // The camera loops a 6.5 s treadmill clip at about 167 steps/min; the loop's seam costs a step at most.
      expect(a.running!.cadenceSpm).toBeGreaterThan(155);
      expect(a.running!.cadenceSpm).toBeLessThan(180);
      await page.getByTestId('running-report').waitFor();
    } catch (err) {
      console.error(log.join('\n'));
      throw err;
    } finally {
      await page.close();
    }
  });
});
