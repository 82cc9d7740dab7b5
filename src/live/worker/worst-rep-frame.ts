/**
 * Which camera frame shows the set's worst rep: the rep with the most faults, at the moment most
 * of them showed at once. Decides from the snapshots and rep records alone; whoever holds the
 * pixels grabs a frame when told to, so at most a few frames a rep are copied.
 */
import type { RepRecord } from '../../shared/exercise-core';

export class WorstRepFrame {
  /** Most faults showing at once since the last rep record closed (the candidate frame's). */
  private candidateFaults = 0;
  /**
   * Faults still showing when a record closes (held by the debouncing, or while the person is out
   * of view) belong to the rep just closed: the next rep's candidates start once none show.
   */
  private waitingForClear = false;

  /** `keptFaults`: faults of the rep whose frame is already kept (a set carried on after a reload). */
  constructor(private keptFaults = 0) {}

  /** Whether this frame, with these faults showing, becomes the candidate of the rep in progress. */
  offer(faultsShowing: number): boolean {
    if (this.waitingForClear) {
      if (faultsShowing > 0) return false;
      this.waitingForClear = false;
    }
    if (faultsShowing <= this.candidateFaults) return false;
    this.candidateFaults = faultsShowing;
    return true;
  }

  /**
   * A rep's record closed: whether the candidate frame becomes the set's key frame (the rep has
   * more faults than the one kept, and a frame showed some of them and was pictured). The next
   * rep starts afresh.
   */
  closed(rep: RepRecord, pictured = true): boolean {
    const keep = pictured && !rep.uncertain && rep.faults.length > this.keptFaults && this.candidateFaults > 0;
    if (keep) this.keptFaults = rep.faults.length;
    this.candidateFaults = 0;
    this.waitingForClear = true;
    return keep;
  }

  /** The kept picture could not be made after all: the next rep with as many faults may take its place. */
  lost(faults: number): void {
    if (this.keptFaults === faults) this.keptFaults = 0;
  }
}
