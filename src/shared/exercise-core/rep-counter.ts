/**
 * Hysteresis rep counter on one smoothed signal. A rep starts when the signal crosses `enter`
 * and ends when it crosses back past `exit`; the gap between the two thresholds is what keeps
 * noise near a threshold from double counting. Reps shorter than `minRepS` are dropped as glitches.
 * A rep's length for that check runs from the last sample before it started: at 8-10 frames a
 * second a quick knee raise may show in one frame only, and its true length is unknown up to one
 * frame interval, so it is given the benefit of the doubt; at 25-30 frames a second a one-frame
 * spike is still far shorter than `minRepS`.
 */
export interface RepCounterConfig {
  /** 'rise': a rep is the signal going above enter (knee lift); 'fall': going below it (squat depth). */
  direction: 'rise' | 'fall';
  enter: number;
  exit: number;
  minRepS: number;
  /**
   * A rep starts only once the signal has also moved this far from where it rested since the last
   * rep ended: the most restful value seen, or exit if that is more restful (so with nothing seen
   * yet, a set starting mid-movement, it counts from exit). It keeps a pause on the way back,
   * hovering between enter and exit, from starting a second rep while letting enter sit close to
   * exit. 0 or absent: no such condition.
   */
  minSwing?: number;
  /**
   * Enter and exit measured from where the signal rested before the rep (as for minSwing, but with
   * nothing seen yet the first value) instead of from zero: for a small movement about a rest that
   * drifts, or that a calibration caught part way through the movement.
   */
  fromRest?: boolean;
}

export interface CompletedRep {
  startS: number;
  endS: number;
  /** The most extreme value reached (highest for 'rise', lowest for 'fall') and when. */
  extreme: number;
  extremeS: number;
}

export type RepCounterEvent = { type: 'start'; t: number } | { type: 'end'; rep: CompletedRep } | { type: 'discard' };

export class HysteresisRepCounter {
  private current: { startS: number; sinceS: number; extreme: number; extremeS: number; base: number } | null = null;
  private lastT: number | null = null;
  /** Where the signal rested since the last rep ended (see minSwing). */
  private rest: number | null = null;

  constructor(private readonly config: RepCounterConfig) {
    const ok = config.direction === 'rise' ? config.exit < config.enter : config.exit > config.enter;
    if (!ok) throw new Error('Rep counter exit threshold must lie on the resting side of enter');
  }

  get active(): boolean {
    return this.current !== null;
  }

  /** What the rep in progress is measured from: its rest with fromRest, else 0; null between reps. */
  get base(): number | null {
    return this.current?.base ?? null;
  }

  /** Extreme so far of the rep in progress. */
  get extreme(): number | null {
    return this.current?.extreme ?? null;
  }

  update(t: number, v: number): RepCounterEvent | null {
    const sign = this.config.direction === 'rise' ? 1 : -1;
    const cur = this.current;
    const prevT = this.lastT ?? t;
    this.lastT = t;
    if (!cur) {
      // With nothing seen yet (a set starting mid-movement) the signal is taken to have come from exit.
      const rest = this.rest ?? (this.config.fromRest ? v : this.config.exit);
      this.rest = sign * (v - rest) < 0 ? v : rest;
      const base = this.config.fromRest ? this.rest : 0;
      if (sign * (v - base - this.config.enter) < 0 || sign * (v - this.rest) < (this.config.minSwing ?? 0)) return null;
      this.current = { startS: t, sinceS: prevT, extreme: v, extremeS: t, base };
      return { type: 'start', t };
    }
    if (sign * (v - cur.extreme) > 0) {
      cur.extreme = v;
      cur.extremeS = t;
    }
    if (sign * (v - cur.base - this.config.exit) > 0) return null;
    return this.end(t);
  }

  /** Ends the rep in progress at t, as if the signal had crossed back past exit. */
  end(t: number): RepCounterEvent | null {
    const cur = this.current;
    if (!cur) return null;
    this.current = null;
    this.rest = null;
    if (t - cur.sinceS < this.config.minRepS) return { type: 'discard' };
    return { type: 'end', rep: { startS: cur.startS, endS: t, extreme: cur.extreme, extremeS: cur.extremeS } };
  }

  /** Abandons a rep in progress (person lost from view). */
  reset(): void {
    this.current = null;
    this.lastT = null;
    this.rest = null;
  }
}
