/**
 * The frames of a person getting into position, kept so that nothing they do before the set
 * starts is lost: once the calibration is made, the frames since they came to their spot are
 * replayed through the exercise (reps done before the still moment count), and a person who never
 * holds still (high knees from the first frame, a clip that opens mid-movement) gets a baseline
 * from the standing moments of their movement instead of waiting for ever.
 */
import { computeBaseline, type Baseline } from './calibration';
import { bodyScale, isStanding, sideMean, median, type KeypointMap, medianKeypoints, point, sided, SIDES } from '../pose';
import type { CameraView, PoseFrame, Side } from './session-types';
import { estimateTurnDeg } from './view';

/** Frames older than this are forgotten. */
const KEEP_S = 8;
/** In position this long without a still moment, the set calibrates on the movement. */
export const MOVING_START_S = 3;
/** Standing is measured over this share of the frames, and over at least this many (see movingBaseline). */
const STANDING_SHARE = 1 / 3;
const MIN_STANDING_FRAMES = 5;
/** A squat to parallel swings the knee up to the hip's height (1), a march lift at knee height 0.3 of the way: half of that. */
const MIN_SWING = 0.15;
const LEG_PARTS = ['hip', 'knee', 'ankle', 'heel', 'foot_index'] as const;
/**
 * In one spot: the hip midpoint within this share of torso length across the picture of where the
 * person is now, and the body's size within this ratio of it. Walking into the picture, or up to
 * the camera to set it, breaks it (a walking step is about 1.3 torso lengths); squatting (the hips
 * go back about half a torso length from the side), marching and turning in place do not.
 */
const SPOT_SHIFT = 1;
const SPOT_SCALE = 1.25;
/** Where "now" is taken from: the median over the latest frames. */
const SPOT_REFERENCE_S = 1;

interface Kept {
  frame: PoseFrame;
  view: CameraView;
}

export class StartBuffer {
  private kept: Kept[] = [];

  /** A frame in position (the keypoints the exercise needs seen), seen in the given view. */
  push(frame: PoseFrame, view: CameraView): void {
    this.kept.push({ frame, view });
    while (this.kept.length > 0 && this.kept[0]!.frame.t < frame.t - KEEP_S) this.kept.shift();
  }

  clear(): void {
    this.kept = [];
  }

  /** The latest frames in the person's current spot, oldest first (see spot). */
  inSpot(): PoseFrame[] {
    return this.spot().map((k) => k.frame);
  }

  /**
   * A baseline from movement, once the person has been in one spot for MOVING_START_S without the
   * still moment a calibration waits for. The body is taken where it stood tallest (the third of
   * the frames with the higher knee lowest under the hips: the tops of squats, the moments both
   * feet are down in a march), and each leg, its hip included, where it stood straightest (the
   * third with its own knee lowest: in high knees one leg is always on its way up and the body
   * bounces). The view is the one most frames were seen in. Null while too early, or when the legs
   * were never straight.
   */
  movingBaseline(): Baseline | null {
    const spot = this.spot();
    if (spot.length === 0 || spot.at(-1)!.frame.t - spot[0]!.frame.t < MOVING_START_S) return null;
    const frames = spot.map((k) => k.frame.keypoints);
    if (!legsMoved(frames)) return null;
    const tallest = lowestKnees(frames, (kps) => {
      const drops = SIDES.map((side) => kneeDrop(kps, side)).filter((d): d is number => d !== null);
      return drops.length ? Math.min(...drops) : null;
    });
    if (tallest.length < MIN_STANDING_FRAMES) return null;
    const standing = medianKeypoints(tallest);
    for (const side of SIDES) {
      const straightest = lowestKnees(frames, (kps) => kneeDrop(kps, side));
      const leg = straightest.length >= MIN_STANDING_FRAMES ? medianKeypoints(straightest) : {};
      for (const part of LEG_PARTS) {
        const name = sided(side, part);
        if (leg[name]) standing[name] = leg[name];
        else delete standing[name];
      }
    }
    // The turn of the tallest frames as they were seen, 3D keypoints included (see estimateTurnDeg).
    const worldOf = new Map(spot.map((k) => [k.frame.keypoints, k.frame.world]));
    const turn = median(tallest.map((kps) => estimateTurnDeg(kps, worldOf.get(kps))));
    return isStanding(standing) ? computeBaseline([standing], majorityView(spot), [turn]) : null;
  }

  /**
   * Back from the newest frame up to the first one in another spot: the hip midpoint moved across
   * the picture, or the body changed size, from where the person is now.
   */
  private spot(): Kept[] {
    const latest = this.kept.at(-1);
    if (!latest) return [];
    const recent = this.kept.filter((k) => k.frame.t >= latest.frame.t - SPOT_REFERENCE_S).map((k) => k.frame.keypoints);
    const x = median(recent.map((kps) => sideMean(kps, 'hip')?.x ?? null));
    const scale = median(recent.map(bodyScale));
    if (x === null || scale === null) return [];
    let from = this.kept.length;
    while (from > 0) {
      const kps = this.kept[from - 1]!.frame.keypoints;
      const hip = sideMean(kps, 'hip'), s = bodyScale(kps);
      if (hip !== null && Math.abs(hip.x - x) > SPOT_SHIFT * scale) break;
      if (s !== null && Math.max(s / scale, scale / s) > SPOT_SCALE) break;
      from--;
    }
    return this.kept.slice(from);
  }
}

/** The STANDING_SHARE of the frames with the largest drop (frames where it cannot be told left out). */
function lowestKnees(frames: readonly KeypointMap[], drop: (kps: KeypointMap) => number | null): KeypointMap[] {
  return frames
    .map((kps) => ({ kps, d: drop(kps) }))
    .filter((f): f is { kps: KeypointMap; d: number } => f.d !== null)
    .sort((a, b) => b.d - a.d)
    .slice(0, Math.ceil(frames.length * STANDING_SHARE))
    .map((f) => f.kps);
}

/**
 * Whether a leg swung through the exercise's movement: its knee rose toward its hip by at least
 * MIN_SWING of the standing distance (10th against 90th percentile). Fidgeting, or walking on the
 * spot (0.09-0.14 on a real walk), waits for a still moment instead.
 */
function legsMoved(frames: readonly KeypointMap[]): boolean {
  return SIDES.some((side) => {
    const drops = frames.map((kps) => kneeDrop(kps, side)).filter((d): d is number => d !== null).sort((a, b) => a - b);
    if (drops.length < MIN_STANDING_FRAMES) return false;
    const low = drops[Math.floor(0.1 * (drops.length - 1))]!, high = drops[Math.ceil(0.9 * (drops.length - 1))]!;
    return high > 0 && (high - low) / high >= MIN_SWING;
  });
}

/** How far the knee lies below its hip, px (largest with the leg straight under the body). */
function kneeDrop(kps: KeypointMap, side: Side): number | null {
  const h = point(kps, sided(side, 'hip')), k = point(kps, sided(side, 'knee'));
  return h && k ? k.y - h.y : null;
}

function majorityView(kept: readonly Kept[]): CameraView {
  const counts = new Map<CameraView, number>();
  for (const k of kept) counts.set(k.view, (counts.get(k.view) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}
