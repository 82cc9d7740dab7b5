import { squatDepth, trunkRise, median, Ema } from '../pose';
import {
  type ActiveFault, type Baseline, type CueKey, estimateTurnDeg, type ExerciseTracker,
  type FaultCatalog, HysteresisRepCounter, phaseDurations, type PhaseDurations, type PoseFrame,
  type RepCounts, RepLog, type RepRecord, type SessionOptions, type TrackerFrame,
} from '../exercise-core';
import { checkable, FORM_CHECKS, type FormCheck, type SquatThresholds } from './squat-thresholds';
import { bottomMetrics, isShallowRep, judgeSquatBottom, measureSquatForm, NOT_MEASURED, type SquatBottom } from './squat-bottom';

/** The turn before a rep is the median over this many of the latest standing frames (about 1 s). */
const TURN_FRAMES = 30;

interface Sample extends SquatBottom {
  t: number;
  d: number;
  upright: boolean;
  onFloor: boolean;
}

interface Rep {
  startS: number;
  /** The body's turn when the rep began. */
  turnDeg: number | null;
  dMin: number;
  bottom: { faults: ActiveFault[]; metrics: Record<string, number>; notChecked: FormCheck[] } | null;
}

interface CountedRep {
  rep: Rep;
  faults: ActiveFault[];
  endS: number;
  postMax: number;
  postMaxS: number;
}

/** Standing between reps, only this much history is kept (enough to find where the next descent starts). */
const IDLE_KEEP_S = 5;

const TEMPO_PHASES = [
  { id: 'tempo-down', key: 'downS' },
  { id: 'tempo-bottom', key: 'bottomS' },
  { id: 'tempo-up', key: 'upS' },
] as const;

export class SquatTracker implements ExerciseTracker {
  readonly reps: RepCounts = { total: 0, left: 0, right: 0 };
  private baseline: Baseline | null = null;
  private readonly depth: Ema;
  private turnDeg: number | null = null;
  private standingTurns: number[] = [];
  private readonly counter: HysteresisRepCounter;
  private samples: Sample[] = [];
  private rep: Rep | null = null;
  private counted: CountedRep | null = null;
  /** A rep may start (cleared on the floor until the person is seen standing again). */
  private armed = true;
  private floorSince: number | null = null;
  private shown: ActiveFault[] = [];
  private readonly log = new RepLog();

  constructor(private readonly th: SquatThresholds, private readonly tempo: SessionOptions['tempo'], private readonly faults: FaultCatalog) {
    this.depth = new Ema(th.smoothingS);
    this.counter = new HysteresisRepCounter({ direction: 'fall', enter: th.enterD, exit: th.exitD, minRepS: th.minRepS, minSwing: th.minSwingD });
  }

  start(baseline: Baseline): void {
    this.baseline = baseline;
    this.interrupt();
    this.seedTurn(baseline);
  }

  rebase(baseline: Baseline): void {
    this.baseline = baseline;
    this.seedTurn(baseline);
    // Form measured under the old baseline must not judge the rep in progress.
    this.samples = this.samples.map((x) => ({ ...x, ...NOT_MEASURED }));
    if (this.rep) this.rep.bottom = null;
    this.shown = [];
  }

  update(frame: PoseFrame): TrackerFrame {
    const b = this.baseline;
    if (!b) throw new Error('squat tracker used before calibration');
    const t = frame.t;
    const raw = squatDepth(frame.keypoints, b.thigh);
    const rise = trunkRise(frame.keypoints);
    // With the shoulders out of the picture the trunk cannot be judged: the legs alone tell standing.
    const upright = rise === null || rise >= this.th.uprightTorsoShare * b.torso;
    const onFloor = rise !== null && rise < this.th.floorTorsoShare * b.torso;
    if (raw !== null && !this.rep && !this.counted && upright && raw > this.th.exitD) this.followTurn(frame);
    const sample = raw === null ? null : { t, d: this.depth.update(t, raw), upright, onFloor, ...measureSquatForm(frame.keypoints, b, this.rep?.turnDeg ?? this.turnDeg, this.th) };
    const events: CueKey[] = [];
    if (sample) {
      this.samples.push(sample);
      events.push(...this.step(sample));
    }
    return {
      metrics: {
        depth: sample?.d ?? null,
        turnDeg: this.turnDeg,
        kneeWidthRatio: sample?.kneeRatio ?? null,
        hipShift: sample?.shift ?? null,
        forwardLean: sample?.lean ?? null,
        heelRise: sample?.heel ?? null,
      },
      faults: this.shown,
      faultyKeypoints: this.faults.keypoints(this.shown),
      cues: [...this.faults.cues(this.shown), ...(this.partWay() ? ['squat-part-way' as const] : [])],
      events,
      hold: null,
    };
  }

