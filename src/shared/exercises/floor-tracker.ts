/**
 * What the exercises done lying on the floor share: a rep is a limb (or the hips) moving away from
 * where it lay at calibration and coming back; one rep at a time, on the side that moved most; the
 * pelvis checked against the body axis for hip hiking when the view shows both hips; optional holds
 * at the top; and an honest "uncertain" for a rep during which the keypoints it needs were mostly
 * not seen. Each exercise module supplies its signal, thresholds and own checks.
 */
import {
  type ActiveFault, angleChangeDeg, type Baseline, type CameraView, type CueKey, type ExerciseTracker,
  FaultCatalog, FaultDebouncer, type FloorBaseline, hipLineImageDeg, hipLineTiltDeg, HoldClock,
  type HoldStatus, holdStep, HysteresisRepCounter, type PoseFrame, type RepCounts, RepLog,
  type RepRecord, type SessionOptions, type Side, type TrackerFrame, trunkSideRatio, withAdjustments,
} from '../exercise-core';
import { type KeypointMap, Ema, SIDES } from '../pose';
import { floorHikeAdjustable, type FloorExercise, type FloorFrame } from './floor-exercise';

/** The hold clock runs while the limb moves slower than this (leg lengths a second): held, not passing through. */
const HOLD_MAX_SPEED = 0.15;
/**
 * Pelvis angles are smoothed over longer than the rep signal: a hike is held through a slide or a
 * raise, while a camera at the feet magnifies keypoint jitter along the body about twofold.
 */
const PELVIS_SMOOTHING_S = 0.4;
/** A rep during which its signal was unseen for more than this share of frames gets no verdict. */
const UNCERTAIN_SHARE = 0.3;
/**
 * A rep also ends once the signal is back within this share of its peak: a leg put down a few
 * centimetres from where it lay before (the straight leg raise clip rests 0.2 leg lengths off
 * after a 1.0 raise) is back down all the same.
 */
const RETURN_SHARE = 0.3;
/** A rep in progress when the set ends counts if it was already this far back down (a clip that stops mid-lowering). */
const LOWERING_SHARE = 0.5;

/** The exercise's tracker with the person's changed hike limits. */
export function floorTracker(ex: FloorExercise, options: SessionOptions, holdSeconds = 0): FloorTracker {
  return new FloorTracker(ex.hike ? { ...ex, hike: withAdjustments(ex.hike, floorHikeAdjustable(ex), options.thresholds) } : ex, holdSeconds);
}

interface RepInProgress {
  startS: number;
  side: Side | null;
  faults: Set<string>;
  metrics: Record<string, number>;
  frames: number;
  unseen: number;
  hold: HoldClock | null;
}

export class FloorTracker implements ExerciseTracker {
  readonly reps: RepCounts = { total: 0, left: 0, right: 0 };
  private baseline: Baseline | null = null;
  private readonly counter: HysteresisRepCounter;
  private readonly moves: Record<Side | 'both', Ema>;
  private readonly tilt = new Ema(PELVIS_SMOOTHING_S);
  private readonly hipLine = new Ema(PELVIS_SMOOTHING_S);
  private readonly sideRatio = new Ema(PELVIS_SMOOTHING_S);
  private readonly debouncer = new FaultDebouncer();
  private current: RepInProgress | null = null;
  private readonly log = new RepLog();
  private lastT: number | null = null;
  private lastMove: number | null = null;
  private armed = true;

  private readonly faults: FaultCatalog;

  constructor(private readonly ex: FloorExercise, private readonly holdSeconds = 0) {
    const th = ex.thresholds;
    this.faults = new FaultCatalog(ex.faults);
    this.counter = new HysteresisRepCounter({ direction: 'rise', enter: th.enter, exit: th.exit, minRepS: th.minRepS, fromRest: th.fromRest });
    this.moves = { left: new Ema(th.smoothingS), right: new Ema(th.smoothingS), both: new Ema(th.smoothingS) };
  }

  start(baseline: Baseline): void {
    this.baseline = baseline;
    this.interrupt();
  }

  rebase(baseline: Baseline): void {
    this.baseline = baseline;
    this.tilt.reset();
    this.hipLine.reset();
    this.sideRatio.reset();
    this.debouncer.reset();
    if (this.current) this.current.faults.clear();
  }

