/**
 * The bird dog's tracker: on hands and knees, one leg reaches straight back while the opposite arm
 * reaches forward, and comes back. A rep per leg, counted on how far its thigh has swung up from
 * hanging under the hip (the knee's angle below the line of the back); while a leg is out, the
 * hips must stay level and up, and at the top leg and arm should reach the line of the back.
 */
import {
  type ActiveFault, type Baseline, belowBodyLineDeg, type CueKey, type ExerciseTracker,
  FaultCatalog, FaultDebouncer, HysteresisRepCounter, type PoseFrame, type RepCounts, RepLog, type RepRecord,
  type Side, type TrackerFrame,
} from '../exercise-core';
import { Ema, type KeypointMap, point, sided, sideMean, SIDES } from '../pose';

export interface BirdDogThresholds {
  thighUpDeg: number;
  thighDownDeg: number;
  minRepS: number;
  smoothingS: number;
  legLowDeg: number;
  armLowDeg: number;
  hipTipK: number;
  sagK: number;
}

const OTHER: Record<Side, Side> = { left: 'right', right: 'left' };

interface Reach {
  startS: number;
  /** The lowest the leg (hip to ankle) and the opposite arm (shoulder to wrist) were below the back's line, degrees. */
  legBelowDeg: number | null;
  armBelowDeg: number | null;
  peakTipK: number;
  peakSagK: number;
  faults: Set<string>;
}

/** A limb's angle below the back's line: a leg from its hip, behind; an arm from its shoulder, ahead. */
function limbBelow(kps: KeypointMap, side: Side, limb: 'leg' | 'arm', tip: 'knee' | 'ankle' | 'wrist'): number | null {
  const hips = sideMean(kps, 'hip'), shoulders = sideMean(kps, 'shoulder');
  const root = point(kps, sided(side, limb === 'leg' ? 'hip' : 'shoulder')), end = point(kps, sided(side, tip));
  if (!hips || !shoulders || !root || !end) return null;
  return limb === 'leg' ? belowBodyLineDeg(shoulders, root, end) : belowBodyLineDeg(hips, root, end);
}

export class BirdDogTracker implements ExerciseTracker {
  readonly reps: RepCounts = { total: 0, left: 0, right: 0 };
  private baseline: Baseline | null = null;
  private readonly thigh: Record<Side, Ema>;
  private readonly counters: Record<Side, HysteresisRepCounter>;
  private current: Record<Side, Reach | null> = { left: null, right: null };
  private readonly debouncer = new FaultDebouncer();
  private readonly log = new RepLog();
  private lastT: number | null = null;

  constructor(private readonly th: BirdDogThresholds, private readonly faults: FaultCatalog) {
    this.thigh = { left: new Ema(th.smoothingS), right: new Ema(th.smoothingS) };
    const counter = () => new HysteresisRepCounter({ direction: 'fall', enter: th.thighUpDeg, exit: th.thighDownDeg, minRepS: th.minRepS });
    this.counters = { left: counter(), right: counter() };
  }

  start(baseline: Baseline): void {
    this.baseline = baseline;
    this.interrupt();
  }

  rebase(baseline: Baseline): void {
    this.baseline = baseline;
  }

