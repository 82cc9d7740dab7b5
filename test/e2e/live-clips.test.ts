import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framing } from '../../scripts/lib/framings';
import { cue, type CueKey } from '../../src/shared/exercise-core/cues';
import { exerciseInfo } from '../../src/shared/exercises';
import type { ExerciseId } from '../../src/shared/exercise-core/session-types';
import { ARTIFACTS, closeBrowser, e2eSkipReason, evaluateWithin, fakeCameraFile, launchWithCamera, manifestClip, onPage, startApp, testText } from './harness';

/** Still frames before and after the clip: the person waits for "Go", as the app asks. */
const PAD_S = 4;

/**
 * Real clips played as the webcam, with the count a person made by eye (manifest), and cues that
 * must show during the set (their keys; the text is looked up in the cue table).
 */
interface Case {
  clip: string;
  exercise: ExerciseId;
  expected: number;
  standAtS: number;
  padS: number;
  slowdown: number;
  cues?: CueKey[];
  /** 'video': frames grabbed from the <video> on the main thread, the path for browsers that cannot hand the camera track to the worker. */
  feed?: 'video';
  /** The clip reframed as people film (scripts/lib/framings.ts), with where the person stands across it. */
  framing?: { id: string; center: number };
  /** Counted exactly, not within one. */
  exact?: boolean;
}

const CASES: Case[] = [
  { clip: 'squat_side_gymlytics.mp4', exercise: 'squat', expected: 8, standAtS: 0, padS: PAD_S, slowdown: 1 },
  { clip: 'squat_side_gymlytics.mp4', exercise: 'squat', expected: 8, standAtS: 0, padS: PAD_S, slowdown: 1, feed: 'video' },
  // Floor work on BlazePose (the floor exercises' default model), filmed side-on.
  { clip: 'bridge_side_lenagalanova.mp4', exercise: 'glute-bridge', expected: 3, standAtS: 0, padS: PAD_S, slowdown: 1 },
  // Side-on, hip hiking cannot be seen: the app must say so and where to put the camera instead.
  { clip: 'heelslide_supine_oblique_physiobody.mp4', exercise: 'heel-slide', expected: 1, standAtS: 0, padS: PAD_S, slowdown: 1, cues: ['side-view-no-hike'] },
  // Starts mid high-knees: the person stands still first in a frame from the pause at 6.4-9.5 s,
  // long enough for a slow machine to load the model before the first raise. A raise every 0.36 s
  // is faster than a march: played at half speed it is a brisk march (a raise every 0.7 s), which a
  // 2-core machine processing 6-9 frames a second still sees; at full speed it loses a raise for
  // every stall (the full-speed count is checked on recorded keypoints at 8-12 fps in
  // test/unit/fixture-reps.test.ts).
  { clip: 'highknees_front_hanshitha.mp4', exercise: 'march', expected: 27, standAtS: 8, padS: 8, slowdown: 2 },
  // Framed as people film (issue 16): the set starts on hips and knees and says what it cannot check.
  { clip: 'squat_side_gymlytics.mp4', exercise: 'squat', expected: 8, standAtS: 0, padS: PAD_S, slowdown: 1, framing: { id: 'feet-out', center: 0.5 }, exact: true, cues: ['feet-out-of-view'] },
  { clip: 'squat_front_crossfit_mrpose.mp4', exercise: 'squat', expected: 3, standAtS: 0, padS: PAD_S, slowdown: 1, framing: { id: 'head-out', center: 0.5 }, exact: true },
  // No real clip of leg curls is at hand: this one holds the right heel up behind for 4 s (see
  // test/unit/leg-curl-real.test.ts). The set starts with the heel already up, measures it from
  // the straight leg, and counts the curl when the set ends.
  { clip: 'kneeraise_front_singleleg_tfjs.mp4', exercise: 'leg-curl', expected: 1, standAtS: 0, padS: PAD_S, slowdown: 1, exact: true },
];