  /** The standing turn before each rep: the calibration's, then that of the latest standing frames. */
  private seedTurn(b: Baseline): void {
    this.standingTurns = [];
    this.turnDeg = b.turnDeg;
  }

  private followTurn(frame: PoseFrame): void {
    const turn = estimateTurnDeg(frame.keypoints, frame.world);
    if (turn === null) return;
    this.standingTurns.push(turn);
    if (this.standingTurns.length > TURN_FRAMES) this.standingTurns.shift();
    if (this.standingTurns.length >= TURN_FRAMES / 2) this.turnDeg = median(this.standingTurns);
  }

  /** Turned past the front-only checks (hip shift, side lean) and short of the side-only one (heels): some checks are off. */
  private partWay(): boolean {
    const t = this.turnDeg;
    return t !== null && !checkable('hip-shift', t) && !checkable('heel-lift', t);
  }

  private step(s: Sample): CueKey[] {
    const events: CueKey[] = [];
    const c = this.counted;
    if (c) {
      if (s.d < c.postMax - this.th.bottomBandD || s.t - c.postMaxS >= this.th.settleS) {
        events.push(...this.close(c));
      } else if (s.d > c.postMax) {
        c.postMax = s.d;
        c.postMaxS = s.t;
      }
    }
    this.floorSince = s.onFloor ? this.floorSince ?? s.t : null;
    if (this.floorSince !== null && s.t - this.floorSince >= this.th.floorHoldS) {
      // Down on the floor (push-ups, say): whatever the legs read, this is no squat, and getting up
      // from it through a crouch is none either: the next rep starts from standing.
      this.counter.reset();
      this.rep = null;
      this.shown = [];
      this.armed = false;
    } else if (!this.armed && s.upright && s.d > this.th.exitD) {
      this.armed = true;
    }
    if (!this.armed) {
      if (!this.counted) this.samples = this.samples.filter((x) => x.t >= s.t - IDLE_KEEP_S);
      return events;
    }
    // Standing up again ends a rep; legs that read straight with the trunk not yet upright do not.
    const ev = this.counter.update(s.t, this.counter.active && !s.upright ? Math.min(s.d, this.th.enterD) : s.d);
    if (ev?.type === 'start') {
      if (this.counted) events.push(...this.close(this.counted));
      this.rep = { startS: ev.t, turnDeg: this.turnDeg, dMin: s.d, bottom: null };
      this.shown = [];
    }
    const rep = this.rep;
    if (!rep) {
      if (!this.counted) this.samples = this.samples.filter((x) => x.t >= s.t - IDLE_KEEP_S);
      return events;
    }
    const judge = (): NonNullable<Rep['bottom']> => {
      const bottom = this.judgeBottom(rep);
      events.push(...this.faults.cues(bottom.faults));
      return bottom;
    };
    rep.dMin = Math.min(rep.dMin, s.d);
    if (!rep.bottom && s.d > rep.dMin + this.th.bottomBandD) judge();
    if (ev?.type === 'discard') {
      this.rep = null;
      this.shown = [];
    } else if (ev?.type === 'end') {
      const faults = [...(rep.bottom ?? judge()).faults];
      if (isShallowRep(rep.dMin, this.th)) {
        const shallow: ActiveFault = { id: 'shallow', value: rep.dMin };
        faults.push(shallow);
        if (!this.shown.some((f) => f.id === 'shallow')) this.shown = [...this.shown, shallow];
        events.push('shallow');
      }
      this.reps.total++;
      this.counted = { rep, faults, endS: s.t, postMax: s.d, postMaxS: s.t };
      this.rep = null;
    }
    return events;
  }

