/**
 * Standing hip-flexor strength test: raise one knee above hip height and hold it for
 * options.testSeconds (30 s by default) per side with the pelvis level and the trunk upright. The
 * clock runs only while form is good. Reports good-form seconds per side, what broke form first
 * and the left/right difference. From the side (or turned past FRONTAL_MAX_TURN_DEG) the clock
 * runs on knee height alone; pelvis and lean are not checked, and each attempt says so.
 */
import {
  type CueKey, type ExerciseDefinition, type ExerciseTracker, FaultCatalog, type FaultDefinition,
  FRONTAL_FAULTS, LIFT_FAULTS, liftFaults, type PoseFrame, type RepCounts, RepLog, type RepRecord,
  type SessionOptions, type SetSummary, SHORT_HOLD, type Side, sideHolds, type TrackerFrame, withAdjustments,
} from '../exercise-core';
import { KneeLiftTracker } from './knee-lift-tracker';
import { bothSides, SIDES } from '../pose';
import { MARCH_ADJUSTABLE, MARCH_THRESHOLDS } from './march';

/** Every default threshold of the test. Pelvis and lean limits are the march's, measured on the same UI-PRMD lifts. */
export const HIP_FLEXOR_TEST_THRESHOLDS = {
  testSeconds: 30,
  liftEnterK: MARCH_THRESHOLDS.liftEnterK,
  liftExitK: MARCH_THRESHOLDS.liftExitK,
  minRepS: MARCH_THRESHOLDS.minRepS,
  /** Knee at or above hip height. */
  targetK: MARCH_THRESHOLDS.targetK,
  hikeDeg: MARCH_THRESHOLDS.hikeDeg,
  dropDeg: MARCH_THRESHOLDS.dropDeg,
  leanAwayDeg: MARCH_THRESHOLDS.leanAwayDeg,
  leanTowardDeg: MARCH_THRESHOLDS.leanTowardDeg,
  smoothingS: MARCH_THRESHOLDS.smoothingS,
} as const;

type Thresholds = typeof HIP_FLEXOR_TEST_THRESHOLDS;

/** The lift is judged as in the march: the same limits, changed on their own here. */
const HIP_FLEXOR_ADJUSTABLE = MARCH_ADJUSTABLE.filter((a) => a.key in HIP_FLEXOR_TEST_THRESHOLDS);

interface Attempt {
  side: Side;
  startS: number;
  reachedTarget: boolean;
  goodS: number;
  peakK: number;
  brokeAt: { id: string; atS: number } | null;
  faults: Set<string>;
  done: boolean;
}

class HipFlexorTestTracker extends KneeLiftTracker implements ExerciseTracker {
  readonly reps: RepCounts = { total: 0, left: 0, right: 0 };
  private attempt: Attempt | null = null;
  private readonly log = new RepLog();
  /** What broke form first in each closed attempt, by its rep index. */
  private readonly brokeBy = new Map<number, string>();

  constructor(private readonly th: Thresholds, private readonly testSeconds: number, private readonly faults: FaultCatalog) {
    super(th, 'hip-flexor test');
  }

  update(frame: PoseFrame): TrackerFrame {
    const { t, dt, k, events, change } = this.read(frame);
    if (!this.attempt) {
      const side = SIDES.find((s) => events[s]?.type === 'start');
      if (side) this.attempt = newAttempt(side, t);
    }
    const a = this.attempt;
    const eventCues: CueKey[] = [];
    const metrics = { liftLeft: k.left, liftRight: k.right, pelvicTilt: change.pelvisDeg, sideLean: change.leanDeg };
    if (!a) {
      this.debouncer.update(t, []);
      return { metrics, faults: [], faultyKeypoints: [], cues: [], events: [], hold: null };
    }

    const kNow = k[a.side] ?? 0;
    a.peakK = Math.max(a.peakK, kNow);
    if (kNow >= this.th.targetK) a.reachedTarget = true;
    // Once the hold is complete, lowering the leg is the end of the test, not a fault.
    const raw = a.done ? [] : liftFaults(a.side, change, this.th);
    if (!a.done && a.reachedTarget && kNow < this.th.targetK) raw.push({ id: 'knee-low', side: a.side, value: kNow });
    const active = this.debouncer.update(t, raw);
    for (const f of active) a.faults.add(f.id);
    const good = a.reachedTarget && active.length === 0;
    if (!a.done) {
      if (good) a.goodS += dt;
      else if (a.reachedTarget && !a.brokeAt && active[0]) a.brokeAt = { id: active[0].id, atS: a.goodS };
      if (a.goodS >= this.testSeconds) {
        a.done = true;
        eventCues.push(this.sideDone(a.side) ? 'test-done' : 'switch-sides');
      }
    }
    const cues: CueKey[] = this.faults.cues(active);
    if (good && !a.done) cues.push('hold');
    if (!this.frontalSeen) cues.push('hold-side-no-pelvis');
    const ev = events[a.side];
    if (ev && ev.type !== 'start') this.close(a, t, ev.type === 'end');
    return {
      metrics,
      faults: active,
      faultyKeypoints: this.faults.keypoints(active),
      cues,
      events: eventCues,
      hold: { side: a.side, seconds: Math.min(a.goodS, this.testSeconds), target: this.testSeconds },
    };
  }

