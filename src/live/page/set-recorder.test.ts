import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SetSummary } from '../../shared/exercise-core/session-types';
import { SetRecorder } from './set-recorder';
import { database } from '../../storage/db';
import { listHistory } from '../../storage/history-store';
import { CARRY_ON_WITHIN_MS, takeOpenSet } from '../../storage/set-store';

const summary = (total: number): SetSummary => ({
  exercise: 'squat', view: 'front', durationS: total * 3, reps: { total, left: 0, right: 0 }, repsDetail: [], faultCounts: {},
});

/** The stored sets, oldest change first. */
const listSets = async () => (await listHistory()).flatMap((e) => (e.kind === 'set' ? [e.set] : [])).sort((a, b) => a.updatedAt - b.updatedAt);

beforeEach(async () => {
  const db = await database();
  await db.clear('sets');
});

describe('a live set kept on the device as it goes', () => {
  it('stores nothing before the first rep, then every change, then the finished set', async () => {
    const rec = new SetRecorder('squat', {}, null, () => {});
    await rec.progress(summary(0));
    expect(await listSets()).toEqual([]);
    await rec.progress(summary(1));
    await rec.progress(summary(2));
    const [open] = await listSets();
    expect(open).toMatchObject({ status: 'in-progress', summary: { reps: { total: 2 } } });
    await rec.finish(summary(3));
    expect(await listSets()).toMatchObject([{ id: open?.id, status: 'done', summary: { reps: { total: 3 } } }]);
  });

  it('hands a recent unfinished set to the next session of the exercise, and closes stale ones as interrupted', async () => {
    const first = new SetRecorder('squat', {}, null, () => {});
    await first.progress(summary(4));
    const carried = await takeOpenSet('squat');
    expect(carried?.summary.reps.total).toBe(4);
    expect(await takeOpenSet('march')).toBeNull();

    const next = new SetRecorder('squat', {}, carried, () => {});
    expect(next.carried?.reps.total).toBe(4);
    await next.progress(summary(6));
    expect(await listSets()).toHaveLength(1);

    expect(await takeOpenSet('squat', Date.now() + CARRY_ON_WITHIN_MS + 1)).toBeNull();
    expect(await listSets()).toMatchObject([{ status: 'interrupted', summary: { reps: { total: 6 } } }]);
  });

  it('starting afresh keeps the earlier part as an interrupted set', async () => {
    const first = new SetRecorder('squat', {}, null, () => {});
    await first.progress(summary(2));
    const again = new SetRecorder('squat', {}, await takeOpenSet('squat'), () => {});
    await again.abandon();
    expect(again.carried).toBeNull();
    await again.progress(summary(1));
    const sets = await listSets();
    expect(sets.map((s) => [s.status, s.summary.reps.total]).sort()).toEqual([['in-progress', 1], ['interrupted', 2]]);
  });

  it('reports a storage failure once and carries on', async () => {
    const errors: unknown[] = [];
    const rec = new SetRecorder('squat', {}, null, (e) => errors.push(e));
    const db = await database();
    db.close();
    await rec.progress(summary(1));
    await rec.progress(summary(2));
    expect(errors).toHaveLength(1);
  });
});
