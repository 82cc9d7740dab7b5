import type { SecondsChoice } from './exercise-definition';
import type { HoldStatus, RepRecord, SetSummary, Side } from './session-types';

/** The holds at the top a set may ask for, seconds (0: none), where an exercise offers them. */
export const HOLD_AT_TOP: SecondsChoice = { choices: [0, 3, 4, 5], default: 0 };

/** Longest frame gap credited to a hold clock, so a stalled video does not add time. */
const MAX_HOLD_STEP_S = 0.2;

/** Seconds since the previous frame (none before the first), capped for hold clocks. */
export function holdStep(lastT: number | null, t: number): number {
  return lastT === null ? 0 : Math.min(MAX_HOLD_STEP_S, Math.max(0, t - lastT));
}

/** A hold at the top of a rep: seconds held with good form, counted toward a target, done once reached. */
export class HoldClock {
  private heldS = 0;
  private reached = false;

  constructor(readonly target: number) {}

  /** The clock for a rep when the set asks for holds (a target above 0), else none. */
  static forTarget(target: number): HoldClock | null {
    return target > 0 ? new HoldClock(target) : null;
  }

  get done(): boolean {
    return this.reached;
  }

  /** Seconds held, at most the target. */
  get seconds(): number {
    return Math.min(this.heldS, this.target);
  }

  /** Runs the clock for dt seconds if the hold is good; true on the frame the target is reached. */
  tick(dt: number, good: boolean): boolean {
    if (this.reached) return false;
    if (good) this.heldS += dt;
    this.reached = this.heldS >= this.target;
    return this.reached;
  }

  status(side: Side | null): HoldStatus {
    return { ...(side ? { side } : {}), seconds: this.seconds, target: this.target };
  }
}

/**
 * A timed hold per side (a test, a stretch): each side's best attempt, the difference between the
 * sides, and what broke form first in that attempt (`brokeBy`, by the attempt's rep index).
 */
export function sideHolds(records: readonly RepRecord[], brokeBy: ReadonlyMap<number, string>): NonNullable<SetSummary['holds']> {
  const seconds: Record<Side, number> = { left: 0, right: 0 };
  const brokeAt: { left?: string; right?: string } = {};
  for (const side of ['left', 'right'] as const) {
    const best = records
      .filter((record) => record.side === side)
      .reduce<RepRecord | null>((x, r) => (x === null || (r.holdS ?? 0) > (x.holdS ?? 0) ? r : x), null);
    if (!best) continue;
    seconds[side] = best.holdS ?? 0;
    const by = brokeBy.get(best.index);
    if (by) brokeAt[side] = by;
  }
  return { left: seconds.left, right: seconds.right, differenceS: Math.abs(seconds.left - seconds.right), brokeAt };
}
