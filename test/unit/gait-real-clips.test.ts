/**
 * The running analysis on real clips (BlazePose lite keypoints recorded by `npm run fixtures`).
 *
 * Cadence is checked against the clip manifest where its count holds up, and against our own
 * frame-by-frame count where it does not. Looking at the frames showed three manifest entries to
 * be off (reported, and noted per clip below):
 *  - run_side_outdoor_pan_pauldess1 plays in slow motion (about 2x): alternate feet land about
 *    0.70 s of video apart (e.g. frames ~10, ~28, ~45 at 25 fps), with ~0.5 s on the ground; the
 *    manifest's ~176 steps/min is real time only with that factor. The runner also moves LEFT.
 *  - run_side_track_pan_betterfr is slow motion too (a flight phase of ~10 frames, landings about
 *    1.2 s apart); the runner moves LEFT.
 *  - walk_side_alejandra: heel strikes at about frames 46, 66, 87, 107 (29.76 fps) = 88 steps/min,
 *    not 110-115; the first second is a standing start.
 */
import { describe, expect, it } from 'vitest';
import { analyzeRunning } from '../../src/shared/gait/analyze-running';
import type { RunningReport } from '../../src/shared/gait/running-report';
import { median } from '../../src/shared/pose/geometry';
import { loadFixture } from '../fixtures/load';
import { clipManifest } from '../support/shared-data';

// Without the manifest the cadence checks fall back to the figures written below (and say so).
const manifest = clipManifest<{ file: string; reps_or_steps: string; count_confidence: string }>(
  'manifest cadences of the running clips (test/unit/gait-real-clips.test.ts; built-in figures used instead)',
);

/** The manifest's cadence (steps/min) when its text states one with at least medium confidence. */
function manifestCadence(clip: string): number | null {
  const entry = manifest.find((c) => c.file === clip);
  if (!entry || /^low/.test(entry.count_confidence)) return null;
  const m = /~\s*(\d+(?:\.\d+)?)\s*(?:steps\/min|spm)/.exec(entry.reps_or_steps);
  return m ? Number(m[1]) : null;
}

const analyses = new Map<string, RunningReport>();
function analyze(clip: string, slowMotionFactor?: number): RunningReport {
  const key = `${clip}@${slowMotionFactor ?? 1}`;
  let r = analyses.get(key);
  if (!r) {
    const fx = loadFixture(clip, 'blazepose-lite');
    r = analyzeRunning(fx.frames, { fps: fx.fps, slowMotionFactor });
    analyses.set(key, r);
  }
  return r;
}

const fmt = (v: number | null | undefined, digits = 0): string => (v === null || v === undefined ? '-' : v.toFixed(digits));

function summaryLine(clip: string, r: RunningReport): string {
  const s = r.summary.strikeCounts;
  const contact = median(r.steps.map((x) => x.contactTimeMs));
  return (
    `${clip}: cadence ${fmt(r.cadenceSpm, 1)} spm (video ${fmt(r.cadence.videoSpm, 1)}), ` +
    `strikes R${s.rearfoot}/M${s.midfoot}/F${s.forefoot}/?${s.unknown} [${r.summary.metrics.footStrike.reliability.level}], ` +
    `median contact ${fmt(contact)} ms [${r.summary.metrics.contactTime.reliability.level}], steps ${r.steps.length} ` +
    `(${r.steps.map((x) => x.foot[0]).join('')}), facing ${r.direction.facing}, view ${r.quality.view}`
  );
}

const alternates = (r: RunningReport): boolean => r.steps.every((s, i) => i === 0 || s.foot !== r.steps[i - 1]!.foot);