  /** True when the other side already has a completed hold. */
  private sideDone(side: Side): boolean {
    return this.log.records.some((record) => record.side !== side && record.good);
  }

  private close(a: Attempt, endS: number, counted: boolean): void {
    this.attempt = null;
    this.debouncer.reset();
    if (!counted) return;
    if (!a.done && !a.brokeAt) a.brokeAt = { id: 'knee-low', atS: a.goodS };
    this.reps.total++;
    this.reps[a.side]++;
    const record = this.log.add({
      side: a.side,
      startS: a.startS,
      endS,
      // Lowered before its seconds were up: too short, whatever ended it (else it read "good form" in red).
      faults: [...a.faults, ...(a.done ? [] : ['short-hold'])],
      metrics: { peakLift: a.peakK, ...(a.brokeAt ? { brokeAtS: a.brokeAt.atS } : {}) },
      holdS: Math.min(a.goodS, this.testSeconds),
      ...(this.frontalSeen ? {} : { notChecked: [...FRONTAL_FAULTS] }),
      good: a.done,
    });
    if (a.brokeAt) this.brokeBy.set(record.index, a.brokeAt.id);
  }

  override interrupt(): void {
    if (this.attempt) this.close(this.attempt, this.lastT ?? this.attempt.startS, true);
    super.interrupt();
  }

  finish(): { repsDetail: RepRecord[]; holds: NonNullable<SetSummary['holds']> } {
    this.interrupt();
    return this.completed();
  }

  completed(): { repsDetail: RepRecord[]; holds: NonNullable<SetSummary['holds']> } {
    return { ...this.log.completed(), holds: sideHolds(this.log.records, this.brokeBy) };
  }
}

function newAttempt(side: Side, t: number): Attempt {
  return { side, startS: t, reachedTarget: false, goodS: 0, peakK: 0, brokeAt: null, faults: new Set(), done: false };
}

const HIP_FLEXOR_FAULTS: readonly FaultDefinition[] = [
  ...LIFT_FAULTS,
  { id: 'knee-low', label: 'Knee dropped', cue: 'knee-low', keypoints: [], sidedPart: 'knee' },
  SHORT_HOLD,
];

/** The test's length per side; 30 s is the protocol's (FORM-SPEC). */
const TEST_LENGTH = { choices: [15, 20, 30, 45], default: HIP_FLEXOR_TEST_THRESHOLDS.testSeconds };

export const hipFlexorTest: ExerciseDefinition<'hip-flexor-test'> = {
  info: {
    id: 'hip-flexor-test',
    name: 'Hip-flexor strength test',
    view: 'front',
    posture: 'standing',
    setupHint: 'Camera in front of you at hip height, far enough back to see you head to feet (from the side only the knee height is checked).',
    description: `Raise one knee above hip height and hold it for ${TEST_LENGTH.default} seconds with level hips, then the other side.`,
    perSide: true,
  },
  options: { testLength: TEST_LENGTH },
  faults: HIP_FLEXOR_FAULTS,
  views: ['front', 'side'],
  // The hold is timed on hips and knees; the shoulders are needed only for the lean check.
  requiredKeypoints: () => [[...bothSides('hip'), ...bothSides('knee')]],
  adjustable: HIP_FLEXOR_ADJUSTABLE,
  createTracker: (options: SessionOptions) =>
    new HipFlexorTestTracker(withAdjustments(HIP_FLEXOR_TEST_THRESHOLDS, HIP_FLEXOR_ADJUSTABLE, options.thresholds), options.testSeconds ?? TEST_LENGTH.default, new FaultCatalog(HIP_FLEXOR_FAULTS)),
};

declare module '../exercise-core/session-types' {
  interface ExerciseIds {
    'hip-flexor-test': true;
  }
}
