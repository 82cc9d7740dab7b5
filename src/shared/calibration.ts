/**
 * Calibration: about 1.5 s of stillness in the start position. Baselines taken from it let faults
 * be measured as change from the person's own standing posture, so a rolled camera or a person's
 * natural asymmetry never counts as a fault.
 */
import {
  facingSign, hipShift, lateralSign, legLength, pelvicObliquityDeg, pelvisToTrunkDeg, sideLeanDeg, thighLength,
  torsoLength, trunkForwardDeg,
} from './body-metrics';
import { distance, median } from './geometry';
import type { KeypointMap, KeypointName } from './keypoints';
import { point, sided, SIDES } from './pose-points';
import type { CameraView, Side } from './session-types';

const CALIBRATION_S = 1.5;
/**
 * Largest distance of any tracked keypoint from its mean position over the calibration window, as
 * a share of torso length: about 14 px at 640x480 head to toe, several times webcam keypoint jitter.
 */
const STILLNESS_TOLERANCE = 0.12;

export interface Baseline {
  view: CameraView;
  /** Front view: +1 when the person's left appears at larger x. */
  lateral: 1 | -1 | null;
  /** Side view: +1 when the person faces +x. */
  facing: 1 | -1 | null;
  /** Mean standing thigh length (hip to knee) of the sides seen, px. */
  thigh: number;
  thighBySide: Record<Side, number | null>;
  legBySide: Record<Side, number | null>;
  torso: number;
  kneeY: Record<Side, number | null>;
  heelY: Record<Side, number | null>;
  /** Front view angles, degrees (see body-metrics for signs). */
  obliquityDeg: number | null;
  sideLeanDeg: number | null;
  pelvisToTrunkDeg: number | null;
  /** Front view hip midpoint offset from the ankle midpoint, thigh lengths. */
  hipShift: number | null;
  /** Side view trunk angle from vertical, degrees. */
  trunkForwardDeg: number | null;
}

/** Median of each measure over the calibration frames; null where it was never seen. */
export function computeBaseline(frames: readonly KeypointMap[], view: CameraView): Baseline | null {
  const perSide = (f: (kps: KeypointMap, side: Side) => number | null): Record<Side, number | null> => ({
    left: median(frames.map((k) => f(k, 'left'))),
    right: median(frames.map((k) => f(k, 'right'))),
  });
  const thighBySide = perSide(thighLength);
  const thighs = SIDES.map((s) => thighBySide[s]).filter((v): v is number => v !== null && v > 0);
  const torso = median(frames.map(torsoLength));
  if (thighs.length === 0 || !torso) return null;
  const thigh = thighs.reduce((a, b) => a + b, 0) / thighs.length;
  const lateral = view === 'front' ? majoritySign(frames.map(lateralSign)) : null;
  const facing = view === 'side' ? majoritySign(frames.map(facingSign)) : null;
  const frontal = (f: (kps: KeypointMap, lat: 1 | -1) => number | null) =>
    lateral === null ? null : median(frames.map((k) => f(k, lateral)));
  return {
    view, lateral, facing, thigh, thighBySide, torso,
    legBySide: perSide(legLength),
    kneeY: perSide((k, s) => point(k, sided(s, 'knee'))?.y ?? null),
    heelY: perSide((k, s) => point(k, sided(s, 'heel'))?.y ?? null),
    obliquityDeg: frontal(pelvicObliquityDeg),
    sideLeanDeg: frontal(sideLeanDeg),
    pelvisToTrunkDeg: frontal(pelvisToTrunkDeg),
    hipShift: view === 'front' ? median(frames.map((k) => hipShift(k, thigh))) : null,
    trunkForwardDeg: facing === null ? null : median(frames.map((k) => trunkForwardDeg(k, facing))),
  };
}

function majoritySign(signs: ReadonlyArray<1 | -1 | null>): 1 | -1 | null {
  const sum = signs.reduce<number>((a, s) => a + (s ?? 0), 0);
  return sum === 0 ? null : sum > 0 ? 1 : -1;
}

/**
 * Collects a still window: any tracked keypoint straying more than the tolerance (share of torso
 * length) from its mean position over the window restarts it from the current frame.
 */
export class Calibrator {
  private window: Array<{ t: number; kps: KeypointMap }> = [];
  private readonly sums = new Map<KeypointName, { x: number; y: number; n: number }>();

  constructor(private readonly durationS = CALIBRATION_S, private readonly tolerance = STILLNESS_TOLERANCE) {}

  get progress(): number {
    const first = this.window[0], last = this.window[this.window.length - 1];
    return first && last ? Math.min(1, (last.t - first.t) / this.durationS) : 0;
  }

  get done(): boolean {
    return this.progress >= 1;
  }

  get frames(): KeypointMap[] {
    return this.window.map((w) => w.kps);
  }

  /** Adds a frame; returns false (and restarts the window) when the person moved. */
  update(t: number, kps: KeypointMap, tracked: readonly KeypointName[]): boolean {
    const torso = torsoLength(kps);
    const moved = this.window.length > 0 && (torso === null || tracked.some((name) => {
      const p = point(kps, name), sum = this.sums.get(name);
      return p !== null && sum !== undefined && distance(p, { x: sum.x / sum.n, y: sum.y / sum.n }) > this.tolerance * torso;
    }));
    if (moved) this.reset();
    this.window.push({ t, kps });
    for (const name of tracked) {
      const p = point(kps, name);
      if (!p) continue;
      const sum = this.sums.get(name) ?? { x: 0, y: 0, n: 0 };
      this.sums.set(name, { x: sum.x + p.x, y: sum.y + p.y, n: sum.n + 1 });
    }
    return !moved;
  }

  reset(): void {
    this.window = [];
    this.sums.clear();
  }
}