  interrupt(): void {
    this.counter.reset();
    for (const e of Object.values(this.moves)) e.reset();
    this.tilt.reset();
    this.hipLine.reset();
    this.sideRatio.reset();
    this.debouncer.reset();
    this.current = null;
    this.lastT = null;
    this.lastMove = null;
    this.armed = true;
  }

  update(frame: PoseFrame): TrackerFrame {
    const baseline = this.baseline;
    if (!baseline) throw new Error(`${this.ex.name} tracker used before calibration`);
    const t = frame.t, kps = frame.keypoints;
    const dt = holdStep(this.lastT, t);
    this.lastT = t;
    const floor = baseline.floor;
    const empty: TrackerFrame = { metrics: {}, faults: [], faultyKeypoints: [], cues: [], events: [], hold: null };
    // A provisional baseline (the view changed) has no resting limb positions for this view: wait for a new calibration.
    if (!floor || baseline.provisional) return empty;

    const moves = this.readMoves(t, kps, floor);
    const tiltDeg = this.readTilt(t, kps, baseline, floor);
    const hipLineDeg = this.readHipLine(t, kps, baseline, floor);
    const sideRatioChange = this.readSideRatio(t, kps, floor);
    const rep = this.current;
    const side = rep ? rep.side : this.ex.perSide ? strongerSide(moves) : null;
    const v = side === null ? moves.both : moves[side];
    const prevMove = this.lastMove;
    if (v !== null) this.lastMove = v;
    const events: CueKey[] = [];
    let hold: HoldStatus | null = null;

    // A rep ended on the way back (RETURN_SHARE) arms the next one only once the signal is below enter.
    if (!this.armed && v !== null && v < this.ex.thresholds.enter) this.armed = true;
    let ev = v === null || !this.armed ? null : this.counter.update(t, v);
    const peak = this.counter.extreme;
    // Measured from rest, the counter's own exit already sits on the way back.
    if (!ev && v !== null && peak !== null && !this.ex.thresholds.fromRest && v <= RETURN_SHARE * peak) ev = this.counter.end(t);
    if (ev && ev.type !== 'start') this.armed = false;
    if (ev?.type === 'start') this.current = newRep(t, side, this.holdSeconds);
    const cur = this.current;
    const f: FloorFrame | null = cur && v !== null ? { t, kps, baseline, floor, side: cur.side, move: v, restMove: this.counter.base ?? 0, hipLineDeg } : null;
    const raw = f ? [...this.hikeFaults(f.side, tiltDeg, sideRatioChange, baseline.view), ...(this.ex.frameFaults?.(f) ?? [])] : [];
    const active = this.debouncer.update(t, raw);
    if (cur) {
      cur.frames++;
      if (!f) cur.unseen++;
      else {
        cur.metrics.peakMove = Math.max(cur.metrics.peakMove ?? 0, f.move);
        if (tiltDeg !== null && cur.side) {
          cur.metrics.peakHikeDeg = Math.max(cur.metrics.peakHikeDeg ?? 0, (cur.side === 'left' ? 1 : -1) * tiltDeg);
        }
        this.ex.measure?.(f, cur.metrics);
        if (cur.hold) {
          const still = dt > 0 && prevMove !== null && Math.abs(f.move - prevMove) / dt < HOLD_MAX_SPEED;
          if (cur.hold.tick(dt, active.length === 0 && still && f.move >= this.ex.thresholds.enter)) events.push('hold-done');
        }
      }
      for (const fault of active) cur.faults.add(fault.id);
      if (cur.hold) hold = cur.hold.status(cur.side);
    }
    if (ev?.type === 'end' && cur) events.push(...this.closeRep(cur, ev.rep.endS, baseline.view));
    if (ev && ev.type !== 'start') this.current = null;

    const cues: CueKey[] = this.faults.cues(active);
    if (this.current?.hold && !this.current.hold.done) cues.push('hold');
    const advice = this.ex.viewAdvice[baseline.view];
    if (advice) cues.push(advice);
    return {
      metrics: { move: v, moveLeft: moves.left, moveRight: moves.right, pelvisTilt: tiltDeg, hipLine: hipLineDeg, sideRatioChange },
      faults: active,
      faultyKeypoints: this.faults.keypoints(active),
      cues,
      events,
      hold,
    };
  }

