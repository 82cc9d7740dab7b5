/**
 * Nothing leaves the device: every request the app makes during a live set and a clip analysis
 * (page and workers) goes to its own origin, and the Content-Security-Policy it is served with
 * holds without a single violation.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../vite-plugin-csp';
import { CLIPS_DIR, closeBrowser, e2eSkipReason, evaluateWithin, fakeCameraFile, launchWithCamera, repsAtLeast, startApp, watchPage } from './harness';

const skip = e2eSkipReason();

describe.skipIf(skip)('privacy: nothing leaves the device', () => {
  let app: { server: PreviewServer; url: string };
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchWithCamera(fakeCameraFile('squat_side_gymlytics.mp4', 2));
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    await app?.server.close();
  });

  it('requests only its own origin during a live set and a clip analysis, within its CSP', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const origin = new URL(app.url).origin;
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    const log = watchPage(page);
    try {
      const response = await page.goto(`${app.url}?exercise=squat`);
      expect(response?.headers()['content-security-policy']).toBe(CSP.header);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP.production);
      await page.getByTestId('state').filter({ hasText: 'exercising' }).waitFor({ state: 'attached', timeout: 60_000 });
      await repsAtLeast(page, 1);
      await page.getByRole('button', { name: 'End set' }).click();
      await page.getByTestId('summary-reps').waitFor();

      await page.goto(`${app.url}?exercise=running`);
      await page.getByTestId('clip-file').setInputFiles(join(CLIPS_DIR, 'run_side_treadmill_60fps_mhuang.mp4'));
      await page.getByTestId('running-report').waitFor({ timeout: 300_000 });

      const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
      expect(elsewhere, 'requests to another origin').toEqual([]);
      expect(requests.some((url) => url.includes('/models/'))).toBe(true);
      const violations = log.filter((line) => /Content Security Policy|Refused to/i.test(line));
      expect(violations, 'CSP violations').toEqual([]);

      // The policy itself stops a request to another origin, and such a refusal would be seen above.
      const probe = await evaluateWithin(page, 'posting to another origin', 30_000, () => fetch('https://example.org/upload', { method: 'POST', body: 'x' }).then(() => 'sent', () => 'blocked'));
      expect(probe).toBe('blocked');
      expect(log.some((line) => /Content Security Policy/i.test(line))).toBe(true);
    } catch (err) {
      console.error(log.join('\n'));
      throw err;
    } finally {
      await context.close();
    }
  });
});
