/**
 * Is the clip fit to measure running form, and how far can each measure be trusted? Checks the
 * view (side-on), the body in frame, one runner, the frame rate (and slow motion), and how well
 * the steps were tracked; then gives each measure a verdict with the reasons.
 */
import { torsoLength, distance, median, type KeypointName, point } from '../pose';
import type { PoseFrame } from '../exercise-core';

export type Reliability = 'reliable' | 'rough' | 'unreliable';

export interface Verdict {
  level: Reliability;
  /** Plain-language reasons, most important first; empty when reliable. */
  reasons: string[];
}

export type ViewKind = 'side' | 'oblique' | 'front' | 'unknown';

export interface CaptureQuality {
  view: ViewKind;
  /** Median hip width and shoulder width over torso length (near 0 side-on, 0.4-0.7 facing the camera). */
  hipWidthRatio: number | null;
  shoulderWidthRatio: number | null;
  /** Share of frames with head, hips, knees and ankles seen inside the frame. */
  wholeBodyShare: number;
  /** 'one', 'several' (some frames had more than one person), or 'unknown' (no person count given). */
  runners: 'one' | 'several' | 'unknown';
  fps: number;
  /** Frames per second of real time: fps times the slow-motion factor. */
  effectiveFps: number;
  slowMotionFactor: number | null;
  /** Cadence in video time was below any running cadence and no factor was given. */
  slowMotionSuspected: boolean;
  /** Heel and toe points were available (BlazePose), needed for foot angles. */
  heelAndToe: boolean;
  /** Share of contacts whose left/right label agreed with alternating steps. */
  legLabelAgreement: number | null;
  /** Runner crossing the frame (image widths); near 0 on a treadmill or with a camera following the runner. */
  travelWidths: number;
  /** Clip-wide problems, most important first. */
  notes: string[];
}

/** Hip width over torso length: side-on up to this, facing the camera from HIP_FRONT (see view.ts for shoulders). */
const HIP_SIDE = 0.2;
const HIP_FRONT = 0.3;
/** Running swings the shoulders round, so their width reads wider than standing side-on. */
const SHOULDER_SIDE = 0.3;
const SHOULDER_FRONT = 0.45;
export const WHOLE_BODY_MIN = 0.8;
/** Below this share of contacts agreeing with alternating steps, left and right were often mixed up. */
export const LABEL_AGREEMENT_MIN = 0.8;
/** A runner crossing more than this many image widths changes view angle and size along the way. */
export const TRAVEL_MAX_WIDTHS = 0.3;
const EDGE = 0.005;

const BODY: readonly KeypointName[][] = [['nose', 'left_ear', 'right_ear'], ['left_hip', 'right_hip'], ['left_knee', 'right_knee'], ['left_ankle', 'right_ankle']];

function widthRatio(frames: readonly PoseFrame[], a: KeypointName, b: KeypointName): number | null {
  return median(
    frames.map((f) => {
      const t = torsoLength(f.keypoints), p = point(f.keypoints, a), q = point(f.keypoints, b);
      return t && p && q ? distance(p, q) / t : null;
    }),
  );
}

export function classifyView(hip: number | null, shoulder: number | null): ViewKind {
  if (hip === null && shoulder === null) return 'unknown';
  if ((hip ?? 0) >= HIP_FRONT || (shoulder ?? 0) >= SHOULDER_FRONT) return 'front';
  if ((hip ?? 0) <= HIP_SIDE && (shoulder ?? 0) <= SHOULDER_SIDE) return 'side';
  return 'oblique';
}

function wholeBodyShare(frames: readonly PoseFrame[]): number {
  if (!frames.length) return 0;
  const inside = (f: PoseFrame, name: KeypointName): boolean => {
    const p = point(f.keypoints, name);
    return p !== null && p.x > EDGE * f.width && p.x < (1 - EDGE) * f.width && p.y > EDGE * f.height && p.y < (1 - EDGE) * f.height;
  };
  return frames.filter((f) => BODY.every((group) => group.some((n) => inside(f, n)))).length / frames.length;
}

export interface QualityInput {
  /** The model's frames (before cleaning): what was really seen. */
  frames: readonly PoseFrame[];
  fps: number;
  slowMotionFactor?: number;
  videoCadenceSpm: number | null;
  heelAndToe: boolean;
  legLabelAgreement: number | null;
  travelWidths: number;
}

/** A running cadence in video time below this is slow motion (or walking). */
export const SLOW_MOTION_BELOW_SPM = 120;

export function captureQuality(input: QualityInput): CaptureQuality {
  const hip = widthRatio(input.frames, 'left_hip', 'right_hip');
  const shoulder = widthRatio(input.frames, 'left_shoulder', 'right_shoulder');
  const view = classifyView(hip, shoulder);
  const whole = wholeBodyShare(input.frames);
  const counted = input.frames.filter((f) => f.people !== undefined);
  const runners = counted.length === 0 ? 'unknown' : counted.some((f) => (f.people ?? 0) > 1) ? 'several' : 'one';
  const factor = input.slowMotionFactor ?? null;
  const slowMotionSuspected = factor === null && input.videoCadenceSpm !== null && input.videoCadenceSpm < SLOW_MOTION_BELOW_SPM;
  const notes: string[] = [];
  if (view === 'front') notes.push('Not a side view: the runner faces toward or away from the camera. Film from the side.');
  if (view === 'oblique') notes.push('The camera looks at the runner at an angle, not square from the side: angles read smaller or larger than they are.');
  if (whole < WHOLE_BODY_MIN) notes.push(`The whole body (head to feet) is in the frame only ${Math.round(100 * whole)}% of the time.`);
  if (runners === 'several') notes.push('More than one person was seen: the measures may mix people.');
  if (slowMotionSuspected) notes.push(`The steps come at ${Math.round(input.videoCadenceSpm!)} per minute of video, slower than any running: this looks like slow motion (or it is not running). Give the slow-motion factor to get real-time numbers.`);
  if (input.legLabelAgreement !== null && input.legLabelAgreement < LABEL_AGREEMENT_MIN) notes.push('The pose model often mixed up the left and right legs: left/right comparisons are not trustworthy.');
  if (Math.abs(input.travelWidths) > TRAVEL_MAX_WIDTHS) notes.push('The runner crosses the frame: the view angle and size change along the way.');
  return {
    view, hipWidthRatio: hip, shoulderWidthRatio: shoulder, wholeBodyShare: whole, runners,
    fps: input.fps, effectiveFps: input.fps * (factor ?? 1), slowMotionFactor: factor, slowMotionSuspected,
    heelAndToe: input.heelAndToe, legLabelAgreement: input.legLabelAgreement, travelWidths: input.travelWidths, notes,
  };
}

/** Combines verdicts: the worst level wins, reasons are pooled in order. */
export function worst(...verdicts: Verdict[]): Verdict {
  const rank: Record<Reliability, number> = { reliable: 0, rough: 1, unreliable: 2 };
  const level = verdicts.reduce<Reliability>((w, v) => (rank[v.level] > rank[w] ? v.level : w), 'reliable');
  return { level, reasons: [...new Set(verdicts.flatMap((v) => v.reasons))] };
}

export const ok: Verdict = { level: 'reliable', reasons: [] };
export const rough = (reason: string): Verdict => ({ level: 'rough', reasons: [reason] });
export const unreliable = (reason: string): Verdict => ({ level: 'unreliable', reasons: [reason] });
