/**
 * What the standing knee-lift exercises (march, hip-flexor test) share: the knee lifts and the
 * pelvis and trunk readings against the calibration baseline, the fault debouncer, and the time
 * step each frame adds to a hold clock.
 */
import {
  type Baseline, FaultDebouncer, type FrontalChange, frontalChecksHold, FrontalTracker, holdStep,
  KneeLifts, type PoseFrame, type RepCounterEvent, type Side,
} from '../exercise-core';

export interface KneeLiftThresholds {
  liftEnterK: number;
  liftExitK: number;
  minRepS: number;
  smoothingS: number;
}

export interface KneeLiftReading {
  baseline: Baseline;
  t: number;
  /** Seconds since the previous frame, capped for hold clocks. */
  dt: number;
  k: Record<Side, number | null>;
  events: Record<Side, RepCounterEvent | null>;
  change: FrontalChange;
}

export abstract class KneeLiftTracker {
  protected baseline: Baseline | null = null;
  protected readonly lifts: KneeLifts;
  protected readonly frontal: FrontalTracker;
  protected readonly debouncer = new FaultDebouncer();
  protected lastT: number | null = null;

  constructor(th: KneeLiftThresholds, private readonly name: string) {
    this.lifts = new KneeLifts({ enterK: th.liftEnterK, exitK: th.liftExitK, minRepS: th.minRepS, smoothingS: th.smoothingS });
    this.frontal = new FrontalTracker(th.smoothingS);
  }

  start(baseline: Baseline): void {
    this.baseline = baseline;
    this.interrupt();
  }

  /** Keeps the lift in progress; pelvis and lean restart from the new baseline. */
  rebase(baseline: Baseline): void {
    this.baseline = baseline;
    this.frontal.reset();
    this.debouncer.reset();
  }

  /** Forgets the lift in progress and the smoothing (person lost, set ended). */
  interrupt(): void {
    this.lifts.reset();
    this.frontal.reset();
    this.debouncer.reset();
    this.lastT = null;
  }

  /** Pelvis and lean can be judged on the current baseline (see frontalChecksHold). */
  protected get frontalSeen(): boolean {
    return this.baseline !== null && frontalChecksHold(this.baseline);
  }

  protected read(frame: PoseFrame): KneeLiftReading {
    const baseline = this.baseline;
    if (!baseline) throw new Error(`${this.name} tracker used before calibration`);
    const t = frame.t;
    const dt = holdStep(this.lastT, t);
    this.lastT = t;
    const { k, events } = this.lifts.update(t, frame.keypoints, baseline);
    const change = this.frontal.update(t, frame.keypoints, baseline);
    return { baseline, t, dt, k, events, change };
  }
}
