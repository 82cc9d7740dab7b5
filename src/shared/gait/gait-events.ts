/**
 * Gait events by the coordinate method (Zeni et al. 2008): with the foot's position along the
 * running direction measured from the pelvis, a foot contact is near the heel's most forward
 * point and a toe-off near the toe's most backward point. Being relative to the pelvis, it works
 * on a treadmill, overground, and with a camera that pans to follow the runner.
 *
 * Pose models trade the legs' labels in side views even after repair, so the events are found on
 * label-free envelopes (the front-most heel, the rear-most toe) and the labels only decide which
 * foot starts the alternation. In running the furthest-back toe comes a little after the foot has
 * left the ground, so a toe-off is moved back to the moment the toe starts to rise when the toe
 * heights show it.
 */

import type { Side } from '../exercise-core';
import { findPeaks, refineExtremum, timeAt } from './peaks';
import { estimatePeriodS } from './periodicity';
import { removeSpikes2D } from './spike-removal';
import { bridgeGaps, lowPassWithGaps } from './zero-phase-filter';

function spread(x: readonly number[]): number {
  const v = x.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length < 4) return 0;
  return v[Math.floor(0.9 * (v.length - 1))]! - v[Math.floor(0.1 * (v.length - 1))]!;
}

/** Extremes must rise this share of the signal's 10-90% spread above their surroundings. */
const PROMINENCE_SHARE = 0.3;
/** Contacts (of either foot) are at least this share of a step apart. */
const MIN_STEP_SHARE = 0.6;
/** Consecutive contacts further apart than this many steps leave a gap (a missed contact or lost tracking). */
const GAP_STEPS = 1.6;
/** Step times searched for, video seconds (slow motion makes them long). */
const MIN_STEP_S = 0.15;
const MAX_STEP_S = 2.5;
/** An envelope sample this far (leg lengths) off the line through its neighbours is a bad frame (e.g. both legs in one place). */
const ENVELOPE_SPIKE = 0.15;
/** Envelope gaps up to this long (video seconds) are bridged. */
const ENVELOPE_MAX_GAP_S = 0.15;
/** A toe this far above its lowest point (leg lengths, about 4 cm) has left the ground. */
const TOE_LIFT = 0.045;
/** How far before the coordinate toe-off (steps) the toe's ground height is looked for. */
const TOE_LIFT_WINDOW_STEPS = 0.5;
/** A toe-off comes at least this share of a step after its contact (in a walk the other foot's comes sooner). */
const MIN_CONTACT_STEPS = 0.3;

export interface GaitEvent {
  foot: Side;
  /** How it was found: the coordinate method's extreme, or (toe-offs) the toe starting to rise. */
  method: 'coordinate' | 'toe-lift';
  /** Video seconds, refined between frames. */
  t: number;
  /** Fractional frame index. */
  index: number;
}

export interface Stance {
  contact: GaitEvent;
  /** Null when no toe-off was found for this contact. */
  toeOff: GaitEvent | null;
}

export interface GaitEvents {
  stances: Stance[];
  /** Step time used (video seconds), null when the clip showed no steady stepping. */
  stepS: number | null;
  /**
   * Share of contacts whose leading foot by the (repaired) left/right labels agrees with strict
   * alternation; low values mean the model's leg labels were unreliable.
   */
  labelAgreement: number | null;
}

export interface GaitEventInput {
  t: readonly number[];
  heelForward: Record<Side, readonly number[]>;
  toeForward: Record<Side, readonly number[]>;
  /** Step time (either foot to the other), video seconds; estimated from the clip when not given. */
  stepS?: number;
  /**
   * Zero-phase low-pass cutoff for the envelopes, Hz of video time. The envelopes are taken from
   * unsmoothed positions, cleaned of spikes and short gaps, and smoothed after, so a label swap is
   * never smeared into both feet.
   */
  lowPassHz?: number;
  /**
   * Toe heights above the ground (leg lengths, up positive). When given, each toe-off is moved back
   * from the rear-most toe's furthest-back point to the moment that toe starts to rise.
   */
  toeHeight?: Record<Side, readonly number[]>;
}

/**
 * The front-most heel of the two and the rear-most toe: they do not depend on which leg the model
 * called left. The front one peaks once per step, at the leading foot's contact; the rear one
 * bottoms out once per step, at the trailing foot's toe-off.
 */
export function footEnvelopes(input: Pick<GaitEventInput, 'heelForward' | 'toeForward'>): { front: number[]; rear: number[] } {
  const { heelForward: h, toeForward: tf } = input;
  const envelope = (a: readonly number[], b: readonly number[], pick: (x: number, y: number) => number): number[] =>
    a.map((v, i) => {
      const w = b[i]!;
      return Number.isFinite(v) && Number.isFinite(w) ? pick(v, w) : Number.NaN;
    });
  return { front: envelope(h.left, h.right, Math.max), rear: envelope(tf.left, tf.right, Math.min) };
}

/** Height of whichever toe is further back, frame by frame (label-free, like the envelopes). */
function rearToeHeight(toeForward: Record<Side, readonly number[]>, toeHeight: Record<Side, readonly number[]>): number[] {
  return toeForward.left.map((l, i) => {
    const r = toeForward.right[i]!;
    if (!Number.isFinite(l) || !Number.isFinite(r)) return Number.NaN;
    return (l <= r ? toeHeight.left : toeHeight.right)[i]!;
  });
}

