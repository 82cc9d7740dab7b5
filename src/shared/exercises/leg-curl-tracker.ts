/**
 * The standing leg curl's tracker: per leg, the heel's rise toward the knee (heelCurl) counted by
 * a hysteresis counter; while a leg curls, the pelvis and trunk from the front (as in the march)
 * and the thigh's swing forward. A "curl" made with both knees bent or the body sinking (a squat,
 * a lunge, kneeling) is not counted.
 */
import {
  type ActiveFault, type Baseline, type CueKey, type ExerciseTracker, FaultCatalog, FaultDebouncer, FRONTAL_FAULTS,
  frontalChecksHold, FrontalPeaks, FrontalTracker, HysteresisRepCounter, type LiftFaultThresholds, liftFaults, type PoseFrame, type RepCounts, RepLog,
  type RepRecord, type Side, type TrackerFrame,
} from '../exercise-core';
import { Ema, heelCurl, type KeypointMap, point, sided, SIDES } from '../pose';

export interface LegCurlThresholds extends LiftFaultThresholds {
  minRepS: number;
  smoothingS: number;
  curlEnter: number;
  curlExit: number;
  otherLegBentMax: number;
  hipsSinkMax: number;
  kneeSinkMax: number;
  targetCurl: number;
  kneeForwardK: number;
}

interface CurlInProgress {
  startS: number;
  peakCurl: number;
  peakKneeForward: number;
  /** The other leg's largest bend meanwhile: both bent is a squat or a jump, not a curl. */
  otherPeakCurl: number;
  /** How far the hips and the curling knee sank below standing, thigh lengths: a squat or a lunge. */
  peakHipsSink: number;
  peakKneeSink: number;
  faults: Set<string>;
  frontal: FrontalPeaks;
}

const OTHER: Record<Side, Side> = { left: 'right', right: 'left' };

/**
 * The standing shin's height, knee to ankle, px: the longer side's, so a calibration made with
 * one heel already up still measures the curl from a straight leg.
 */
function standingShin(b: Baseline): number | null {
  const shins = SIDES.map((s) => (b.ankleY[s] !== null && b.kneeY[s] !== null ? b.ankleY[s]! - b.kneeY[s]! : null))
    .filter((v): v is number => v !== null && v > 0);
  return shins.length ? Math.max(...shins) : null;
}

/**
 * The knee's rise above the other knee, from how the two stood, thigh lengths: the thigh swinging
 * forward. Measured against the other knee rather than the hip because the hip points wander (on
 * the real held curl both hips read 20 px lower once the arms went up, which shortened both thighs).
 */
function kneeAboveOther(kps: KeypointMap, side: Side, b: Baseline): number | null {
  const knee = point(kps, sided(side, 'knee')), other = point(kps, sided(OTHER[side], 'knee'));
  const y0 = b.kneeY[side], otherY0 = b.kneeY[OTHER[side]];
  if (!knee || !other || y0 === null || otherY0 === null) return null;
  return (other.y - knee.y - (otherY0 - y0)) / b.thigh;
}

/** How far a keypoint pair sank below its standing height, thigh lengths (the mean of the sides seen). */
function sinkBelow(kps: KeypointMap, part: 'hip' | 'knee', sides: readonly Side[], b: Baseline): number | null {
  const standing = part === 'hip' ? b.hipY : b.kneeY;
  const sinks = sides.flatMap((s) => {
    const p = point(kps, sided(s, part)), y0 = standing[s];
    return p && y0 !== null ? [(p.y - y0) / b.thigh] : [];
  });
  return sinks.length ? sinks.reduce((a, x) => a + x, 0) / sinks.length : null;
}

export class LegCurlTracker implements ExerciseTracker {
  readonly reps: RepCounts = { total: 0, left: 0, right: 0 };
  private baseline: Baseline | null = null;
  private shin: number | null = null;
  private lastT: number | null = null;
  private readonly frontal: FrontalTracker;
  private readonly debouncer = new FaultDebouncer();
  private readonly curlEma: Record<Side, Ema>;
  private readonly forwardEma: Record<Side, Ema>;
  private readonly counters: Record<Side, HysteresisRepCounter>;
  private current: Record<Side, CurlInProgress | null> = { left: null, right: null };
  private readonly log = new RepLog();

  constructor(private readonly th: LegCurlThresholds, private readonly faults: FaultCatalog) {
    this.frontal = new FrontalTracker(th.smoothingS);
    this.curlEma = { left: new Ema(th.smoothingS), right: new Ema(th.smoothingS) };
    this.forwardEma = { left: new Ema(th.smoothingS), right: new Ema(th.smoothingS) };
    const counter = () => new HysteresisRepCounter({ direction: 'rise', enter: th.curlEnter, exit: th.curlExit, minRepS: th.minRepS });
    this.counters = { left: counter(), right: counter() };
  }

  start(baseline: Baseline): void {
    this.baseline = baseline;
    this.interrupt();
    this.shin = standingShin(baseline);
  }

  /** Keeps the curl in progress; pelvis and lean restart from the new baseline. */
  rebase(baseline: Baseline): void {
    this.baseline = baseline;
    this.frontal.reset();
    this.debouncer.reset();
    this.shin = standingShin(baseline) ?? this.shin;
  }

  /** Pelvis and lean can be judged on the current baseline (see frontalChecksHold). */
  private get frontalSeen(): boolean {
    return this.baseline !== null && frontalChecksHold(this.baseline);
  }

