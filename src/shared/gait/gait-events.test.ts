import { describe, expect, it } from 'vitest';
import { cleanSeries } from './clean-series';
import { footSignals } from './foot-signals';
import { detectGaitEvents } from './gait-events';
import { tracksFromFrames } from './keypoint-tracks';
import { syntheticRun, type SyntheticRun } from '../../../test/support/synthetic-runner';

/** Largest distance from each true event to the nearest detected one of the same foot, seconds. */
function worstMiss(truth: SyntheticRun['contacts'], found: Array<{ foot: 'left' | 'right'; t: number }>, from: number, to: number): number {
  let worst = 0;
  for (const foot of ['left', 'right'] as const) {
    for (const t of truth[foot].filter((x) => x > from && x < to)) {
      const near = found.filter((e) => e.foot === foot).map((e) => Math.abs(e.t - t));
      worst = Math.max(worst, near.length ? Math.min(...near) : Infinity);
    }
  }
  return worst;
}

describe('gait events (coordinate method)', () => {
  for (const fps of [25, 30, 60]) {
    it(`puts contacts and toe-offs of each foot within one frame at ${fps} fps`, () => {
      const run = syntheticRun({ fps, durationS: 5, cadenceSpm: 172, noisePx: 0 });
      const signals = footSignals(tracksFromFrames(run.frames), 1, run.legPx);
      const events = detectGaitEvents({ t: run.frames.map((f) => f.t), ...signals, stepS: run.strideS / 2 });
      const contacts = events.stances.map((s) => s.contact);
      const toeOffs = events.stances.flatMap((s) => (s.toeOff ? [s.toeOff] : []));
      const edge = run.strideS / 2;
      expect(worstMiss(run.contacts, contacts, edge, 5 - edge)).toBeLessThanOrEqual(1 / fps);
      expect(worstMiss(run.toeOffs, toeOffs, edge, 5 - edge)).toBeLessThanOrEqual(1 / fps);
      expect(events.labelAgreement).toBe(1);
      const feet = contacts.map((c) => c.foot);
      expect(feet.every((f, i) => i === 0 || f !== feet[i - 1])).toBe(true);
    });
  }

  it('stays within one frame through keypoint noise, swapped legs and smoothing', () => {
    for (const fps of [30, 60]) {
      const run = syntheticRun({ fps, durationS: 6, noisePx: 3, legPx: 300, direction: -1, driftPxPerS: 40 });
      const frames = run.frames.map((f, i) => {
        if (i % 23 !== 5) return f;
        const k = { ...f.keypoints };
        for (const p of ['knee', 'ankle', 'heel', 'foot_index'] as const) [k[`left_${p}`], k[`right_${p}`]] = [k[`right_${p}`], k[`left_${p}`]];
        return { ...f, keypoints: k };
      });
      const clean = cleanSeries(frames, { fps });
      const signals = footSignals(clean.unsmoothed, -1, clean.legLengthPx!);
      const events = detectGaitEvents({ t: clean.set.t, ...signals, stepS: run.strideS / 2, lowPassHz: 7 });
      const edge = run.strideS / 2;
      expect(worstMiss(run.contacts, events.stances.map((s) => s.contact), edge, 6 - edge)).toBeLessThanOrEqual(1 / fps);
    }
  });
});