/**
 * The rest of framings.test.ts's variants, live. About 5 min more, so they run on request
 * (FORMCHECK_LIVE_FRAMINGS=all, see the README's framing table), not in CI: clip mode counts every
 * one of them in CI, through the same session code.
 */
const MORE_FRAMINGS: Case[] = [
  ...(['head-out', 'portrait', 'tilted-4'] as const).map((id): Case => ({ clip: 'squat_side_gymlytics.mp4', exercise: 'squat', expected: 8, standAtS: 0, padS: PAD_S, slowdown: 1, framing: { id, center: 0.5 }, exact: true })),
  ...(['feet-out', 'portrait', 'tilted-4'] as const).map((id): Case => ({ clip: 'squat_front_crossfit_mrpose.mp4', exercise: 'squat', expected: 3, standAtS: 0, padS: PAD_S, slowdown: 1, framing: { id, center: 0.75 }, exact: true })),
  { clip: 'squat_side_crossfit_mrpose.mp4', exercise: 'squat', expected: 4, standAtS: 0, padS: PAD_S, slowdown: 1, framing: { id: 'head-out', center: 0.5 }, exact: true },
  // Tilts of 4-6 degrees at the hip, counted by eye (the manifest gives no count), after 8 s lying
  // still. Not in CI: live on a 2-core machine at 13-16 fps it counted 4, 4 and 3 in three runs
  // (the clip path counts 4 at every frame rate tried, test/unit/floor-clips.test.ts).
  { clip: 'pelvictilt_supine_side_lenagalanova.mp4', exercise: 'pelvic-tilt', expected: 4, standAtS: 0, padS: 8, slowdown: 1, exact: true },
  // The clip ends part way up a 3rd squat, held there as the last frame: two reps.
  { clip: 'squat_frontoblique_band_5fps_tfjs.mp4', exercise: 'squat', expected: 2, standAtS: 0, padS: PAD_S, slowdown: 1, exact: true },
];

const skip = e2eSkipReason();
/** How far the summary may be off the count: within one, but a one-rep clip exactly (within one of 1 is 0 to 2). */
const tolerance = (c: Case) => (c.exact || c.expected === 1 ? 0 : 1);

