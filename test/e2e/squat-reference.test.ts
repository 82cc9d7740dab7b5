/**
 * The person's own squat reference, end to end on a real clip played as the camera: a live squat
 * set, "Use these reps as my reference" on its summary, the next set judged with it, and the
 * reference shown and forgotten in the settings.
 *
 * Known defect, measured here and not yet mended (issue 17): in one of three runs on 2026-12-07
 * the same clip played again, judged against the reference its first pass made, had 7 of its 8
 * reps flagged "leaning forward" (the other two runs: none). The lean read over a fresh
 * calibration can differ from the reference's by more than the 3 degree margin, which was chosen
 * on reps of one recording; so the lean verdicts are printed, not asserted. Depth held in all
 * three: no rep called shallow.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appWithCamera, ARTIFACTS, e2eSkipReason, fakeCameraFile, manifestClip, onPage, testText } from './harness';

const CLIP = 'squat_side_gymlytics.mp4';
const PAD_S = 4;

/** Waits for a set to start, watches one pass of the clip, ends the set and returns the summary's count. */
async function oneSet(page: Page): Promise<number> {
  await page.getByTestId('state').filter({ hasText: 'exercising' }).waitFor({ state: 'attached', timeout: 60_000 });
  const start = await page.evaluate(() => document.querySelector('video')?.currentTime ?? 0);
  const length = manifestClip(CLIP).duration_s + PAD_S * 1.5;
  await page.waitForFunction(([t0, s]) => (document.querySelector('video')?.currentTime ?? 0) - t0! >= s!, [start, length], { timeout: 120_000, polling: 250 });
  await page.getByRole('button', { name: 'End set' }).click();
  return Number(await testText(page, 'summary-reps'));
}

describe.skipIf(e2eSkipReason())('squat: the person\'s own reference, live on a real clip', () => {
  const env = appWithCamera(() => fakeCameraFile(CLIP, PAD_S));

  it('makes a reference from a set, shows it in the settings, and judges the next set with it', async () => {
    await onPage(await env.browser.newContext({ viewport: { width: 1280, height: 800 } }), async (page) => {
      await page.goto(`${env.url}?exercise=squat`);
      const first = await oneSet(page);
      expect(first).toBeGreaterThanOrEqual(5);
      await page.getByTestId('squat-reference-use').click();
      const saved = await testText(page, 'squat-reference-saved');
      expect(saved).toMatch(/^Saved as your reference \(5 reps of /);
      await page.screenshot({ path: join(ARTIFACTS, 'summary-squat-reference-made.png'), fullPage: true });

      await page.getByRole('button', { name: 'Another set' }).click();
      const second = await oneSet(page);
      const good = await page.getByTestId('summary').locator('td', { hasText: /^Good form/ }).count();
      const lean = await page.getByText('Leaning forward: yes').count();
      console.log(`${CLIP}: ${first} reps in the reference set; ${second} in the set judged with it: ${good} "Good form", ${lean} "leaning forward"`);
      expect(Math.abs(second - 8)).toBeLessThanOrEqual(1);
      expect(await page.getByText('Shallow: yes').count()).toBe(0);

      await page.goto(`${env.url}?settings`);
      await page.locator('details > summary', { hasText: /^Squat/ }).click();
      await page.getByTestId('squat-reference-setting').waitFor({ state: 'visible', timeout: 30_000 });
      expect(await testText(page, 'squat-reference-setting')).toMatch(/5 reps of .*judged against it/);
      await page.getByTestId('squat-reference-forget').click();
      expect(await testText(page, 'squat-reference-setting')).toMatch(/None: after a squat set/);
    });
  });
});
