import type { ExerciseId, SessionOptions, SetSummary } from '../shared/exercise-core';
import { database, type SetStatus, type StoredSet } from './db';

/** A set left in progress this recently is carried on when its exercise is opened again (a reload). */
export const CARRY_ON_WITHIN_MS = 20 * 60_000;

export async function saveSet(set: StoredSet): Promise<void> {
  await (await database()).put('sets', set);
}

/**
 * The set of this exercise still in progress and touched within CARRY_ON_WITHIN_MS, if any. Older
 * ones are marked interrupted: they stay in the history with the reps they had.
 */
export async function takeOpenSet(exercise: ExerciseId, now = Date.now()): Promise<StoredSet | null> {
  const db = await database();
  const tx = db.transaction('sets', 'readwrite');
  let open: StoredSet | null = null;
  for await (const cursor of tx.store.index('by-exercise').iterate(exercise)) {
    const set = cursor.value;
    if (set.status !== 'in-progress') continue;
    if (now - set.updatedAt <= CARRY_ON_WITHIN_MS && (!open || set.updatedAt > open.updatedAt)) {
      if (open) await tx.store.put({ ...open, status: 'interrupted' });
      open = set;
    } else {
      await cursor.update({ ...set, status: 'interrupted' });
    }
  }
  await tx.done;
  return open;
}

export async function setStatus(id: string, status: SetStatus): Promise<void> {
  const db = await database();
  const tx = db.transaction('sets', 'readwrite');
  const set = await tx.store.get(id);
  if (set) await tx.store.put({ ...set, status, updatedAt: Date.now() });
  await tx.done;
}

export function newSet(exercise: ExerciseId, options: SessionOptions, summary: SetSummary, now = Date.now()): StoredSet {
  return { id: crypto.randomUUID(), exercise, options, startedAt: now, updatedAt: now, status: 'in-progress', summary };
}