  update(frame: PoseFrame): TrackerFrame {
    const b = this.baseline;
    if (!b) throw new Error('bird dog tracker used before calibration');
    const t = frame.t, kps = frame.keypoints;
    this.lastT = t;
    const thigh: Record<Side, number | null> = { left: null, right: null };
    for (const side of SIDES) {
      const raw = limbBelow(kps, side, 'leg', 'knee');
      thigh[side] = raw === null ? null : this.thigh[side].update(t, raw);
    }
    const events = {
      left: thigh.left === null ? null : this.counters.left.update(t, thigh.left),
      right: thigh.right === null ? null : this.counters.right.update(t, thigh.right),
    };
    for (const side of SIDES) if (events[side]?.type === 'start') this.current[side] = newReach(t);

    const out = SIDES.filter((s) => this.current[s] !== null);
    const leg = out.length > 1 ? ((thigh.left ?? 90) <= (thigh.right ?? 90) ? 'left' : 'right') : out[0];
    const raw: ActiveFault[] = [];
    let tip: number | null = null, sag: number | null = null;
    if (leg) {
      tip = this.hipTip(kps, leg, b);
      sag = this.hipsSink(kps, b);
      if (tip !== null && tip > this.th.hipTipK) raw.push({ id: 'hips-tip', side: leg, value: tip });
      if (sag !== null && sag > this.th.sagK) raw.push({ id: 'trunk-sag', value: sag });
    }
    const active = this.debouncer.update(t, raw);
    if (leg) {
      const r = this.current[leg]!;
      for (const f of active) r.faults.add(f.id);
      r.peakTipK = Math.max(r.peakTipK, tip ?? 0);
      r.peakSagK = Math.max(r.peakSagK, sag ?? 0);
      const legBelow = limbBelow(kps, leg, 'leg', 'ankle'), armBelow = limbBelow(kps, OTHER[leg], 'arm', 'wrist');
      if (legBelow !== null) r.legBelowDeg = Math.min(r.legBelowDeg ?? Infinity, legBelow);
      if (armBelow !== null) r.armBelowDeg = Math.min(r.armBelowDeg ?? Infinity, armBelow);
    }

    const eventCues: CueKey[] = [];
    for (const side of SIDES) {
      const ev = events[side], r = this.current[side];
      if (ev?.type === 'end' && r) eventCues.push(...this.close(side, r, ev.rep.endS));
      if (ev && ev.type !== 'start') this.current[side] = null;
    }
    return {
      metrics: { thighLeftDeg: thigh.left, thighRightDeg: thigh.right, hipTip: tip, hipsSink: sag },
      faults: active,
      faultyKeypoints: this.faults.keypoints(active),
      cues: this.faults.cues(active),
      events: eventCues,
      hold: null,
    };
  }

  /** The reaching leg's hip risen above the other (from how they sat at the start), thigh lengths. */
  private hipTip(kps: KeypointMap, leg: Side, b: Baseline): number | null {
    const h = point(kps, sided(leg, 'hip')), o = point(kps, sided(OTHER[leg], 'hip'));
    const h0 = b.hipY[leg], o0 = b.hipY[OTHER[leg]];
    return h && o && h0 !== null && o0 !== null ? (o.y - h.y - (o0 - h0)) / b.thigh : null;
  }

  /** The hips sunk toward the floor from where they were at the start, thigh lengths. */
  private hipsSink(kps: KeypointMap, b: Baseline): number | null {
    const sinks = SIDES.flatMap((s) => {
      const h = point(kps, sided(s, 'hip')), y0 = b.hipY[s];
      return h && y0 !== null ? [(h.y - y0) / b.thigh] : [];
    });
    return sinks.length ? sinks.reduce((a, x) => a + x, 0) / sinks.length : null;
  }

  private close(side: Side, r: Reach, endS: number): CueKey[] {
    const faults = [...r.faults];
    const events: CueKey[] = [];
    if (r.legBelowDeg !== null && r.legBelowDeg > this.th.legLowDeg) {
      faults.push('leg-low');
      events.push('leg-low');
    }
    if (r.armBelowDeg !== null && r.armBelowDeg > this.th.armLowDeg) {
      faults.push('arm-low');
      events.push('arm-low');
    }
    this.reps.total++;
    this.reps[side]++;
    const metrics: Record<string, number> = { peakTipK: r.peakTipK, peakSagK: r.peakSagK };
    if (r.legBelowDeg !== null) metrics.legBelowDeg = r.legBelowDeg;
    if (r.armBelowDeg !== null) metrics.armBelowDeg = r.armBelowDeg;
    const notChecked = [...(r.legBelowDeg === null ? ['leg-low'] : []), ...(r.armBelowDeg === null ? ['arm-low'] : [])];
    this.log.add({ side, startS: r.startS, endS, faults, metrics, ...(notChecked.length ? { notChecked } : {}), good: faults.length === 0 });
    return events;
  }

  interrupt(): void {
    for (const side of SIDES) {
      this.thigh[side].reset();
      this.counters[side].reset();
    }
    this.current = { left: null, right: null };
    this.debouncer.reset();
    this.lastT = null;
  }

  /** A reach still out when the set ends counts if the leg already came up to the back's line. */
  finish(): { repsDetail: RepRecord[] } {
    for (const side of SIDES) {
      const r = this.current[side];
      if (r && r.legBelowDeg !== null && r.legBelowDeg <= this.th.legLowDeg && this.lastT !== null) this.close(side, r, this.lastT);
    }
    this.interrupt();
    return this.completed();
  }

  completed(): { repsDetail: RepRecord[] } {
    return this.log.completed();
  }
}

function newReach(t: number): Reach {
  return { startS: t, legBelowDeg: null, armBelowDeg: null, peakTipK: 0, peakSagK: 0, faults: new Set() };
}
