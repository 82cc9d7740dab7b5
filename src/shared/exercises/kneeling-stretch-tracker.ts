/**
 * The kneeling hip-flexor stretch's tracker: a timed hold per side (the side whose knee is on the
 * floor), whose clock runs only while the back thigh is behind vertical (the hips eased forward)
 * and the trunk stays upright, neither leaning back (the lower back arching) nor forward.
 */
import {
  type ActiveFault, backKneeSide, backThighDeg, type Baseline, type CueKey, type ExerciseTracker,
  FaultCatalog, FaultDebouncer, holdStep, kneelingFacing, kneelingTrunkDeg, type PoseFrame, type RepCounts,
  RepLog, type RepRecord, type SetSummary, type Side, sideHolds, type TrackerFrame,
} from '../exercise-core';
import { Ema } from '../pose';

export interface KneelingStretchThresholds {
  hipsForwardDeg: number;
  hipsBackSlackDeg: number;
  archDeg: number;
  trunkForwardDeg: number;
  smoothingS: number;
}

/** The other knee must be down this long before the stretch counts as switched to that side. */
const SWITCH_SIDE_S = 0.6;
/** No knee on the floor this long: the person got up, and the attempt ends. */
const GOT_UP_S = 1;

interface Attempt {
  side: Side;
  facing: 1 | -1 | null;
  startS: number;
  /** The hips reached the stretch at least once. */
  reached: boolean;
  goodS: number;
  peakThighDeg: number;
  peakArchDeg: number;
  brokeAt: { id: string; atS: number } | null;
  faults: Set<string>;
  done: boolean;
}

export class KneelingStretchTracker implements ExerciseTracker {
  readonly reps: RepCounts = { total: 0, left: 0, right: 0 };
  private attempt: Attempt | null = null;
  private readonly log = new RepLog();
  private readonly brokeBy = new Map<number, string>();
  private readonly debouncer = new FaultDebouncer();
  private readonly thigh: Ema;
  private readonly trunk: Ema;
  private lastT: number | null = null;
  private kneelingAt: number | null = null;
  private otherSideSince: number | null = null;

  constructor(private readonly th: KneelingStretchThresholds, private readonly testSeconds: number, private readonly faults: FaultCatalog) {
    this.thigh = new Ema(th.smoothingS);
    this.trunk = new Ema(th.smoothingS);
  }

  start(_baseline: Baseline): void {
    this.interrupt();
  }

  /** The measures are taken against the body's own lines, not the baseline: nothing to swap. */
  rebase(_baseline: Baseline): void {}

  update(frame: PoseFrame): TrackerFrame {
    const t = frame.t, kps = frame.keypoints;
    const dt = holdStep(this.lastT, t);
    this.lastT = t;
    const back = backKneeSide(kps);
    if (back) this.kneelingAt = t;
    this.followSide(back, t);
    const a = this.attempt;
    if (!a) {
      this.debouncer.update(t, []);
      return { metrics: {}, faults: [], faultyKeypoints: [], cues: [], events: [], hold: null };
    }

    // Measured only while that knee is down: getting up, the same lines mean something else.
    const down = back === a.side;
    if (down) a.facing = kneelingFacing(kps, a.side) ?? a.facing;
    const rawThigh = !down || a.facing === null ? null : backThighDeg(kps, a.side, a.facing);
    const rawTrunk = !down || a.facing === null ? null : kneelingTrunkDeg(kps, a.facing);
    const thigh = rawThigh === null ? null : this.thigh.update(t, rawThigh);
    const trunk = rawTrunk === null ? null : this.trunk.update(t, rawTrunk);
    if (thigh !== null && thigh >= this.th.hipsForwardDeg) a.reached = true;
    if (thigh !== null) a.peakThighDeg = Math.max(a.peakThighDeg, thigh);
    if (trunk !== null) a.peakArchDeg = Math.max(a.peakArchDeg, -trunk);

    const raw: ActiveFault[] = [];
    if (!a.done) {
      if (trunk !== null && trunk < -this.th.archDeg) raw.push({ id: 'stretch-arching', value: -trunk });
      if (trunk !== null && trunk > this.th.trunkForwardDeg) raw.push({ id: 'stretch-trunk-forward', value: trunk });
      if (a.reached && thigh !== null && thigh < this.th.hipsForwardDeg - this.th.hipsBackSlackDeg) raw.push({ id: 'stretch-hips-back', side: a.side, value: thigh });
    }
    const active = this.debouncer.update(t, raw);
    for (const f of active) a.faults.add(f.id);
    const inStretch = a.reached && thigh !== null && thigh >= this.th.hipsForwardDeg - this.th.hipsBackSlackDeg;
    const good = inStretch && active.length === 0;
    const events: CueKey[] = [];
    if (!a.done) {
      if (good) a.goodS += dt;
      else if (a.reached && !a.brokeAt && active[0]) a.brokeAt = { id: active[0].id, atS: a.goodS };
      if (a.goodS >= this.testSeconds) {
        a.done = true;
        events.push(this.log.records.some((r) => r.side !== a.side && r.good) ? 'test-done' : 'switch-sides');
      }
    }
    const cues: CueKey[] = this.faults.cues(active);
    if (!a.done && !a.reached) cues.push('stretch-hips-forward');
    if (good && !a.done) cues.push('hold');
    return {
      metrics: { backThighDeg: thigh, trunkDeg: trunk },
      faults: active,
      faultyKeypoints: this.faults.keypoints(active),
      cues,
      events,
      hold: { side: a.side, seconds: Math.min(a.goodS, this.testSeconds), target: this.testSeconds },
    };
  }