  update(frame: PoseFrame): TrackerFrame {
    const baseline = this.baseline;
    if (!baseline) throw new Error('leg curl tracker used before calibration');
    const t = frame.t, kps = frame.keypoints;
    this.lastT = t;
    const change = this.frontal.update(t, kps, baseline);
    const curl: Record<Side, number | null> = { left: null, right: null };
    for (const side of SIDES) {
      const raw = this.shin === null ? null : heelCurl(kps, side, this.shin);
      curl[side] = raw === null ? null : this.curlEma[side].update(t, raw);
    }
    const count = (side: Side) => (curl[side] === null ? null : this.counters[side].update(t, curl[side]));
    const events = { left: count('left'), right: count('right') };
    for (const side of SIDES) if (events[side]?.type === 'start') this.current[side] = newCurl(t);

    const curling = SIDES.filter((s) => this.current[s] !== null);
    const curlSide = curling.length > 1 ? ((curl.left ?? 0) >= (curl.right ?? 0) ? 'left' : 'right') : curling[0];
    const forward: Record<Side, number | null> = { left: null, right: null };
    for (const side of curling) {
      const v = kneeAboveOther(kps, side, baseline);
      forward[side] = v === null ? null : this.forwardEma[side].update(t, v);
    }
    const raw: ActiveFault[] = [];
    if (curlSide) {
      raw.push(...liftFaults(curlSide, change, this.th));
      const f = forward[curlSide];
      if (f !== null && f > this.th.kneeForwardK) raw.push({ id: 'knee-forward', side: curlSide, value: f });
    }
    const active = this.debouncer.update(t, raw);
    const cues: CueKey[] = this.faults.cues(active);
    if (!this.frontalSeen) cues.push('curl-side-no-pelvis');

    for (const side of SIDES) {
      const rep = this.current[side];
      if (!rep) continue;
      rep.peakCurl = Math.max(rep.peakCurl, curl[side] ?? 0);
      rep.peakKneeForward = Math.max(rep.peakKneeForward, forward[side] ?? 0);
      rep.otherPeakCurl = Math.max(rep.otherPeakCurl, curl[OTHER[side]] ?? 0);
      rep.peakHipsSink = Math.max(rep.peakHipsSink, sinkBelow(kps, 'hip', SIDES, baseline) ?? 0);
      rep.peakKneeSink = Math.max(rep.peakKneeSink, sinkBelow(kps, 'knee', [side], baseline) ?? 0);
      if (side !== curlSide) continue;
      for (const f of active) rep.faults.add(f.id);
      rep.frontal.update(side, change);
    }

    const eventCues: CueKey[] = [];
    for (const side of SIDES) {
      const ev = events[side], rep = this.current[side];
      if (ev?.type === 'end' && rep) eventCues.push(...this.closeCurl(side, rep, ev.rep.endS));
      if (ev && ev.type !== 'start') this.current[side] = null;
    }

    return {
      metrics: { curlLeft: curl.left, curlRight: curl.right, pelvicTilt: change.pelvisDeg, sideLean: change.leanDeg },
      faults: active,
      faultyKeypoints: this.faults.keypoints(active),
      cues,
      events: eventCues,
      hold: null,
    };
  }

  private closeCurl(side: Side, rep: CurlInProgress, endS: number): CueKey[] {
    const th = this.th;
    if (rep.otherPeakCurl > th.otherLegBentMax || rep.peakHipsSink > th.hipsSinkMax || rep.peakKneeSink > th.kneeSinkMax) return [];
    const faults = [...rep.faults];
    const events: CueKey[] = [];
    if (rep.peakCurl < this.th.targetCurl) {
      faults.push('low-curl');
      events.push('low-curl');
    }
    this.reps.total++;
    this.reps[side]++;
    const metrics: Record<string, number> = { peakCurl: rep.peakCurl, peakKneeForward: rep.peakKneeForward };
    const frontal = this.frontalSeen;
    if (frontal) Object.assign(metrics, rep.frontal.metrics);
    this.log.add({
      side, startS: rep.startS, endS, faults, metrics,
      ...(frontal ? {} : { notChecked: [...FRONTAL_FAULTS] }),
      good: faults.length === 0,
    });
    return events;
  }

  interrupt(): void {
    this.frontal.reset();
    this.debouncer.reset();
    this.lastT = null;
    for (const side of SIDES) {
      this.curlEma[side].reset();
      this.forwardEma[side].reset();
      this.counters[side].reset();
    }
    this.current = { left: null, right: null };
  }

  /** A curl still up when the set ends counts if it already reached the target, as a march's lift does. */
  finish(): { repsDetail: RepRecord[] } {
    for (const side of SIDES) {
      const rep = this.current[side];
      if (rep && rep.peakCurl >= this.th.targetCurl && this.lastT !== null) this.closeCurl(side, rep, this.lastT);
    }
    this.interrupt();
    return this.completed();
  }

  completed(): { repsDetail: RepRecord[] } {
    return this.log.completed();
  }
}

function newCurl(t: number): CurlInProgress {
  return {
    startS: t, peakCurl: 0, peakKneeForward: 0, otherPeakCurl: 0, peakHipsSink: 0, peakKneeSink: 0, faults: new Set(),
    frontal: new FrontalPeaks(),
  };
}
