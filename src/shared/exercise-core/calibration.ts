/**
 * Calibration: about 1.5 s of stillness in the start position. Baselines taken from it let faults
 * be measured as change from the person's own standing posture, so a rolled camera or a person's
 * natural asymmetry never counts as a fault.
 */
import {
  bodyScale, distance, facingSign, hipShift, type KeypointMap, type KeypointName, kneeShift,
  lateralSign, legLength, median, pelvicObliquityDeg, pelvisToTrunkDeg, point, sided, sideLeanDeg,
  SIDES, thighLength, trunkForwardDeg, type WorldKeypointMap,
} from '../pose';
import { floorBaseline, type FloorBaseline } from './floor-metrics';
import type { CameraView, Side } from './session-types';
import { estimateTurnDeg } from './view';

const CALIBRATION_S = 1.5;
/**
 * Largest distance of any tracked keypoint from its mean position over a still stretch, as a share
 * of torso length: about 14 px at 640x480 head to toe, several times webcam keypoint jitter.
 */
const STILLNESS_TOLERANCE = 0.12;
/**
 * The 1.5 s may be pooled from shorter still stretches in the same spot and pose: people who start
 * moving at once still pause standing between reps (about 0.5 s between fast squats), and those
 * pauses are the same start position. A stretch shorter than this is a pass through standing, not
 * a pause, and is not pooled.
 */
const MIN_PAUSE_S = 0.3;
/** Pooled pauses older than this are forgotten, so a pause from long ago cannot complete a calibration. */
const POOL_WINDOW_S = 8;

export interface Baseline {
  view: CameraView;
  /** Front view: +1 when the person's left appears at larger x. */
  lateral: 1 | -1 | null;
  /** Side view: +1 when the person faces +x. */
  facing: 1 | -1 | null;
  /** How far the body was turned from facing the camera, degrees (see estimateTurnDeg). */
  turnDeg: number | null;
  /** Mean standing thigh length (hip to knee) of the sides seen, px. */
  thigh: number;
  thighBySide: Record<Side, number | null>;
  legBySide: Record<Side, number | null>;
  /** Standing torso length, px, or with the shoulders out of the picture the length the thighs imply. */
  torso: number;
  kneeY: Record<Side, number | null>;
  /** Standing hip height per side, px (the knee lift is measured against the hip, see kneeLift). */
  hipY: Record<Side, number | null>;
  ankleY: Record<Side, number | null>;
  heelY: Record<Side, number | null>;
  /** Side view: the leg nearer the camera (higher keypoint scores); the far foot is mostly occluded. */
  nearSide: Side | null;
  /**
   * Carried over from another view while the person turns: the lengths and standing heights still
   * serve to count reps, but no view-specific check may run on it (see provisionalBaseline).
   */
  provisional?: boolean;
  /** Front view angles, degrees (see body-metrics for signs). */
  obliquityDeg: number | null;
  sideLeanDeg: number | null;
  pelvisToTrunkDeg: number | null;
  /** Front view hip midpoint offset from the ankle midpoint, thigh lengths. */
  hipShift: number | null;
  /** The same for the knee midpoint. */
  kneeShift: number | null;
  /** Side view trunk angle from vertical, degrees. */
  trunkForwardDeg: number | null;
  /** Lying exercises: where the limbs lay and the pelvis angle against the body axis (see floor-metrics). */
  floor: FloorBaseline | null;
}

/**
 * Turned this far from the camera, a front view shows which way the person faces (toes ahead of
 * ankles, nose ahead of ears), so angles in the plane of the movement can be read part way round.
 */
export const FACING_TURN_DEG = 30;

/**
 * Median of each measure over the calibration frames; null where it was never seen. `turns`: each
 * frame's turn as estimateTurnDeg read it with the model's 3D keypoints, where the frames had them
 * (without, the turn is read from the 2D keypoints here).
 */
