/** Standing knee-lift measurements shared by the march and the hip-flexor test (front view). */
import { kneeLift, kneeLiftFromHip, pelvisToTrunkDeg, sideLeanDeg, distance, point, SIDES, type KeypointMap, Ema } from '../pose';
import type { Baseline } from './calibration';
import { HysteresisRepCounter, type RepCounterEvent } from './rep-counter';
import type { ActiveFault, Side } from './session-types';

export interface LiftFaultThresholds {
  /** Lifting-side hip rising against the trunk axis, degrees. */
  hikeDeg: number;
  /** Lifting-side hip sinking against the trunk axis, degrees. */
  dropDeg: number;
  /** Trunk leaning away from the lifted leg (over the standing leg), degrees from its standing angle. */
  leanAwayDeg: number;
  /** Trunk leaning toward the lifted leg, degrees from its standing angle. */
  leanTowardDeg: number;
}

export interface FrontalChange {
  /** Pelvis against the trunk axis, change from standing; positive = left hip higher. */
  pelvisDeg: number | null;
  /** Trunk side lean, change from standing; positive = toward the person's left. */
  leanDeg: number | null;
}

/**
 * Pelvis and trunk side angles are tilts in the plane facing the camera; turned away from it the
 * hips' depth and the trunk's forward lean show as tilt. On UI-PRMD hurdle steps seen from 30
 * degrees (estimated turns 14-41) hip hike was flagged on 7 of 10 correct reps of one subject, none
 * from the front: past this turn they are not judged.
 */
export const FRONTAL_MAX_TURN_DEG = 25;
/** The faults only the front view can judge. */
export const FRONTAL_FAULTS = ['hip-hike', 'hip-drop', 'side-lean'] as const;

export function frontalChecksHold(b: Baseline): boolean {
  return b.view === 'front' && b.lateral !== null && !b.provisional && (b.turnDeg ?? 0) <= FRONTAL_MAX_TURN_DEG;
}

/** Smoothed change of pelvis and trunk angles from the calibrated baseline (front view only). */
export class FrontalTracker {
  private readonly pelvis: Ema;
  private readonly lean: Ema;

  constructor(smoothingS: number) {
    this.pelvis = new Ema(smoothingS);
    this.lean = new Ema(smoothingS);
  }

  update(t: number, kps: KeypointMap, b: Baseline): FrontalChange {
    if (!frontalChecksHold(b) || b.lateral === null) return { pelvisDeg: null, leanDeg: null };
    const p = pelvisToTrunkDeg(kps, b.lateral), l = sideLeanDeg(kps, b.lateral);
    return {
      pelvisDeg: p === null || b.pelvisToTrunkDeg === null ? null : this.pelvis.update(t, p - b.pelvisToTrunkDeg),
      leanDeg: l === null || b.sideLeanDeg === null ? null : this.lean.update(t, l - b.sideLeanDeg),
    };
  }

  reset(): void {
    this.pelvis.reset();
    this.lean.reset();
  }
}

/** The most the pelvis and trunk moved during one leg's lift, each way, degrees (the rep's metrics). */
export class FrontalPeaks {
  private hike = 0;
  private drop = 0;
  private leanToward = 0;
  private leanAway = 0;

  update(side: Side, change: FrontalChange): void {
    const toward = side === 'left' ? 1 : -1;
    if (change.pelvisDeg !== null) {
      this.hike = Math.max(this.hike, toward * change.pelvisDeg);
      this.drop = Math.max(this.drop, -toward * change.pelvisDeg);
    }
    if (change.leanDeg !== null) {
      this.leanToward = Math.max(this.leanToward, toward * change.leanDeg);
      this.leanAway = Math.max(this.leanAway, -toward * change.leanDeg);
    }
  }

  get metrics(): Record<string, number> {
    return { peakHikeDeg: this.hike, peakDropDeg: this.drop, peakLeanAwayDeg: this.leanAway, peakLeanTowardDeg: this.leanToward };
  }
}

/** Raw (not yet debounced) pelvis and trunk faults while `side` is the lifted leg. */
export function liftFaults(side: Side, change: FrontalChange, th: LiftFaultThresholds): ActiveFault[] {
  const faults: ActiveFault[] = [];
  const toward = side === 'left' ? 1 : -1;
  if (change.pelvisDeg !== null) {
    const hike = toward * change.pelvisDeg;
    if (hike > th.hikeDeg) faults.push({ id: 'hip-hike', side, value: hike });
    else if (-hike > th.dropDeg) faults.push({ id: 'hip-drop', side, value: -hike });
  }
  if (change.leanDeg !== null) {
    const lean = toward * change.leanDeg;
    if (lean < -th.leanAwayDeg || lean > th.leanTowardDeg) {
      faults.push({ id: 'side-lean', side: change.leanDeg > 0 ? 'left' : 'right', value: Math.abs(change.leanDeg) });
    }
  }
  return faults;
}

/**
 * From the front the two knees never share a spot, but a model often puts both knee points on the
 * lifted knee when it crosses in front of the other leg (fast high knees): the copy with the lower
 * score is dropped, or it would count as a lift of the standing leg.
 */
const GHOST_KNEE_THIGHS = 0.25;

