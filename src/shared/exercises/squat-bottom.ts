/**
 * The form measures of a squat: taken each frame, their medians at a rep's bottom, and the faults
 * they show under the thresholds.
 */
import {
  heelRise, hipShift, type KeypointMap, kneeShift, kneeWidthRatio, meanShinForwardDeg, point, sided,
  sideTiltDeg, trunkForwardDeg,
} from '../pose';
import type { Baseline, ActiveFault } from '../exercise-core';
import { checkable, type SquatThresholds } from './squat-thresholds';

/** The form measures at a rep's bottom; null where the body's turn or the picture did not allow one. */
export interface SquatBottom {
  kneeRatio: number | null;
  shift: number | null;
  kneeShift: number | null;
  lean: number | null;
  heel: number | null;
  sideLean: number | null;
}

const BOTTOM_METRICS = { kneeRatio: 'kneeWidthRatio', shift: 'hipShift', kneeShift: 'kneeShift', lean: 'forwardLeanDeg', heel: 'heelRise', sideLean: 'sideLeanDeg' } as const satisfies Record<keyof SquatBottom, string>;

/** A rep record's metrics from its bottom's measures, and back (the fold evaluation re-judges recorded reps). */
export function bottomMetrics(m: SquatBottom): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, name] of Object.entries(BOTTOM_METRICS)) {
    const v = m[k as keyof SquatBottom];
    if (v !== null) out[name] = v;
  }
  return out;
}
export function squatBottomOf(metrics: Readonly<Record<string, number>>): SquatBottom {
  const m = Object.fromEntries(Object.entries(BOTTOM_METRICS).map(([k, name]) => [k, metrics[name] ?? null]));
  return m as unknown as SquatBottom;
}

/** The faults at a rep's bottom under these thresholds. */
export function judgeSquatBottom(m: SquatBottom, th: SquatThresholds): ActiveFault[] {
  const faults: ActiveFault[] = [];
  if (m.kneeRatio !== null && m.kneeRatio < th.kneeWidthRatioMin) faults.push({ id: 'knees-in', value: m.kneeRatio });
  const turnNotShift = m.shift !== null && m.kneeShift !== null && m.kneeShift * Math.sign(m.shift) < -th.kneeCounterShift;
  if (m.shift !== null && Math.abs(m.shift) > th.hipShift && !turnNotShift) {
    faults.push({ id: 'hip-shift', side: m.shift > 0 ? 'left' : 'right', value: Math.abs(m.shift) });
  }
  if (m.sideLean !== null && Math.abs(m.sideLean) > th.sideLeanDeg && !turnNotShift) {
    faults.push({ id: 'side-lean', side: m.sideLean > 0 ? 'left' : 'right', value: Math.abs(m.sideLean) });
  }
  if (m.lean !== null && m.lean > th.forwardLeanDeg) faults.push({ id: 'forward-lean', value: m.lean });
  if (m.heel !== null && m.heel > th.heelRise) faults.push({ id: 'heel-lift', value: m.heel });
  return faults;
}

/** A rep that turned back above the depth limit (dMin: its lowest depth). */
export const isShallowRep = (dMin: number, th: SquatThresholds): boolean => dMin > th.shallowD;

export const NOT_MEASURED: Readonly<SquatBottom> = { kneeRatio: null, shift: null, kneeShift: null, lean: null, heel: null, sideLean: null };

/** Each form measure in a frame, where the body's turn and the keypoints seen let it be made (null otherwise). */
export function measureSquatForm(kps: KeypointMap, b: Baseline, turn: number | null, th: SquatThresholds): SquatBottom {
  if (b.provisional) return { ...NOT_MEASURED };
  const shift = checkable('hip-shift', turn) && b.hipShift !== null ? hipShift(kps, b.thigh) : null;
  const knees = shift !== null && b.kneeShift !== null ? kneeShift(kps, b.thigh) : null;
  const trunk = checkable('forward-lean', turn) && b.facing !== null ? trunkForwardDeg(kps, b.facing) : null;
  const shin = trunk === null || b.facing === null ? null : meanShinForwardDeg(kps, b.facing);
  return {
    kneeRatio: checkable('knees-in', turn) ? kneeWidthRatio(kps) : null,
    shift: shift === null ? null : shift - b.hipShift!,
    kneeShift: knees === null ? null : knees - b.kneeShift!,
    lean: trunk === null || shin === null ? null : trunk - shin,
    heel: checkable('heel-lift', turn) ? heelLift(kps, b, th) : null,
    // Only where the knee test can tell a misread turn from a lean (it needs the ankles).
    sideLean: knees === null ? null : sideLean(kps, b, turn),
  };
}

/**
 * Trunk tilt to the side from standing (toward the person's left positive; see sideTiltDeg).
 * Standing upright the tilt and the baseline's trunk-line angle agree.
 */
function sideLean(kps: KeypointMap, b: Baseline, turn: number | null): number | null {
  if (!checkable('side-lean', turn) || b.lateral === null || b.sideLeanDeg === null) return null;
  const tilt = sideTiltDeg(kps, b.lateral, b.torso);
  return tilt === null ? null : tilt - b.sideLeanDeg;
}

/** Near foot's heel lift: the heel's own rise, capped by the rise its ankle implies. */
function heelLift(kps: KeypointMap, b: Baseline, th: SquatThresholds): number | null {
  const side = b.nearSide ?? (b.heelY.left !== null ? 'left' : 'right');
  const heelY0 = b.heelY[side], ankleY0 = b.ankleY[side];
  if (heelY0 === null || ankleY0 === null) return null;
  const heel = heelRise(kps, side, heelY0, b.thigh);
  const ankle = point(kps, sided(side, 'ankle'));
  if (heel === null || !ankle) return null;
  return Math.min(heel, (ankleY0 - ankle.y) / b.thigh / th.heelAnkleShare);
}