describe.skipIf(skip)('live view with a real clip as the camera', () => {
  let app: { server: PreviewServer; url: string };
  let browser: Browser | null = null;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startApp();
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    await app?.server.close();
  });

  for (const c of process.env.FORMCHECK_LIVE_FRAMINGS === 'all' ? [...CASES, ...MORE_FRAMINGS] : CASES) {
    it(`${c.exercise}: counts ${c.expected} reps on ${c.clip} ${tolerance(c) ? 'within one' : 'exactly'} in the set summary${c.feed ? ` (frames from the <video>)` : ''}${c.framing ? `, framed ${c.framing.id}` : ''}`, async () => {
      const clip = manifestClip(c.clip);
      const reframed = c.framing ? { id: c.framing.id, filter: framing(c.framing.id).filter(c.framing.center) } : undefined;
      browser = await launchWithCamera(fakeCameraFile(c.clip, c.padS, { standAtS: c.standAtS, slowdown: c.slowdown, framing: reframed }));
      try {
        await onPage(await browser.newContext({ viewport: { width: 1280, height: 800 } }), async (page) => {
          await page.goto(`${app.url}?exercise=${c.exercise}${c.feed ? `&feed=${c.feed}` : ''}`);
          // Before the set: where to put the camera for this exercise, as a diagram and a sentence.
          await page.getByTestId('setup-guide').getByText(exerciseInfo(c.exercise).setupHint).waitFor({ state: 'visible', timeout: 30_000 });
          await page.getByTestId('state').filter({ hasText: 'exercising' }).waitFor({ state: 'attached', timeout: 60_000 });
          const cuesSeen = new Set<string>();

          // Half the still end is left out: the camera starts before the <video> does, so its clock runs
          // behind the camera's (over 1.3 s on a loaded machine), and frames past the end of the
          // camera file are the loop's standing first frame, which would finish a rep the clip leaves
          // part way up.
          const endOfFirstPass = c.padS * 2 + clip.duration_s * c.slowdown - c.padS / 2;
          let skeletonPixels = 0;
          let screenshotTaken = false;
          const fpsSamples: number[] = [];
          let darkWarnings = 0;
          for (;;) {
            const videoTime = await evaluateWithin(page, 'the camera video time', 30_000, () => document.querySelector('video')?.currentTime ?? 0);
            if (videoTime >= endOfFirstPass) break;
            fpsSamples.push(Number(await testText(page, 'fps')));
            cuesSeen.add(await testText(page, 'cue'));
            darkWarnings += await page.getByTestId('low-light-warning').count();
            if (!screenshotTaken && videoTime > c.padS + (clip.duration_s * c.slowdown) / 2) {
              skeletonPixels = await evaluateWithin(page, 'counting skeleton pixels', 30_000, () => {
                const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="skeleton"]');
                const ctx = canvas?.getContext('2d');
                if (!canvas || !ctx) return 0;
                const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
                let n = 0;
                for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
                return n;
              });
              await page.screenshot({ path: join(ARTIFACTS, `live-${c.exercise}-${c.clip.replace('.mp4', '')}${c.feed ? '-video-feed' : ''}${c.framing ? `-${c.framing.id}` : ''}.png`) });
              screenshotTaken = true;
            }
            await page.waitForTimeout(250);
          }
          expect(await evaluateWithin(page, 'the live feed kind', 30_000, () => window.formcheckLive?.stats().feed), 'how frames reach the worker').toBe(c.feed ?? 'track');
          const reps = Number(await testText(page, 'rep-count'));
          const left = Number(await testText(page, 'rep-count-left'));
          const right = Number(await testText(page, 'rep-count-right'));
          const fps = fpsSamples.slice(fpsSamples.length / 2);
          // Ending the set as a person would: a rep still coming down as the clip ends counts in the summary.
          await page.getByRole('button', { name: 'End set' }).click();
          const summaryReps = Number(await testText(page, 'summary-reps'));
          await page.screenshot({ path: join(ARTIFACTS, `summary-${c.exercise}-${c.clip.replace('.mp4', '')}${c.feed ? '-video-feed' : ''}${c.framing ? `-${c.framing.id}` : ''}.png`), fullPage: true });
          console.log(`${c.clip}: ${reps} reps (left ${left}, right ${right}), ${summaryReps} in the summary, expected ${c.expected}; ` +
            `fps median ${fps.sort((a, b) => a - b)[Math.floor(fps.length / 2)]}, skeleton pixels ${skeletonPixels}`);
          expect(skeletonPixels, 'skeleton drawn over the person').toBeGreaterThan(500);
          // Every clip here was filmed in a lit room (mean brightness 100 or more).
          expect(darkWarnings, 'samples with the dark-room warning up').toBe(0);
          // The summary is the count a person is given; the live counter may lag it by the one rep
          // still in progress when the set ends (the high-knees clip ends on a raise).
          expect(Math.abs(summaryReps - c.expected), `summary ${summaryReps}, expected ${c.expected}`).toBeLessThanOrEqual(tolerance(c));
          expect(summaryReps - reps, `live ${reps}, summary ${summaryReps}`).toBeGreaterThanOrEqual(0);
          expect(summaryReps - reps, `live ${reps}, summary ${summaryReps}`).toBeLessThanOrEqual(1);
          for (const key of c.cues ?? []) expect([...cuesSeen], `cue "${key}" shown`).toContain(cue(key).text);
          // Each rep's depth (or knee height) as a number and a bar, and each check's verdict.
          if (summaryReps > 0) {
            expect(await page.getByTestId('rep-measure').count(), 'a measure per rep').toBe(summaryReps);
            expect(await page.getByTestId('rep-measure-chart').locator('rect').count(), 'a bar per measured rep').toBeGreaterThan(0);
            expect(await page.locator('.rep-checks li').count(), 'check verdicts per rep').toBeGreaterThanOrEqual(summaryReps);
          }
        });
      } finally {
        await closeBrowser(browser);
        browser = null;
      }
    });
  }
});
