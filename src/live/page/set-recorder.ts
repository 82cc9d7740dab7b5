import type { ExerciseId, SessionOptions, SetSummary } from '../../shared/exercise-core';
import type { StoredSet } from '../../storage/db';
import { newSet, saveSet, setStatus } from '../../storage/set-store';

const nothingDone = (s: SetSummary): boolean => s.reps.total === 0 && !s.holds?.left && !s.holds?.right;

/**
 * Keeps a live set on the device as it goes: each time the reps done so far change, the set is
 * written, so a reload, a closed tab or a crash loses at most the rep in progress. Writes happen in
 * order, one at a time; a storage failure is reported (once) and never stops the set.
 */
export class SetRecorder {
  private set: StoredSet | null;
  private writes: Promise<void> = Promise.resolve();
  private failed = false;

  constructor(
    private readonly exercise: ExerciseId,
    private readonly options: SessionOptions,
    carried: StoredSet | null,
    private readonly onStorageError: (err: unknown) => void,
  ) {
    this.set = carried;
  }

  /** The part of the set done before a reload, which the new session counts on from. */
  get carried(): SetSummary | null {
    return this.set?.summary ?? null;
  }

  /** The reps so far; nothing is stored until the first rep. */
  progress(summary: SetSummary): Promise<void> {
    if (!this.set && nothingDone(summary)) return this.writes;
    const set: StoredSet = this.set ? { ...this.set, summary, updatedAt: Date.now() } : newSet(this.exercise, this.options, summary);
    this.set = set;
    return this.write(() => saveSet(set));
  }

  finish(summary: SetSummary): Promise<void> {
    if (!this.set && nothingDone(summary)) return this.writes;
    const set: StoredSet = { ...(this.set ?? newSet(this.exercise, this.options, summary)), summary, status: 'done', updatedAt: Date.now() };
    this.set = set;
    return this.write(() => saveSet(set));
  }

  /** The person chose to start afresh: the earlier part stays in the history as an interrupted set. */
  abandon(): Promise<void> {
    const id = this.set?.id;
    this.set = null;
    return id ? this.write(() => setStatus(id, 'interrupted')) : this.writes;
  }

  private write(op: () => Promise<void>): Promise<void> {
    this.writes = this.writes.then(op).catch((err: unknown) => {
      if (!this.failed) this.onStorageError(err);
      this.failed = true;
    });
    return this.writes;
  }
}
