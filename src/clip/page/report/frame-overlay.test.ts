import { describe, expect, it } from 'vitest';
import { analyzeRunning } from '../../../shared/gait';
import { syntheticRun } from '../../../../test/support/synthetic-runner';
import type { KeypointMap } from '../../../shared/pose/keypoints';
import { bodyBox, clipCrop, contactOverlay, cropAround, frameOverlay, toeOffOverlay } from './frame-overlay';

describe('crops', () => {
  it('pads the body box, widens a narrow body and stays inside the frame', () => {
    const crop = cropAround({ x: 900, y: 100, w: 100, h: 400 }, 1000, 600);
    expect(crop.h).toBeCloseTo(520);
    expect(crop.w).toBeCloseTo(390);
    expect(crop.x + crop.w).toBeLessThanOrEqual(1000);
    expect(crop.y).toBeGreaterThanOrEqual(0);
    expect(cropAround(null, 640, 480)).toEqual({ x: 0, y: 0, w: 640, h: 480 });
  });

  it('ignores points below the confidence threshold', () => {
    const kps: KeypointMap = { nose: { x: 10, y: 10, score: 0.9 }, left_ankle: { x: 20, y: 90, score: 0.9 }, right_wrist: { x: 500, y: 500, score: 0.1 } };
    expect(bodyBox(kps)).toEqual({ x: 10, y: 10, w: 10, h: 80 });
  });

  it('a clip crop covers the runner in (nearly) every frame', () => {
    const { frames } = syntheticRun({ fps: 30, durationS: 3, legPx: 200 });
    const crop = clipCrop(frames);
    const inside = frames.filter((f) => {
      const b = bodyBox(f.keypoints)!;
      return b.x >= crop.x && b.y >= crop.y && b.x + b.w <= crop.x + crop.w && b.y + b.h <= crop.y + crop.h;
    });
    expect(inside.length / frames.length).toBeGreaterThan(0.9);
    expect(crop.w).toBeLessThan(frames[0]!.width);
  });
});

describe('angle labels', () => {
  const { frames } = syntheticRun({ fps: 60, durationS: 4, footAngleAtContactDeg: 15 });
  const report = analyzeRunning(frames, { fps: 60 });
  const step = report.steps.find((s) => s.toeOffFrame !== null)!;

  it('writes knee, shin and foot strike angles of the landing leg at a contact, next to that leg', () => {
    const kps = frames[step.contactFrame]!.keypoints;
    const o = contactOverlay(kps, step, 1);
    expect(o.labels.map((l) => l.text)).toEqual([
      `Knee ${Math.round(step.kneeFlexionAtContactDeg!)}°`,
      `Shin ${Math.round(step.shankAngleDeg!)}°`,
      `Foot ${Math.round(step.footStrikeAngleDeg!)}°, heel first`,
    ]);
    // The landing knee is the forward one (the runner faces +x).
    const knees = [kps.left_knee!, kps.right_knee!];
    expect(o.labels[0]!.at.x).toBeCloseTo(Math.max(...knees.map((k) => k.x)));
    expect(o.labels.every((l) => l.side === step.foot && l.towards === 1)).toBe(true);
    expect(o.guides).toHaveLength(1);
    expect(contactOverlay(kps, { ...step, strike: null }, 1).labels.some((l) => l.text.startsWith('Foot'))).toBe(false);
  });

  it('writes hip extension at a toe-off, behind the runner', () => {
    const o = toeOffOverlay(frames[step.toeOffFrame!]!.keypoints, step, 1);
    expect(o.labels).toEqual([expect.objectContaining({ text: `Hip extension ${Math.round(step.hipExtensionAtToeOffDeg!)}°`, towards: -1 })]);
  });

  it('puts each knee angle at the knee the analysis gave it to, across a left/right swap', () => {
    const kps = frames[10]!.keypoints;
    const angles = { kneeFlexionDeg: { left: 20, right: 40 }, trunkLeanDeg: 7 };
    const straight = frameOverlay(kps, angles, false, 1);
    const swapped = frameOverlay(kps, angles, true, 1);
    expect(straight.labels.find((l) => l.text === '20°')!.at.x).toBeCloseTo(kps.left_knee!.x);
    expect(swapped.labels.find((l) => l.text === '20°')!.at.x).toBeCloseTo(kps.right_knee!.x);
    expect(straight.labels.find((l) => l.side === null)?.text).toBe('Trunk 7°');
  });
});
