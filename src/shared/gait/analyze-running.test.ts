import { describe, expect, it } from 'vitest';
import type { PoseFrame } from '../exercise-core/session-types';
import { analyzeRunning } from './analyze-running';
import { RUNNING_REFERENCES } from './running-references';
import { syntheticRun } from '../../../test/support/synthetic-runner';

const widenHips = (frames: PoseFrame[], px: number): PoseFrame[] =>
  frames.map((f) => ({
    ...f,
    keypoints: {
      ...f.keypoints,
      left_hip: { ...f.keypoints.left_hip!, x: f.keypoints.left_hip!.x + px },
      right_hip: { ...f.keypoints.right_hip!, x: f.keypoints.right_hip!.x - px },
    },
  }));

describe('analyzeRunning on a synthetic side-view runner', () => {
  const run = syntheticRun({ fps: 60, durationS: 6, cadenceSpm: 172, dutyFactor: 0.38, footAngleAtContactDeg: 15, trunkLeanDeg: 7, noisePx: 1.5 });
  const report = analyzeRunning(run.frames, { fps: 60 });

  it('measures cadence, contact time and alternating steps', () => {
    expect(report.cadenceSpm).toBeGreaterThan(172 * 0.99);
    expect(report.cadenceSpm).toBeLessThan(172 * 1.01);
    expect(report.steps.length).toBeGreaterThanOrEqual(15);
    expect(report.steps.every((s, i) => i === 0 || s.foot !== report.steps[i - 1]!.foot)).toBe(true);
    const contact = report.summary.metrics.contactTime.value!;
    expect(Math.abs(contact - 0.38 * run.strideS * 1000)).toBeLessThan(1000 / 60);
    expect(report.direction.facing).toBe('right');
  });

  it('measures landing, trunk and bounce close to the values it was built with', () => {
    expect(report.summary.strikeCounts.rearfoot).toBe(report.steps.length);
    expect(report.summary.metrics.footStrike.value!).toBeGreaterThan(11);
    expect(report.summary.metrics.footStrike.value!).toBeLessThan(19);
    expect(report.summary.metrics.trunkLean.value!).toBeCloseTo(7, 0);
    expect(report.summary.metrics.overstride.value!).toBeCloseTo(0.37, 1);
    expect(report.summary.metrics.verticalOscillation.value!).toBeCloseTo(0.1, 1);
    const peak = report.summary.metrics.peakKneeFlexionStance.value!;
    const atContact = report.summary.metrics.kneeFlexionAtContact.value!;
    expect(peak).toBeGreaterThan(atContact);
  });

  it('gives left/right statistics, references and verdicts for every measure', () => {
    for (const [id, m] of Object.entries(report.summary.metrics)) {
      expect(m.reference, id).toBe(RUNNING_REFERENCES[id as keyof typeof RUNNING_REFERENCES]);
      expect(m.reference.meaning.length, id).toBeGreaterThan(20);
      expect(['reliable', 'rough', 'unreliable'], id).toContain(m.reliability.level);
    }
    const ct = report.summary.metrics.contactTime.sides!;
    expect(ct.left!.n + ct.right!.n).toBe(report.steps.filter((s) => s.contactTimeMs !== null).length);
    expect(ct.asymmetryPct!).toBeLessThan(5);
    expect(report.quality.view).toBe('side');
    expect(report.summary.metrics.cadence.reliability.level).toBe('reliable');
    expect(report.summary.metrics.contactTime.reliability.level).toBe('reliable');
    expect(report.summary.metrics.trunkThighExtensionAtToeOff.reliability.level).toBe('rough');
    expect(report.summary.tiltProxyExplanation).toMatch(/proxy/);
  });

  it('gives plot series with event markers', () => {
    const pf = report.perFrame;
    expect(pf.t.length).toBe(run.frames.length);
    expect(pf.kneeFlexionDeg.left.length).toBe(run.frames.length);
    expect(pf.events.filter((e) => e.kind === 'contact').length).toBe(report.steps.length);
    expect(pf.events.some((e) => e.kind === 'toe-off')).toBe(true);
  });

  it('tells the foot strike classes apart', () => {
    for (const [angle, strike] of [[3, 'midfoot'], [-9, 'forefoot']] as const) {
      const r = analyzeRunning(syntheticRun({ fps: 60, durationS: 4, footAngleAtContactDeg: angle }).frames, { fps: 60 });
      expect(r.summary.strikeCounts[strike]).toBe(r.steps.length);
    }
  });
});

describe('analyzeRunning capture checks', () => {
  it('calls contact times rough below 60 fps', () => {
    const r = analyzeRunning(syntheticRun({ fps: 25, durationS: 6 }).frames, { fps: 25 });
    expect(r.cadenceSpm).toBeGreaterThan(165);
    expect(r.summary.metrics.contactTime.reliability.level).toBe('rough');
    expect(r.summary.metrics.contactTime.reliability.reasons.join(' ')).toMatch(/60 fps/);
  });

  it('flags slow motion, and uses a given slow-motion factor', () => {
    const frames = syntheticRun({ fps: 30, durationS: 8, cadenceSpm: 86 }).frames;
    const unknown = analyzeRunning(frames, { fps: 30 });
    expect(unknown.quality.slowMotionSuspected).toBe(true);
    expect(unknown.cadenceSpm).toBeNull();
    expect(unknown.cadence.videoSpm!).toBeCloseTo(86, -1);
    expect(unknown.summary.metrics.cadence.reliability.level).toBe('unreliable');
    const known = analyzeRunning(frames, { fps: 30, slowMotionFactor: 2 });
    expect(known.cadenceSpm!).toBeGreaterThan(172 * 0.98);
    expect(known.cadenceSpm!).toBeLessThan(172 * 1.02);
    expect(known.quality.effectiveFps).toBe(60);
  });

  it('says foot angles need heel and toe points', () => {
    const r = analyzeRunning(syntheticRun({ durationS: 4, withoutFeet: true }).frames, { fps: 60 });
    expect(r.steps.length).toBeGreaterThan(8);
    expect(r.steps.every((s) => s.footAngleDeg === null && s.strike === null)).toBe(true);
    expect(r.summary.metrics.footStrike.reliability.level).toBe('unreliable');
    expect(r.summary.metrics.footStrike.reliability.reasons.join(' ')).toMatch(/BlazePose/);
    expect(r.cadenceSpm).toBeGreaterThan(165);
  });

  it('rejects a view that is not side-on', () => {
    const r = analyzeRunning(widenHips(syntheticRun({ durationS: 3 }).frames, 80), { fps: 60 });
    expect(r.quality.view).toBe('front');
    expect(r.summary.metrics.kneeFlexionAtContact.reliability.level).toBe('unreliable');
  });

  it('copes with no frames and with no person', () => {
    expect(analyzeRunning([], { fps: 30 }).steps).toEqual([]);
    const empty = Array.from({ length: 30 }, (_, i): PoseFrame => ({ t: i / 30, keypoints: {}, width: 640, height: 480 }));
    const r = analyzeRunning(empty, { fps: 30 });
    expect(r.cadenceSpm).toBeNull();
    expect(r.quality.notes.length).toBeGreaterThan(0);
  });
});
