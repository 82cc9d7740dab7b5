/**
 * What is drawn over a video frame besides the skeleton: the crop around the runner, the measured
 * angles written next to their joints, and guide lines. Positions come from the model's points in
 * the frame, values from the analysis.
 */
import { type FootStrike, type RunningStep, leadingLeg, pelvisOf, trailingLeg } from '../../../shared/gait';
import { type Point, MIN_KEYPOINT_SCORE, type KeypointMap, midOf, point, sided } from '../../../shared/pose';
import type { PoseFrame, Side } from '../../../shared/exercise-core';
import { fixedText } from './metric-format';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface JointLabel {
  at: Point;
  text: string;
  /** Colour by leg; null for the trunk. */
  side: Side | null;
  /** Which way from the joint the label goes (image x). */
  towards: 1 | -1;
}

export interface Overlay {
  labels: JointLabel[];
  /** Dashed reference lines, e.g. the vertical through the hips. */
  guides: Array<[Point, Point]>;
}

export const otherSide = (s: Side): Side => (s === 'left' ? 'right' : 'left');

/** The leg a raw keypoint label belongs to after the analysis' swap repair. */
export const repairedSide = (rawSide: Side, swapped: boolean): Side => (swapped ? otherSide(rawSide) : rawSide);

export function bodyBox(kps: KeypointMap): Rect | null {
  const seen = Object.values(kps).filter((k) => k && k.score >= MIN_KEYPOINT_SCORE && Number.isFinite(k.x) && Number.isFinite(k.y));
  if (seen.length < 2) return null;
  const xs = seen.map((k) => k!.x), ys = seen.map((k) => k!.y);
  const x = Math.min(...xs), y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/**
 * A crop of the frame around a body box: padded by `pad` of the body height on every side, at
 * least `minAspect` (width over height) wide so a runner mid-stride fits, kept inside the frame.
 */
export function cropAround(box: Rect | null, width: number, height: number, pad = 0.15, minAspect = 0.75): Rect {
  if (!box) return { x: 0, y: 0, w: width, h: height };
  const h = Math.min(height, box.h * (1 + 2 * pad));
  const w = Math.min(width, Math.max(box.w + 2 * pad * box.h, minAspect * h));
  const clamp = (start: number, size: number, limit: number) => Math.max(0, Math.min(limit - size, start));
  return {
    x: clamp(box.x + box.w / 2 - w / 2, w, width),
    y: clamp(box.y + box.h / 2 - h / 2, h, height),
    w, h,
  };
}

const quantile = (values: number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
};

/**
 * One crop for the whole clip (the scrubber's view holds still): the area the runner covers in
 * most frames, so a few frames with a stray point do not zoom the view out.
 */
export function clipCrop(frames: readonly PoseFrame[]): Rect {
  const first = frames[0];
  if (!first) return { x: 0, y: 0, w: 1, h: 1 };
  const boxes = frames.map((f) => bodyBox(f.keypoints)).filter((b): b is Rect => b !== null);
  if (!boxes.length) return { x: 0, y: 0, w: first.width, h: first.height };
  const x0 = quantile(boxes.map((b) => b.x), 0.03), x1 = quantile(boxes.map((b) => b.x + b.w), 0.97);
  const y0 = quantile(boxes.map((b) => b.y), 0.03), y1 = quantile(boxes.map((b) => b.y + b.h), 0.97);
  return cropAround({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, first.width, first.height, 0.08);
}

const deg = (v: number | null): string | null => (v === null ? null : `${fixedText(v)}°`);

function label(at: Point | null | undefined, text: string | null, side: Side | null, towards: 1 | -1): JointLabel[] {
  return at && text !== null ? [{ at, text, side, towards }] : [];
}

const lowestFootPoint = (leg: ReturnType<typeof leadingLeg>): Point | null =>
  [leg?.heel, leg?.toe, leg?.ankle].reduce<Point | null>((low, p) => (p && (!low || p.y > low.y) ? p : low), null);

const STRIKE_WORDS: Record<FootStrike, string> = { rearfoot: 'heel first', midfoot: 'flat', forefoot: 'ball first' };

/**
 * At a contact: knee bend, shin angle and foot angle on the landing leg; the vertical through the
 * hips. The foot angle is the strike angle (against the runner's flat foot), the one the class comes
 * from; a step whose heel and toe points were implausible gets no foot label.
 */
export function contactOverlay(kps: KeypointMap, step: RunningStep, dir: 1 | -1): Overlay {
  const lead = leadingLeg(kps, dir);
  const hip = pelvisOf(kps);
  const foot = lead?.heel && lead.toe ? { x: (lead.heel.x + lead.toe.x) / 2, y: (lead.heel.y + lead.toe.y) / 2 } : lead?.ankle;
  const shin = lead?.knee && lead.ankle ? { x: (lead.knee.x + lead.ankle.x) / 2, y: (lead.knee.y + lead.ankle.y) / 2 } : null;
  const ground = lowestFootPoint(lead);
  return {
    labels: [
      ...label(lead?.knee, step.kneeFlexionAtContactDeg === null ? null : `Knee ${deg(step.kneeFlexionAtContactDeg)}`, step.foot, dir),
      ...label(shin, step.shankAngleDeg === null ? null : `Shin ${deg(step.shankAngleDeg)}`, step.foot, dir),
      ...label(foot, step.strike === null ? null : `Foot ${deg(step.footStrikeAngleDeg)}, ${STRIKE_WORDS[step.strike]}`, step.foot, dir),
    ],
    guides: hip && ground ? [[hip, { x: hip.x, y: ground.y }]] : [],
  };
}

/** At a toe-off: hip extension of the pushing-off leg, next to the hips; the vertical through the hips. */
export function toeOffOverlay(kps: KeypointMap, step: RunningStep, dir: 1 | -1): Overlay {
  const trail = trailingLeg(kps, dir);
  const hip = pelvisOf(kps);
  const ground = lowestFootPoint(trail);
  return {
    labels: label(hip, step.hipExtensionAtToeOffDeg === null ? null : `Hip extension ${deg(step.hipExtensionAtToeOffDeg)}`, step.foot, (-dir) as 1 | -1),
    guides: hip && ground ? [[hip, { x: hip.x, y: ground.y }]] : [],
  };
}

export interface FrameAngles {
  kneeFlexionDeg: Record<Side, number | null>;
  trunkLeanDeg: number | null;
}

/** Any frame: knee bend at each knee (left labels to the left, right to the right) and trunk lean at the shoulders. */
export function frameOverlay(kps: KeypointMap, angles: FrameAngles, swapped: boolean, dir: 1 | -1): Overlay {
  const knees = (['left', 'right'] as const).flatMap((side) =>
    label(point(kps, sided(repairedSide(side, swapped), 'knee')), deg(angles.kneeFlexionDeg[side]), side, side === 'left' ? -1 : 1));
  const shoulders = midOf(kps, 'left_shoulder', 'right_shoulder') ?? point(kps, 'left_shoulder') ?? point(kps, 'right_shoulder');
  return {
    labels: [...knees, ...label(shoulders, angles.trunkLeanDeg === null ? null : `Trunk ${deg(angles.trunkLeanDeg)}`, null, (-dir) as 1 | -1)],
    guides: [],
  };
}
