/**
 * Measures of each step, at its contact, over its stance and at its toe-off, from the smoothed
 * frames. Distances are in leg lengths, angles in degrees, times in real milliseconds.
 */
import { trunkForwardDeg, median } from '../pose';
import type { PoseFrame, Side } from '../exercise-core';
import { classifyFootStrike, isPlausibleStrikeAngle, type FootStrike } from './foot-strike';
import type { Stance } from './gait-events';
import { groundLeg, leadingLeg, legOf, pelvisOf, trailingLeg, type LegPoints } from './leg-picking';
import { footAngleDeg, kneeFlexionDeg, shankAngleDeg, thighAngleDeg } from './sagittal-angles';

export interface RunningStep {
  foot: Side;
  /** Video seconds of the contact and the toe-off (null when none was found). */
  contactS: number;
  toeOffS: number | null;
  /** Nearest frame indices, for key frames with the skeleton drawn. */
  contactFrame: number;
  toeOffFrame: number | null;
  /** Contact to toe-off, real milliseconds. */
  contactTimeMs: number | null;
  /** Foot (heel to toe) against the image floor line at contact; positive toe up. Null without heel and toe points. */
  footAngleDeg: number | null;
  /** Foot angle at contact minus the runner's flat-foot angle (the strike angle). */
  footStrikeAngleDeg: number | null;
  /** Null without heel and toe points, or when the strike angle is implausible (see PLAUSIBLE_STRIKE_DEG). */
  strike: FootStrike | null;
  /** Knee flexion at contact (0 = straight). */
  kneeFlexionAtContactDeg: number | null;
  /** Shank from vertical at contact, positive with the ankle ahead of the knee. */
  shankAngleDeg: number | null;
  /** Heel (else ankle) ahead of the pelvis at contact, over leg length. */
  overstrideRatio: number | null;
  /** Most knee flexion between contact and toe-off. */
  peakKneeFlexionStanceDeg: number | null;
  /** Thigh behind vertical at toe-off (positive = hip extended). */
  hipExtensionAtToeOffDeg: number | null;
  /**
   * Thigh behind the trunk line at toe-off: hip extension plus whatever the pelvis and lower back
   * add (the anterior tilt / lumbar extension proxy).
   */
  trunkThighExtensionAtToeOffDeg: number | null;
  /** Trunk forward lean at contact. */
  trunkLeanAtContactDeg: number | null;
}

export interface StepMetricsInput {
  frames: readonly PoseFrame[];
  stances: readonly Stance[];
  dir: 1 | -1;
  legPx: number;
  slowMotionFactor: number;
}

const frameAt = (frames: readonly PoseFrame[], index: number): number => Math.max(0, Math.min(frames.length - 1, Math.round(index)));

const knee = (hip: ReturnType<typeof pelvisOf>, leg: LegPoints | null): number | null =>
  hip && leg?.knee && leg.ankle ? kneeFlexionDeg(hip, leg.knee, leg.ankle) : null;

const footAngle = (leg: LegPoints | null, dir: 1 | -1): number | null =>
  leg?.heel && leg.toe ? footAngleDeg(leg.heel, leg.toe, dir) : null;

/**
 * The runner's flat foot: the stance foot's angle at mid-stance, median over the steps of each
 * side (else of all steps). Strike angles are relative to it, so the camera's roll and how the
 * model places heel and toe cancel out, as standing would in a lab.
 */
function flatFootAngles(input: StepMetricsInput): Record<Side, number | null> {
  const bySide: Record<Side, number[]> = { left: [], right: [] };
  for (const s of input.stances) {
    if (!s.toeOff) continue;
    const f = input.frames[frameAt(input.frames, (s.contact.index + s.toeOff.index) / 2)];
    const a = f ? footAngle(groundLeg(f.keypoints), input.dir) : null;
    if (a !== null) bySide[s.contact.foot].push(a);
  }
  const all = median([...bySide.left, ...bySide.right]);
  const pick = (side: Side): number | null => (bySide[side].length >= 2 ? median(bySide[side]) : all);
  return { left: pick('left'), right: pick('right') };
}

export function stepMetrics(input: StepMetricsInput): RunningStep[] {
  const { frames, dir, legPx } = input;
  const flat = flatFootAngles(input);
  return input.stances.map(({ contact, toeOff }) => {
    const ci = frameAt(frames, contact.index);
    const ck = frames[ci]!.keypoints;
    const hip = pelvisOf(ck);
    const lead = leadingLeg(ck, dir);
    const foot = footAngle(lead, dir);
    const reference = flat[contact.foot];
    const strikeAngle = foot !== null && reference !== null ? foot - reference : null;
    const heel = lead?.heel ?? lead?.ankle ?? null;

    let peak: number | null = null;
    let ti: number | null = null, hipExt: number | null = null, trunkThigh: number | null = null;
    if (toeOff) {
      ti = frameAt(frames, toeOff.index);
      // The landing leg through its stance, by its (repaired) label: the legs pass each other mid-stance.
      const stanceSide = lead?.side ?? contact.foot;
      for (let i = ci; i <= ti; i++) {
        const k = frames[i]!.keypoints;
        const v = knee(pelvisOf(k), legOf(k, stanceSide));
        if (v !== null && (peak === null || v > peak)) peak = v;
      }
      const tk = frames[ti]!.keypoints;
      const trail = trailingLeg(tk, dir);
      const tHip = pelvisOf(tk);
      if (tHip && trail?.knee) {
        hipExt = -thighAngleDeg(tHip, trail.knee, dir);
        const lean = trunkForwardDeg(tk, dir);
        trunkThigh = lean !== null ? hipExt - lean : null;
      }
    }
    return {
      foot: contact.foot,
      contactS: contact.t,
      toeOffS: toeOff?.t ?? null,
      contactFrame: ci,
      toeOffFrame: ti,
      contactTimeMs: toeOff ? ((toeOff.t - contact.t) * 1000) / input.slowMotionFactor : null,
      footAngleDeg: foot,
      footStrikeAngleDeg: strikeAngle,
      strike: strikeAngle !== null && isPlausibleStrikeAngle(strikeAngle) ? classifyFootStrike(strikeAngle) : null,
      kneeFlexionAtContactDeg: knee(hip, lead),
      shankAngleDeg: lead?.knee && lead.ankle ? shankAngleDeg(lead.knee, lead.ankle, dir) : null,
      overstrideRatio: hip && heel ? (dir * (heel.x - hip.x)) / legPx : null,
      peakKneeFlexionStanceDeg: peak,
      hipExtensionAtToeOffDeg: hipExt,
      trunkThighExtensionAtToeOffDeg: trunkThigh,
      trunkLeanAtContactDeg: trunkForwardDeg(ck, dir),
    };
  });
}