describe('running analysis on real clips', () => {
  it('treadmill, 60 fps: cadence matches the manifest, contact times are plausible', () => {
    const clip = 'run_side_treadmill_60fps_mhuang.mp4';
    const r = analyze(clip);
    console.log(summaryLine(clip, r));
    const expected = manifestCadence(clip) ?? 167;
    expect(Math.abs(r.cadenceSpm! / expected - 1)).toBeLessThan(0.03);
    expect(r.steps.length).toBeGreaterThanOrEqual(16);
    expect(alternates(r)).toBe(true);
    const times = r.steps.map((s) => s.contactTimeMs).filter((t): t is number => t !== null);
    expect(times.filter((t) => t >= 150 && t <= 400).length).toBeGreaterThanOrEqual(0.9 * times.length);
    expect(median(times)!).toBeGreaterThan(150);
    expect(median(times)!).toBeLessThan(400);
    // Running has a flight phase: a foot leaves the ground before the other lands.
    expect(median(times)! / 1000).toBeLessThan(60 / r.cadenceSpm!);
    expect(r.summary.metrics.contactTime.reliability.level).toBe('reliable');
    expect(r.quality.view).toBe('side');
    expect(r.direction.facing).toBe('right');
    // The manifest notes motion blur on the feet; the heel and toe points agree that it is too much.
    expect(r.summary.metrics.footStrike.reliability.level).toBe('unreliable');
  });

  it('outdoor pan, 25 fps slow motion: cadence unreliable without the factor, right with it', () => {
    const clip = 'run_side_outdoor_pan_pauldess1.mp4';
    const r = analyze(clip);
    console.log(summaryLine(clip, r));
    expect(r.quality.slowMotionSuspected).toBe(true);
    expect(r.cadenceSpm).toBeNull();
    expect(r.summary.metrics.cadence.reliability.level).toBe('unreliable');
    expect(Math.abs(60 / r.cadence.videoSpm! - 0.7)).toBeLessThan(0.035);
    expect(alternates(r)).toBe(true);
    expect(r.summary.metrics.contactTime.reliability.reasons.join(' ')).toMatch(/below 60 fps/);
    expect(r.direction.facing).toBe('left');
    // The camera follows the runner: positions relative to the pelvis still find every step.
    expect(r.steps.length).toBeGreaterThanOrEqual(28);

    const real = analyze(clip, 2);
    console.log(`${summaryLine(clip, real)} [slow-motion factor 2]`);
    const expected = manifestCadence(clip) ?? 176;
    expect(Math.abs(real.cadenceSpm! / expected - 1)).toBeLessThan(0.05);
    expect(real.summary.metrics.contactTime.reliability.reasons.join(' ')).toMatch(/below 60 fps/);
  });

  it('silhouette slow motion and track clips: slow motion is flagged', () => {
    for (const clip of ['run_side_silhouette_slowmo_pan_mwfan.mp4', 'run_side_track_pan_betterfr.mp4']) {
      const r = analyze(clip);
      console.log(summaryLine(clip, r));
      expect(r.quality.slowMotionSuspected).toBe(true);
      expect(r.cadenceSpm).toBeNull();
      expect(r.summary.metrics.cadence.reliability.level).toBe('unreliable');
      expect(alternates(r)).toBe(true);
      expect(r.summary.metrics.contactTime.reliability.level).not.toBe('reliable');
    }
    // Manifest: "step ~1.85 s video time".
    expect(60 / analyze('run_side_silhouette_slowmo_pan_mwfan.mp4').cadence.videoSpm!).toBeGreaterThan(1.5);
    expect(60 / analyze('run_side_silhouette_slowmo_pan_mwfan.mp4').cadence.videoSpm!).toBeLessThan(2.1);
    expect(analyze('run_side_track_pan_betterfr.mp4').direction.facing).toBe('left');
  });

  it('walking clip: steps found by the same method, cadence near the frame count', () => {
    const clip = 'walk_side_alejandra.mp4';
    const r = analyze(clip);
    console.log(summaryLine(clip, r));
    expect(Math.abs(r.cadence.videoSpm! / 88 - 1)).toBeLessThan(0.1);
    expect(alternates(r)).toBe(true);
    expect(r.direction.facing).toBe('right');
    expect(r.summary.metrics.contactTime.reliability.reasons.join(' ')).toMatch(/below 60 fps/);
  });
});