/**
 * The coordinate method's toe-off (furthest-back toe) comes late in running: the foot goes on
 * moving back for a moment after it leaves the ground. The toe-off is moved back to the last
 * moment before that point where the rear toe was still within TOE_LIFT of its lowest height in
 * the window before it. Returns a fractional index, or null when the toe does not visibly lift.
 */
function toeLiftIndex(height: readonly number[], contact: number, coordinate: number, window: number): number | null {
  const from = Math.max(Math.ceil(contact), Math.floor(coordinate) - window), to = Math.floor(coordinate);
  let low = Infinity;
  for (let i = from; i <= to; i++) if (Number.isFinite(height[i])) low = Math.min(low, height[i]!);
  if (!Number.isFinite(low)) return null;
  const limit = low + TOE_LIFT;
  if (!(height[to]! > limit)) return null;
  for (let i = to; i > from; i--) {
    const a = height[i - 1]!, b = height[i]!;
    if (Number.isFinite(a) && a <= limit && b > limit) return i - 1 + (limit - a) / (b - a);
  }
  return null;
}

/**
 * Splits contacts into runs without gaps and gives each run the alternating left/right assignment
 * that agrees with the most label votes. Returns the feet and how many votes agreed.
 */
function alternateFeet(times: readonly number[], votes: readonly Side[], stepS: number): { feet: Side[]; agreeing: number } {
  const feet: Side[] = [];
  let agreeing = 0;
  let start = 0;
  for (let i = 1; i <= times.length; i++) {
    if (i < times.length && times[i]! - times[i - 1]! <= GAP_STEPS * stepS) continue;
    let matchLeftFirst = 0;
    for (let k = start; k < i; k++) if (votes[k] === ((k - start) % 2 === 0 ? 'left' : 'right')) matchLeftFirst++;
    const leftFirst = matchLeftFirst * 2 >= i - start;
    agreeing += leftFirst ? matchLeftFirst : i - start - matchLeftFirst;
    for (let k = start; k < i; k++) feet.push(((k - start) % 2 === 0) === leftFirst ? 'left' : 'right');
    start = i;
  }
  return { feet, agreeing };
}

/**
 * Contacts and toe-offs of both feet by the coordinate method. Contacts are the peaks of the
 * front-most heel, toe-offs the troughs of the rear-most toe; each contact is given to a foot by
 * alternation (steps alternate) with the leg labels deciding the phase, and each toe-off to the
 * contact it ends: the first toe-off at least MIN_CONTACT_STEPS of a step after it and before the
 * same foot could land again.
 */
export function detectGaitEvents(input: GaitEventInput): GaitEvents {
  const { t } = input;
  const dt = (t[t.length - 1]! - t[0]!) / Math.max(1, t.length - 1);
  const raw = footEnvelopes(input);
  const maxGap = Math.max(1, Math.round(ENVELOPE_MAX_GAP_S / dt));
  const clean = (x: number[]): number[] => {
    const zeros = x.map(() => 0);
    removeSpikes2D(t, x, zeros, ENVELOPE_SPIKE);
    const bridged = bridgeGaps(x, maxGap);
    return input.lowPassHz ? lowPassWithGaps(bridged, input.lowPassHz, 1 / dt) : bridged;
  };
  const front = clean(raw.front), rear = clean(raw.rear);
  const stepS = input.stepS ?? (t.length > 3 ? estimatePeriodS([front], 1 / dt, MIN_STEP_S, MAX_STEP_S) : null);
  if (stepS === null) return { stances: [], stepS: null, labelAgreement: null };
  const minDistance = Math.max(1, Math.round((MIN_STEP_SHARE * stepS) / dt));
  const back = rear.map((v) => -v);
  const peaks = findPeaks(front, { minDistance, minProminence: PROMINENCE_SHARE * spread(front) });
  const troughs = findPeaks(back, { minDistance, minProminence: PROMINENCE_SHARE * spread(back) });
  const rearHeight = input.toeHeight ? clean(rearToeHeight(input.toeForward, input.toeHeight)) : null;

  const contactIdx = peaks.map((i) => refineExtremum(front, i));
  const contactT = contactIdx.map((x) => timeAt(t, x));
  const votes = peaks.map((i): Side => (input.heelForward.left[i]! >= input.heelForward.right[i]! ? 'left' : 'right'));
  const { feet, agreeing } = alternateFeet(contactT, votes, stepS);

  const toeIdx = troughs.map((i) => refineExtremum(back, i));
  const toeT = toeIdx.map((x) => timeAt(t, x));
  const stances: Stance[] = contactT.map((tc, k) => {
    const contact: GaitEvent = { foot: feet[k]!, t: tc, index: contactIdx[k]!, method: 'coordinate' };
    const j = toeT.findIndex((to) => to - tc >= MIN_CONTACT_STEPS * stepS);
    if (j < 0 || toeT[j]! - tc >= GAP_STEPS * stepS) return { contact, toeOff: null };
    const lift = rearHeight ? toeLiftIndex(rearHeight, contactIdx[k]!, toeIdx[j]!, Math.round((TOE_LIFT_WINDOW_STEPS * stepS) / dt)) : null;
    const index = lift ?? toeIdx[j]!;
    return { contact, toeOff: { foot: contact.foot, t: timeAt(t, index), index, method: lift === null ? 'coordinate' : 'toe-lift' } };
  });
  return { stances, stepS, labelAgreement: peaks.length ? agreeing / peaks.length : null };
}
