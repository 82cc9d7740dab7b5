/**
 * Left/right leg swap repair. In a side view the pose model often trades the two legs' labels for
 * a frame or a stretch of frames (the legs look alike and overlap), and now and then puts both legs
 * in one place. For each foot's track to be continuous, with positions relative to the pelvis and
 * in leg lengths (so a panning camera and the distance to the camera do not matter):
 *
 * 1. Collapsed frames (both legs suddenly on one spot) lose their leg points; gap bridging fills them.
 * 2. Short swaps: each frame's legs are compared with the median of each leg's points over the
 *    frames around it (before and after), and the labelling that fits better wins, for a few rounds.
 *    A median stays put when a few neighbouring frames are wrong; a prediction from the previous
 *    frames alone does not (tried: a whole-clip Viterbi on constant-velocity predictions followed
 *    the model's bad frames into long wrong stretches on the real clips).
 * 3. Longer stretches: running repeats itself every stride, so each frame is also compared with the
 *    same moment one to three strides away (the stride from the label-free spread of the feet),
 *    then step 2 runs once more to tidy the edges.
 */
import type { KeypointName } from '../pose';
import type { Side } from '../exercise-core';
import { legLengthPx, pelvisAt, trackPoint } from './body-scale';
import { cloneTracks, type TrackSet } from './keypoint-tracks';
import { estimatePeriodS } from './periodicity';

const LEG_PARTS = ['knee', 'ankle', 'heel', 'foot_index'] as const;
type LegPart = (typeof LEG_PARTS)[number];
const LEGS: readonly Side[] = ['left', 'right'];

export interface SwapRepairOptions {
  /** Error counted per point at most (one wild point must not decide), leg lengths. */
  maxPointError?: number;
  /** Both legs' points closer than this on average (leg lengths), and suddenly, = collapsed. */
  collapseDistance?: number;
  /** Half-width of the window of frames for the local medians, seconds. */
  medianWindowS?: number;
  /** Also compare each frame with the same moment one to three strides away. */
  useStridePeriod?: boolean;
}

const DEFAULTS: Required<SwapRepairOptions> = {
  maxPointError: 0.5,
  collapseDistance: 0.12,
  medianWindowS: 0.07,
  useStridePeriod: true,
};

/** A collapsed frame's leg separation is under this share of its neighbours'. */
const COLLAPSE_DROP = 0.5;
/** Local relabelling rounds (each uses the previous round's labels for the medians). */
const RELABEL_ROUNDS = 3;

export interface SwapRepairResult {
  set: TrackSet;
  /** Per frame: the model's left and right legs were exchanged. */
  swapped: boolean[];
  /** Per frame: both legs were on one place and their points were dropped. */
  collapsed: boolean[];
}

interface Rel {
  x: number;
  y: number;
}
type LegPoints = Record<LegPart, Rel | null>;
type FrameLegs = Record<Side, LegPoints>;

const keyName = (side: Side, part: LegPart): KeypointName => `${side}_${part}`;

function relativeLegs(set: TrackSet, i: number, scale: number): FrameLegs | null {
  const pelvis = pelvisAt(set, i);
  if (!pelvis) return null;
  const legs = {} as FrameLegs;
  for (const side of LEGS) {
    const pts = {} as LegPoints;
    for (const part of LEG_PARTS) {
      const p = trackPoint(set, keyName(side, part), i);
      pts[part] = p ? { x: (p.x - pelvis.x) / scale, y: (p.y - pelvis.y) / scale } : null;
    }
    legs[side] = pts;
  }
  return legs;
}

/** Mean distance between the two legs' matching points (leg lengths), or null with under two pairs seen. */
function legSeparation(legs: FrameLegs): number | null {
  let sum = 0, n = 0;
  for (const part of LEG_PARTS) {
    const l = legs.left[part], r = legs.right[part];
    if (l && r) {
      sum += Math.hypot(l.x - r.x, l.y - r.y);
      n++;
    }
  }
  return n >= 2 ? sum / n : null;
}

const exchanged = (legs: FrameLegs): FrameLegs => ({ left: legs.right, right: legs.left });