function ghostKnee(kps: KeypointMap, thigh: number): Side | null {
  const l = point(kps, 'left_knee'), r = point(kps, 'right_knee');
  if (!l || !r || distance(l, r) > GHOST_KNEE_THIGHS * thigh) return null;
  return kps.left_knee!.score < kps.right_knee!.score ? 'left' : 'right';
}

/**
 * Below this rise (thigh lengths, against the hip) a knee is no longer clearly up: a lift starting on
 * the other side then ends its lift (see KneeLifts.update). The march's start threshold until it
 * went down to 0.25; kept here so that lowering it did not change how alternating legs are told.
 */
const OTHER_KNEE_DOWN = 0.35;

export interface KneeLiftConfig {
  enterK: number;
  exitK: number;
  minRepS: number;
  smoothingS: number;
}

/**
 * Per knee: the lift ratio k (rise above the standing knee height, FORM-SPEC's measure, for target
 * height and holds), and the rise measured against the hip, which the hysteresis rep counter runs on
 * (see kneeLiftFromHip), both smoothed.
 */
export class KneeLifts {
  private readonly ema: Record<Side, Ema>;
  private readonly fromHip: Record<Side, Ema>;
  private readonly counters: Record<Side, HysteresisRepCounter>;

  /** The lift in progress peaked while the other knee was up higher. */
  private readonly underOther: Record<Side, boolean> = { left: false, right: false };
  /** When each side's latest lift started. */
  private readonly startedS: Record<Side, number | null> = { left: null, right: null };

  constructor(config: KneeLiftConfig) {
    const counter = () => new HysteresisRepCounter({ direction: 'rise', enter: config.enterK, exit: config.exitK, minRepS: config.minRepS });
    this.ema = { left: new Ema(config.smoothingS), right: new Ema(config.smoothingS) };
    this.fromHip = { left: new Ema(config.smoothingS), right: new Ema(config.smoothingS) };
    this.counters = { left: counter(), right: counter() };
  }

  update(t: number, kps: KeypointMap, b: Baseline): {
    k: Record<Side, number | null>; lift: Record<Side, number | null>; events: Record<Side, RepCounterEvent | null>;
  } {
    const ghost = b.view === 'front' ? ghostKnee(kps, b.thigh) : null;
    const one = (side: Side) => {
      const knee0 = b.kneeY[side], hip0 = b.hipY[side], thigh = b.thighBySide[side] ?? b.thigh;
      if (knee0 === null || side === ghost) return { k: null, lift: null, event: null };
      const raw = kneeLift(kps, side, knee0, thigh);
      const rawFromHip = hip0 === null ? null : kneeLiftFromHip(kps, side, knee0, hip0, thigh);
      const k = raw === null ? null : this.ema[side].update(t, raw);
      const lift = rawFromHip === null ? null : this.fromHip[side].update(t, rawFromHip);
      return { k, lift, event: lift === null ? null : this.counters[side].update(t, lift) };
    };
    const left = one('left'), right = one('right');
    const events = { left: left.event, right: right.event };
    // Legs alternate: a lift starting on one side ends the other side's lift when that knee is no
    // longer clearly up (below the start threshold, or hidden). Without this a standing knee hidden
    // behind the lifted one (see ghostKnee) may never be seen back down at 8-10 frames a second,
    // and two lifts of that side merge into one.
    const lift = { left: left.lift, right: right.lift };
    for (const [side, other] of [['left', 'right'], ['right', 'left']] as const) {
      const otherDown = lift[other] === null || lift[other] < OTHER_KNEE_DOWN;
      if (events[side]?.type === 'start' && !events[other] && otherDown) events[other] = this.counters[other].end(t);
    }
    // Both knees up at once is no march: a lift inside the other's (started after it, over no later)
    // that peaked below the other knee is the standing leg bending or the pelvis tipping under the
    // lifted leg (UI-PRMD s08: the standing knee reads 0.33 at the other's 0.58 peak), and is
    // dropped. Quick alternating lifts overlap too, but each outlasts the one before it.
    for (const side of SIDES) if (events[side]?.type === 'start') this.startedS[side] = t;
    for (const [side, other] of [['left', 'right'], ['right', 'left']] as const) {
      const own = lift[side], counter = this.counters[side];
      if (counter.active && own !== null && own >= (counter.extreme ?? -Infinity)) {
        this.underOther[side] = this.counters[other].active && lift[other] !== null && lift[other] > own;
      }
      const otherOn = this.counters[other].active || (events[other] !== null && events[other]?.type !== 'start');
      const inside = otherOn && (this.startedS[other] ?? Infinity) < (this.startedS[side] ?? -Infinity);
      if (events[side]?.type === 'end' && this.underOther[side] && inside) events[side] = { type: 'discard' };
    }
    return { k: { left: left.k, right: right.k }, lift, events };
  }

  isLifting(side: Side): boolean {
    return this.counters[side].active;
  }

  reset(): void {
    for (const s of ['left', 'right'] as const) {
      this.ema[s].reset();
      this.fromHip[s].reset();
      this.counters[s].reset();
      this.underOther[s] = false;
      this.startedS[s] = null;
    }
  }
}