export function computeBaseline(frames: readonly KeypointMap[], view: CameraView, turns?: ReadonlyArray<number | null>): Baseline | null {
  const perSide = (f: (kps: KeypointMap, side: Side) => number | null): Record<Side, number | null> => ({
    left: median(frames.map((k) => f(k, 'left'))),
    right: median(frames.map((k) => f(k, 'right'))),
  });
  const thighBySide = perSide(thighLength);
  const thighs = SIDES.map((s) => thighBySide[s]).filter((v): v is number => v !== null && v > 0);
  const torso = median(frames.map(bodyScale));
  if (thighs.length === 0 || !torso) return null;
  const thigh = thighs.reduce((a, b) => a + b, 0) / thighs.length;
  const lateral = view === 'front' ? majoritySign(frames.map(lateralSign)) : null;
  const turnDeg = median(turns ?? frames.map((k) => estimateTurnDeg(k)));
  const facing = view === 'side' || (turnDeg !== null && turnDeg >= FACING_TURN_DEG) ? majoritySign(frames.map(facingSign)) : null;
  const frontal = (f: (kps: KeypointMap, lat: 1 | -1) => number | null) =>
    lateral === null ? null : median(frames.map((k) => f(k, lateral)));
  return {
    view, lateral, facing, thigh, thighBySide, torso,
    turnDeg,
    legBySide: perSide(legLength),
    kneeY: perSide((k, s) => point(k, sided(s, 'knee'))?.y ?? null),
    hipY: perSide((k, s) => point(k, sided(s, 'hip'))?.y ?? null),
    ankleY: perSide((k, s) => point(k, sided(s, 'ankle'))?.y ?? null),
    heelY: perSide((k, s) => point(k, sided(s, 'heel'))?.y ?? null),
    nearSide: view === 'side' ? nearerSide(frames) : null,
    obliquityDeg: frontal(pelvicObliquityDeg),
    sideLeanDeg: frontal(sideLeanDeg),
    pelvisToTrunkDeg: frontal(pelvisToTrunkDeg),
    hipShift: view === 'front' ? median(frames.map((k) => hipShift(k, thigh))) : null,
    kneeShift: view === 'front' ? median(frames.map((k) => kneeShift(k, thigh))) : null,
    trunkForwardDeg: facing === null ? null : median(frames.map((k) => trunkForwardDeg(k, facing))),
    floor: floorBaseline(frames),
  };
}

function majoritySign(signs: ReadonlyArray<1 | -1 | null>): 1 | -1 | null {
  const sum = signs.reduce<number>((a, s) => a + (s ?? 0), 0);
  return sum === 0 ? null : sum > 0 ? 1 : -1;
}

/**
 * A baseline for `view` built from one taken in another view: lengths and standing heights carry
 * over (same person, same spot), everything that depends on the view is dropped, so reps keep being
 * counted while the person turns and no front check is ever made on a side view or back.
 */
export function provisionalBaseline(b: Baseline, view: CameraView): Baseline {
  return {
    ...b, view, provisional: true, lateral: null, facing: null, nearSide: null,
    heelY: { left: null, right: null },
    obliquityDeg: null, sideLeanDeg: null, pelvisToTrunkDeg: null, hipShift: null, kneeShift: null, trunkForwardDeg: null, floor: null,
  };
}

/** The side whose leg keypoints score higher over the frames (the near side in a side view). */
function nearerSide(frames: readonly KeypointMap[]): Side | null {
  const score = (side: Side) => median(frames.map((k) => {
    const parts = (['hip', 'knee', 'ankle', 'heel'] as const).map((p) => k[sided(side, p)]?.score).filter((v): v is number => v !== undefined);
    return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : null;
  }));
  const l = score('left'), r = score('right');
  if (l === null && r === null) return null;
  return (l ?? -1) >= (r ?? -1) ? 'left' : 'right';
}

interface StillStretch {
  frames: Array<{ t: number; kps: KeypointMap; turnDeg: number | null }>;
  sums: Map<KeypointName, { x: number; y: number; n: number }>;
  torso: number[];
}

const newStretch = (): StillStretch => ({ frames: [], sums: new Map(), torso: [] });
const spanS = (s: StillStretch): number => (s.frames.length ? s.frames[s.frames.length - 1]!.t - s.frames[0]!.t : 0);

function meanOf(sums: StillStretch['sums'], name: KeypointName): { x: number; y: number } | null {
  const s = sums.get(name);
  return s && s.n > 0 ? { x: s.x / s.n, y: s.y / s.n } : null;
}