  /** A rep still in progress when the set ends counts only if it was well on the way back down. */
  finish(): { repsDetail: RepRecord[] } {
    const rep = this.current, peak = this.counter.extreme;
    if (rep && this.baseline && this.lastT !== null && peak !== null && this.lastMove !== null && this.lastMove <= LOWERING_SHARE * peak) {
      this.closeRep(rep, this.lastT, this.baseline.view);
    }
    this.interrupt();
    return this.completed();
  }

  completed(): { repsDetail: RepRecord[] } {
    return this.log.completed();
  }

  private readMoves(t: number, kps: KeypointMap, floor: FloorBaseline): Record<Side | 'both', number | null> {
    const read = (key: Side | 'both', side: Side | null) => {
      const raw = this.ex.signal(kps, floor, side);
      return raw === null ? null : this.moves[key].update(t, raw);
    };
    return this.ex.perSide
      ? { left: read('left', 'left'), right: read('right', 'right'), both: null }
      : { left: null, right: null, both: read('both', null) };
  }

  private readTilt(t: number, kps: KeypointMap, b: Baseline, floor: FloorBaseline): number | null {
    if (b.view !== 'front' || floor.hipLineTiltDeg === null) return null;
    const tilt = hipLineTiltDeg(kps, floor.foreshortening);
    return tilt === null ? null : this.tilt.update(t, tilt - floor.hipLineTiltDeg);
  }

  private readHipLine(t: number, kps: KeypointMap, b: Baseline, floor: FloorBaseline): number | null {
    if (b.view !== 'front' || floor.hipLineImageDeg === null) return null;
    const angle = hipLineImageDeg(kps);
    return angle === null ? null : this.hipLine.update(t, angleChangeDeg(angle, floor.hipLineImageDeg));
  }

  /** Left-over-right trunk side length against calibration, minus 1 (negative: the left side shortened). */
  private readSideRatio(t: number, kps: KeypointMap, floor: FloorBaseline): number | null {
    const r = trunkSideRatio(kps);
    if (r === null || floor.trunkSideRatio === null || floor.hipLineTiltDeg === null) return null;
    return this.sideRatio.update(t, r / floor.trunkSideRatio - 1);
  }

  private hikeFaults(side: Side | null, tiltDeg: number | null, sideRatioChange: number | null, view: CameraView): ActiveFault[] {
    const th = this.ex.hike;
    if (!th || view !== 'front' || side === null) return [];
    const toward = side === 'left' ? 1 : -1;
    const hike = tiltDeg === null ? null : toward * tiltDeg;
    const shortening = sideRatioChange === null ? null : -toward * sideRatioChange;
    if ((hike !== null && hike > th.hikeDeg) || (shortening !== null && shortening > th.shortening)) {
      return [{ id: 'hip-hike', side, value: hike ?? undefined }];
    }
    return [];
  }

  private closeRep(rep: RepInProgress, endS: number, view: CameraView): CueKey[] {
    const uncertain = rep.frames > 0 && rep.unseen / rep.frames > UNCERTAIN_SHARE;
    const faults = [...rep.faults];
    const events: CueKey[] = [];
    if (!uncertain) {
      for (const id of this.ex.closeFaults?.(rep.metrics, endS - rep.startS, view) ?? []) {
        faults.push(id);
        events.push(this.faults.cue(id));
      }
      if (rep.hold && !rep.hold.done) {
        faults.push('short-hold');
        events.push('short-hold');
      }
    }
    this.reps.total++;
    if (rep.side) this.reps[rep.side]++;
    const notChecked = this.ex.notChecked(view);
    this.log.add({
      ...(rep.side ? { side: rep.side } : {}),
      startS: rep.startS,
      endS,
      faults: uncertain ? [] : faults,
      metrics: rep.metrics,
      ...(rep.hold ? { holdS: rep.hold.seconds } : {}),
      ...(notChecked.length ? { notChecked } : {}),
      ...(uncertain ? { uncertain: true } : {}),
      good: !uncertain && faults.length === 0,
    });
    return events;
  }
}

function strongerSide(moves: Record<Side | 'both', number | null>): Side {
  let best: Side = 'left';
  for (const s of SIDES) if ((moves[s] ?? -Infinity) > (moves[best] ?? -Infinity)) best = s;
  return best;
}

function newRep(t: number, side: Side | null, holdSeconds: number): RepInProgress {
  return { startS: t, side, faults: new Set(), metrics: {}, frames: 0, unseen: 0, hold: HoldClock.forTarget(holdSeconds) };
}