function medianOf(v: number[]): number {
  v.sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

/** Per leg and part, the median position over frames i-w..i+w except i; null with under two values. */
function localMedians(legs: ReadonlyArray<FrameLegs | null>, i: number, w: number): FrameLegs {
  const out = {} as FrameLegs;
  for (const side of LEGS) {
    const pts = {} as LegPoints;
    for (const part of LEG_PARTS) {
      const xs: number[] = [], ys: number[] = [];
      for (let j = Math.max(0, i - w); j <= Math.min(legs.length - 1, i + w); j++) {
        const p = j === i ? null : legs[j]?.[side][part];
        if (p) {
          xs.push(p.x);
          ys.push(p.y);
        }
      }
      pts[part] = xs.length >= 2 ? { x: medianOf(xs), y: medianOf(ys) } : null;
    }
    out[side] = pts;
  }
  return out;
}

/** Summed distance of legs to reference legs, each point counted up to `cap`; unseen pairs count cap/2. */
function misfit(legs: FrameLegs, ref: FrameLegs, cap: number): number {
  let cost = 0;
  for (const side of LEGS) {
    for (const part of LEG_PARTS) {
      const p = legs[side][part], q = ref[side][part];
      cost += p && q ? Math.min(Math.hypot(p.x - q.x, p.y - q.y), cap) : cap / 2;
    }
  }
  return cost;
}

/**
 * Rounds of relabelling: each frame takes the labelling that fits `reference` (built from the other
 * frames under the previous round's labels) better, until nothing changes.
 */
function relabel(
  legs: ReadonlyArray<FrameLegs | null>,
  labels: readonly number[],
  reference: (current: ReadonlyArray<FrameLegs | null>, i: number) => FrameLegs | null,
  cap: number,
): number[] {
  const out = [...labels];
  for (let round = 0; round < RELABEL_ROUNDS; round++) {
    const current = legs.map((l, i) => (l && out[i] ? exchanged(l) : l));
    let changed = 0;
    for (let i = 0; i < legs.length; i++) {
      const l = legs[i];
      const ref = l ? reference(current, i) : null;
      if (!l || !ref) continue;
      const s = misfit(exchanged(l), ref, cap) < misfit(l, ref, cap) ? 1 : 0;
      if (s !== out[i]) changed++;
      out[i] = s;
    }
    if (changed === 0) break;
  }
  return out;
}

/** Foot separation along x (swap-invariant): feet spread at each contact, together mid-stance. */
function footSpread(legs: ReadonlyArray<FrameLegs | null>): number[] {
  return legs.map((l) => {
    if (!l) return Number.NaN;
    const parts = (['heel', 'ankle', 'foot_index'] as const).filter((p) => l.left[p] && l.right[p]);
    return parts.length ? parts.reduce((sum, p) => sum + Math.abs(l.left[p]!.x - l.right[p]!.x), 0) / parts.length : Number.NaN;
  });
}

/** Median legs over the frames one to three strides before and after i; null with under two of them. */
function strideReference(current: ReadonlyArray<FrameLegs | null>, i: number, strideFrames: number): FrameLegs | null {
  const others: Array<FrameLegs | null> = [];
  for (const k of [-3, -2, -1, 1, 2, 3]) others.push(current[Math.round(i + k * strideFrames)] ?? null);
  return others.filter((o) => o !== null).length >= 2 ? localMedians([...others, null], others.length, others.length) : null;
}

export function repairLegSwaps(set: TrackSet, options: SwapRepairOptions = {}): SwapRepairResult {
  const o = { ...DEFAULTS, ...options };
  const n = set.t.length;
  const collapsed: boolean[] = new Array<boolean>(n).fill(false);
  const scale = legLengthPx(set);
  if (scale === null) return { set: cloneTracks(set), swapped: new Array<boolean>(n).fill(false), collapsed };

  const legs = Array.from({ length: n }, (_, i) => relativeLegs(set, i, scale));

  // 1. Collapsed frames. Legs that pass each other closely (walking) are close in the frames around
  // too; a collapse is sudden.
  const separation = legs.map((l) => (l ? legSeparation(l) : null));
  for (let i = 0; i < n; i++) {
    const sep = separation[i] ?? null;
    const around = Math.max(separation[i - 1] ?? 0, separation[i + 1] ?? 0);
    if (sep !== null && sep < o.collapseDistance && sep < COLLAPSE_DROP * around) {
      collapsed[i] = true;
      legs[i] = null;
    }
  }

  // 2. Short swaps against local medians.
  const dt = medianFrameStep(set.t);
  const half = Math.max(2, Math.round(o.medianWindowS / dt));
  const local = (current: ReadonlyArray<FrameLegs | null>, i: number): FrameLegs => localMedians(current, i, half);
  let labels = relabel(legs, new Array<number>(n).fill(0), local, o.maxPointError);

  // 3. Longer stretches: the same moment a stride away, then a last local pass for the edges.
  const stepS = o.useStridePeriod ? estimatePeriodS([footSpread(legs)], 1 / dt, 0.12, 2.5) : null;
  if (stepS !== null) {
    labels = relabel(legs, labels, (current, i) => strideReference(current, i, (2 * stepS) / dt), o.maxPointError);
    labels = relabel(legs, labels, local, o.maxPointError);
  }

  // Which leg is "left" is only defined up to one exchange for the whole clip: keep the model's
  // labels for the majority of frames.
  const flip = labels.filter((l) => l === 1).length * 2 > n ? 1 : 0;
  const swapped = labels.map((l) => (l ^ flip) === 1);

  const out = cloneTracks(set);
  for (let i = 0; i < n; i++) {
    for (const part of LEG_PARTS) {
      const l = out.tracks[keyName('left', part)], r = out.tracks[keyName('right', part)];
      if (!l || !r) continue;
      if (collapsed[i]) {
        l.x[i] = l.y[i] = r.x[i] = r.y[i] = Number.NaN;
        continue;
      }
      if (swapped[i]) {
        [l.x[i], r.x[i]] = [r.x[i]!, l.x[i]!];
        [l.y[i], r.y[i]] = [r.y[i]!, l.y[i]!];
      }
    }
  }
  return { set: out, swapped, collapsed };
}

function medianFrameStep(t: readonly number[]): number {
  const steps: number[] = [];
  for (let i = 1; i < t.length; i++) if (t[i]! > t[i - 1]!) steps.push(t[i]! - t[i - 1]!);
  return steps.length ? medianOf(steps) : 1 / 30;
}