/**
 * Collects CALIBRATION_S of stillness in one pose. A still stretch is broken when any tracked
 * keypoint strays more than the tolerance (share of torso length) from its mean over the stretch;
 * the broken stretch is kept when it lasted at least MIN_PAUSE_S and was in the same pose and spot
 * as the ones kept before it, so pauses add up (a person who keeps moving never completes it).
 * interrupt() ends a stretch (the person is not standing, say) without forgetting the pauses;
 * reset() forgets everything.
 */
export class Calibrator {
  private pool: StillStretch[] = [];
  private current = newStretch();

  constructor(
    private readonly durationS = CALIBRATION_S,
    private readonly tolerance = STILLNESS_TOLERANCE,
    private readonly minPauseS = MIN_PAUSE_S,
    private readonly windowS = POOL_WINDOW_S,
  ) {}

  /**
   * A current stretch in another pose than the pool counts on its own (it replaces the pool once
   * it ends, or completes the calibration by itself if it lasts).
   */
  get progress(): number {
    const pooled = this.pooledS(), cur = spanS(this.current);
    return Math.min(1, (this.agreesWithPool(this.current) ? pooled + cur : Math.max(pooled, cur)) / this.durationS);
  }

  get done(): boolean {
    return this.progress >= 1;
  }

  get frames(): KeypointMap[] {
    return this.parts().flatMap((s) => s.frames.map((w) => w.kps));
  }

  /** The body's turn in each of `frames`. */
  get turns(): Array<number | null> {
    return this.parts().flatMap((s) => s.frames.map((w) => w.turnDeg));
  }

  private parts(): StillStretch[] {
    return this.agreesWithPool(this.current) ? [...this.pool, this.current]
      : spanS(this.current) > this.pooledS() ? [this.current] : this.pool;
  }

  /**
   * Adds a frame; returns false (and starts a new still stretch) when the person moved. `world`: the
   * model's 3D keypoints, where it gives them, for the body's turn.
   */
  update(t: number, kps: KeypointMap, tracked: readonly KeypointName[], world?: WorldKeypointMap): boolean {
    const torso = bodyScale(kps);
    const cur = this.current;
    const moved = cur.frames.length > 0 && (torso === null || tracked.some((name) => {
      const p = point(kps, name), m = meanOf(cur.sums, name);
      return p !== null && m !== null && distance(p, m) > this.tolerance * torso;
    }));
    if (moved) this.interrupt();
    this.pool = this.pool.filter((s) => s.frames[s.frames.length - 1]!.t >= t - this.windowS);
    const s = this.current;
    s.frames.push({ t, kps, turnDeg: estimateTurnDeg(kps, world) });
    if (torso !== null) s.torso.push(torso);
    for (const name of tracked) {
      const p = point(kps, name);
      if (!p) continue;
      const sum = s.sums.get(name) ?? { x: 0, y: 0, n: 0 };
      s.sums.set(name, { x: sum.x + p.x, y: sum.y + p.y, n: sum.n + 1 });
    }
    return !moved;
  }

  /** Ends the current still stretch, keeping it if it was a pause in the pooled pose. */
  interrupt(): void {
    const s = this.current;
    this.current = newStretch();
    if (spanS(s) < this.minPauseS) return;
    if (this.agreesWithPool(s)) this.pool.push(s);
    else this.pool = [s];
  }

  reset(): void {
    this.pool = [];
    this.current = newStretch();
  }

  private pooledS(): number {
    return this.pool.reduce((a, s) => a + spanS(s), 0);
  }

  /** Every keypoint's mean in the stretch lies within the tolerance of its mean over the pool. */
  private agreesWithPool(s: StillStretch): boolean {
    if (this.pool.length === 0) return true;
    const torso = median([...this.pool.flatMap((p) => p.torso), ...s.torso]);
    if (!torso) return false;
    const pooled = new Map<KeypointName, { x: number; y: number; n: number }>();
    for (const p of this.pool) {
      for (const [name, v] of p.sums) {
        const acc = pooled.get(name) ?? { x: 0, y: 0, n: 0 };
        pooled.set(name, { x: acc.x + v.x, y: acc.y + v.y, n: acc.n + v.n });
      }
    }
    for (const [name] of s.sums) {
      const a = meanOf(s.sums, name), b = meanOf(pooled, name);
      if (a && b && distance(a, b) > this.tolerance * torso) return false;
    }
    return true;
  }
}