  /** Starts an attempt when a knee goes down; ends it once the other knee has been down a while, or the person got up. */
  private followSide(back: Side | null, t: number): void {
    const a = this.attempt;
    if (a) {
      if (back && back !== a.side) this.otherSideSince ??= t;
      else this.otherSideSince = null;
      const switched = this.otherSideSince !== null && t - this.otherSideSince >= SWITCH_SIDE_S;
      const gotUp = this.kneelingAt === null || t - this.kneelingAt > GOT_UP_S;
      if (switched || gotUp) this.close(a, t);
    }
    if (!this.attempt && back) this.newAttempt(back, t);
  }

  private newAttempt(side: Side, t: number): void {
    this.attempt = {
      side, facing: null, startS: t, reached: false, goodS: 0, peakThighDeg: -Infinity, peakArchDeg: -Infinity,
      brokeAt: null, faults: new Set(), done: false,
    };
    this.otherSideSince = null;
    this.thigh.reset();
    this.trunk.reset();
    this.debouncer.reset();
  }

  private close(a: Attempt, endS: number): void {
    this.attempt = null;
    this.debouncer.reset();
    // Kneeling down without ever easing into the stretch is getting into position, not an attempt.
    if (!a.reached) return;
    if (!a.done && !a.brokeAt) a.brokeAt = { id: 'stretch-hips-back', atS: a.goodS };
    this.reps.total++;
    this.reps[a.side]++;
    const record = this.log.add({
      side: a.side,
      startS: a.startS,
      endS,
      // Ended before its seconds were up: the hold was too short, whatever broke it.
      faults: [...a.faults, ...(a.done ? [] : ['short-hold'])],
      metrics: {
        peakThighDeg: a.peakThighDeg,
        ...(Number.isFinite(a.peakArchDeg) ? { peakArchDeg: a.peakArchDeg } : {}),
        ...(a.brokeAt ? { brokeAtS: a.brokeAt.atS } : {}),
      },
      holdS: Math.min(a.goodS, this.testSeconds),
      good: a.done,
    });
    if (a.brokeAt) this.brokeBy.set(record.index, a.brokeAt.id);
  }

  interrupt(): void {
    if (this.attempt) this.close(this.attempt, this.lastT ?? this.attempt.startS);
    this.thigh.reset();
    this.trunk.reset();
    this.debouncer.reset();
    this.lastT = null;
    this.kneelingAt = null;
    this.otherSideSince = null;
  }

  finish(): { repsDetail: RepRecord[]; holds: NonNullable<SetSummary['holds']> } {
    this.interrupt();
    return this.completed();
  }

  completed(): { repsDetail: RepRecord[]; holds: NonNullable<SetSummary['holds']> } {
    return { ...this.log.completed(), holds: sideHolds(this.log.records, this.brokeBy) };
  }
}
