import type { RepRecord, SetSummary } from '../../shared/exercise-core';

/** What the gate needs of the set's key frames (KeyFrameKeeper). */
export interface KeyFrameRecords {
  /** A new key frame was kept since the page was last sent the set. */
  readonly changed: boolean;
  /** Rep records that have just closed, in order. */
  closed(reps: readonly RepRecord[]): void;
  /** The summary with the key frame kept so far. */
  attach(summary: SetSummary): SetSummary;
}

/**
 * Decides when the worker sends the set so far (FrameResult.progress) to the page: only when the
 * page has not seen it yet, so the page can keep it (reload, worker restart) without being sent
 * the whole set every frame. One gate per set.
 */
export class ProgressGate {
  /** Reps and rep records in the last progress sent to the page. */
  private repsSent: number;
  private recordsSent: number;
  /** Reps of an earlier part of the set whose record never came (cut off by a reload or restart). */
  private readonly unrecorded: number;

  /** `earlier`: the part of the same set done before a reload or a restart, which the page has. */
  constructor(private readonly keyFrames: KeyFrameRecords, earlier?: Pick<SetSummary, 'reps' | 'repsDetail'>) {
    this.repsSent = earlier?.reps.total ?? 0;
    this.recordsSent = earlier?.repsDetail.length ?? 0;
    this.unrecorded = this.repsSent - this.recordsSent;
  }

  /**
   * After each scored frame, with the count it showed: the set so far, when the page has not seen
   * it yet: the count changed, a counted rep got its record (a squat's record follows its count
   * once the person has stood up), or a new key frame was kept. `progress` is asked for the set
   * only then.
   */
  next(reps: number, progress: () => SetSummary): SetSummary | undefined {
    if (reps === this.repsSent && this.recordsSent + this.unrecorded >= this.repsSent && !this.keyFrames.changed) return undefined;
    const set = progress();
    this.keyFrames.closed(set.repsDetail.slice(this.recordsSent));
    if (set.reps.total === this.repsSent && set.repsDetail.length === this.recordsSent && !this.keyFrames.changed) return undefined;
    this.repsSent = set.reps.total;
    this.recordsSent = set.repsDetail.length;
    return this.keyFrames.attach(set);
  }

  /** At the set's end: hands the key frames the rep records the page was never sent. */
  finish(summary: SetSummary): void {
    this.keyFrames.closed(summary.repsDetail.slice(this.recordsSent));
  }
}