  /** Form at the bottom: medians over the frames within the bottom band, so one bad frame cannot flag a rep. */
  private judgeBottom(rep: Rep): NonNullable<Rep['bottom']> {
    const near = this.samples.filter((x) => x.t >= rep.startS && x.d <= rep.dMin + this.th.bottomBandD);
    const m: SquatBottom = {
      kneeRatio: median(near.map((x) => x.kneeRatio)),
      shift: median(near.map((x) => x.shift)),
      kneeShift: median(near.map((x) => x.kneeShift)),
      lean: median(near.map((x) => x.lean)),
      heel: median(near.map((x) => x.heel)),
      sideLean: median(near.map((x) => x.sideLean)),
    };
    const faults = judgeSquatBottom(m, this.th);
    const metrics = bottomMetrics(m);
    if (rep.turnDeg !== null) metrics.turnDeg = rep.turnDeg;
    const measured: Record<FormCheck, number | null> = {
      'knees-in': m.kneeRatio, 'hip-shift': m.shift, 'side-lean': m.sideLean, 'forward-lean': m.lean, 'heel-lift': m.heel,
    };
    rep.bottom = { faults, metrics, notChecked: FORM_CHECKS.filter((c) => measured[c] === null) };
    // Shown from the bottom (said when the rep ends), so the set's key frame is taken down there.
    this.shown = isShallowRep(rep.dMin, this.th) ? [...faults, { id: 'shallow', value: rep.dMin }] : faults;
    return rep.bottom;
  }

  /** Records a counted rep once its up phase is over, with its tempo. */
  private close(c: CountedRep): CueKey[] {
    this.counted = null;
    this.shown = [];
    const tempo = phaseDurations(this.samples.filter((x) => x.t <= c.postMaxS).map((x) => ({ t: x.t, v: x.d })));
    const faults = [...c.faults];
    const events: CueKey[] = [];
    if (tempo && this.tempo) {
      for (const [i, phase] of TEMPO_PHASES.entries()) {
        const target = this.tempo[i]!;
        const actual = tempo[phase.key];
        const tol = Math.max(this.th.tempoToleranceS, this.th.tempoToleranceShare * target);
        if (Math.abs(actual - target) <= tol) continue;
        faults.push({ id: phase.id, value: actual });
        events.push(actual < target ? this.faults.cue(phase.id) : this.faults.slowCue(phase.id));
      }
    }
    this.samples = this.samples.filter((x) => x.t >= c.postMaxS);
    this.log.add(this.record(c, faults, tempo));
    return events;
  }

  private record(c: CountedRep, faults: readonly ActiveFault[], tempo: PhaseDurations | null): Omit<RepRecord, 'index'> {
    const ids = [...new Set(faults.map((f) => f.id))];
    return {
      startS: tempo?.startS ?? c.rep.startS,
      endS: tempo?.endS ?? c.endS,
      faults: ids,
      metrics: { depth: c.rep.dMin, ...c.rep.bottom?.metrics },
      notChecked: c.rep.bottom?.notChecked ?? [...FORM_CHECKS],
      ...(tempo ? { tempo: { downS: tempo.downS, bottomS: tempo.bottomS, upS: tempo.upS } } : {}),
      good: ids.length === 0,
    };
  }

  interrupt(): void {
    if (this.counted) this.close(this.counted);
    this.armed = true;
    this.floorSince = null;
    this.depth.reset();
    this.counter.reset();
    this.samples = [];
    this.rep = null;
    this.shown = [];
  }

  finish(): { repsDetail: RepRecord[] } {
    this.interrupt();
    return this.completed();
  }

  completed(): { repsDetail: RepRecord[] } {
    return this.log.completed();
  }
}
