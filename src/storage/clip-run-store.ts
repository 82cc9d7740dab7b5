import { database, type StoredClipRun } from './db';

/** Notes a clip analysis as under way; returns the function that clears the note when it ends. */
export async function noteClipRun(run: Omit<StoredClipRun, 'id' | 'startedAt'>): Promise<() => Promise<void>> {
  const id = crypto.randomUUID();
  const db = await database();
  await db.put('clipRuns', { ...run, id, startedAt: Date.now() });
  return async () => {
    await (await database()).delete('clipRuns', id);
  };
}

/** The exercise's analyses a reload or a closed tab cut short, forgotten as they are read. */
export async function takeInterruptedClipRuns(exercise: string): Promise<StoredClipRun[]> {
  const db = await database();
  const tx = db.transaction('clipRuns', 'readwrite');
  const runs: StoredClipRun[] = [];
  for await (const cursor of tx.store) {
    if (cursor.value.exercise !== exercise) continue;
    runs.push(cursor.value);
    await cursor.delete();
  }
  await tx.done;
  return runs;
}
