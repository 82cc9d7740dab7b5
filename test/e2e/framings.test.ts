/**
 * Clip mode on real squat clips reframed the way people film (scripts/lib/framings.ts: feet cut off
 * by a laptop camera, head cut off by a close one, a portrait phone crop, a phone leaned a few
 * degrees) and on the front-oblique clip as filmed: every one must count exactly, and each rep must
 * say which checks its framing switched off. The live view runs two of them (live-clips.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeInBrowser } from '../../scripts/lib/analyze-in-browser';
import { launchBrowser } from '../../scripts/lib/app-browser';
import { FRAMINGS } from '../../scripts/lib/framings';
import { CLIPS_DIR, closeBrowser, e2eSkipReason, ROOT, startApp } from './harness';

const CACHE = join(ROOT, 'node_modules/.cache/e2e/framings');

/**
 * Clips with an exact count (manifest), where the person stands across the picture, and the
 * framings made of each (the side clip's portrait and tilted versions also count 8 of 8; left out
 * to keep CI inside its time).
 */
const CLIPS = [
  { clip: 'squat_side_gymlytics.mp4', reps: 8, center: 0.5, framings: ['feet-out', 'head-out'] },
  { clip: 'squat_front_crossfit_mrpose.mp4', reps: 3, center: 0.75, framings: FRAMINGS.map((f) => f.id) },
  // Cut off through the shoulders: the people counter sees nobody (see positioning.ts).
  { clip: 'squat_side_crossfit_mrpose.mp4', reps: 4, center: 0.5, framings: ['head-out'] },
];

function reframed(clip: string, id: string, filter: string): string {
  const out = join(CACHE, `${clip.replace(/\.mp4$/, '')}.${id}.mp4`);
  if (existsSync(out)) return out;
  mkdirSync(CACHE, { recursive: true });
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', join(CLIPS_DIR, clip), '-vf', filter, '-c:v', 'libx264', '-crf', '20', '-pix_fmt', 'yuv420p', out]);
  return out;
}

const CASES = [
  ...CLIPS.flatMap((c) => FRAMINGS.filter((f) => c.framings.includes(f.id)).map((f) => ({ name: `${c.clip} ${f.id}`, file: () => reframed(c.clip, f.id, f.filter(c.center)), reps: c.reps, framing: f.id }))),
  { name: 'squat_frontoblique_band_5fps_tfjs.mp4 as filmed (20-30 degrees off the front)', file: () => join(CLIPS_DIR, 'squat_frontoblique_band_5fps_tfjs.mp4'), reps: 2, framing: 'oblique' },
  // BlazePose full's 3D keypoints read the band clip standing at 19-26 degrees, past hip shift's 15,
  // so that check is off on every rep.
  {
    name: 'squat_frontoblique_band_5fps_tfjs.mp4 as filmed, BlazePose full (turn from 3D keypoints)', file: () => join(CLIPS_DIR, 'squat_frontoblique_band_5fps_tfjs.mp4'),
    reps: 2, framing: 'oblique', model: 'blazepose-full' as const, offOnEveryRep: ['hip-shift', 'side-lean'],
  },
];

const skip = e2eSkipReason();

describe.skipIf(skip)('clip mode in the framings people film', () => {
  let app: { server: PreviewServer; url: string };
  let browser: Browser;
  const table: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    console.log(['| clip and framing | expected | counted | checks off on some rep |', '| --- | --- | --- | --- |', ...table].join('\n'));
    await closeBrowser(browser);
    await app?.server.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('counts %s exactly', async (_, c) => {
    const outcome = await analyzeInBrowser(browser, app.url, c.file(), { exercise: 'squat', ...('model' in c ? { model: c.model } : {}) });
    expect(outcome.error, outcome.error?.message).toBeUndefined();
    const summary = outcome.analysis!.reps!;
    const notChecked = [...new Set(summary.repsDetail.flatMap((r) => r.notChecked ?? []))];
    table.push(`| ${c.name} | ${c.reps} | ${summary.reps.total} | ${notChecked.join(', ') || '-'} |`);
    expect(summary.reps.total).toBe(c.reps);
    if (c.framing === 'feet-out') expect(notChecked).toEqual(expect.arrayContaining(['knees-in']));
    if ('offOnEveryRep' in c) for (const rep of summary.repsDetail) expect(rep.notChecked).toEqual(expect.arrayContaining(c.offOnEveryRep));
  }, 180_000);
});
