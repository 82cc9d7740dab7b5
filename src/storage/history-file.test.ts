import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClipAnalysis } from '../shared/clip/clip-analysis';
import type { SetSummary } from '../shared/exercise-core/session-types';
import { closeDatabase, database, DB_VERSION, openFormcheckDB } from './db';
import { exportHistory, ImportRefused, importHistory, parseHistoryFile } from './history-file';
import { deleteEntry, listHistory, saveReport } from './history-store';
import { newSet, saveSet } from './set-store';

const summary: SetSummary = {
  exercise: 'march', view: 'front', durationS: 30, reps: { total: 2, left: 1, right: 1 },
  repsDetail: [
    { index: 1, side: 'left', startS: 1, endS: 2.5, faults: ['hip-hike'], metrics: { peakHikeDeg: 6.1 }, good: false },
    { index: 2, side: 'right', startS: 3, endS: 4.4, faults: [], metrics: { peakHikeDeg: 1.2 }, holdS: 3, good: true },
  ],
  faultCounts: { 'hip-hike': 1 },
  checks: ['hip-hike', 'side-lean'],
  keyFrame: {
    repIndex: 1, faults: ['hip-hike'], image: 'data:image/jpeg;base64,/9j/', width: 320, height: 180,
    keypoints: { left_hip: { x: 150, y: 90, score: 0.8 } }, faultyKeypoints: ['left_hip'],
  },
};

const running = {
  exercise: 'running', model: 'blazepose-lite', backend: 'wasm', workers: 2,
  source: { name: 'run.mp4', container: 'MP4', codec: 'avc', width: 640, height: 360, fps: 30, durationS: 10, frameCount: 300 },
  frames: [{ t: 0, keypoints: {}, width: 640, height: 360 }], analysisS: 6, reps: null, warnings: [],
  running: {
    cadenceSpm: 171, cadence: { videoSpm: 171 }, steps: [{ foot: 'left' }, { foot: 'right' }],
    summary: { metrics: { overstride: { median: 0.12 } }, strikeCounts: { rearfoot: 3, midfoot: 5, forefoot: 0, unknown: 1 }, rearfootShare: 0.375 },
    perFrame: { t: [0, 0.033] }, quality: {}, direction: { sign: 1 }, legLengthPx: 180, stepVideoS: 0.35,
  },
} as unknown as ClipAnalysis;

/** A browser profile with nothing stored. */
async function freshProfile(): Promise<void> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
}

beforeEach(freshProfile);

describe('history export and import', () => {
  it('exports everything and imports it into a fresh profile as the same history', async () => {
    await saveSet({ ...newSet('march', { holdSeconds: 3 }, summary, 1000), status: 'done' });
    const report = await saveReport(running, 2000);
    expect(report.analysis.frames).toEqual([]);
    await (await database()).put('settings', { voice: false }, 'preferences');
    const before = await listHistory();
    const text = JSON.stringify(await exportHistory());

    await freshProfile();
    expect(await listHistory()).toEqual([]);
    expect(await importHistory(text)).toEqual({ sets: 1, reports: 1, alreadyHere: 0 });
    expect(await listHistory()).toEqual(before);
    expect(await (await database()).get('settings', 'preferences')).toEqual({ voice: false });
    // Importing the same file again adds nothing.
    expect(await importHistory(text)).toEqual({ sets: 0, reports: 0, alreadyHere: 2 });
  });

  it('refuses a foreign, broken or damaged file with a clear message, and touches nothing', async () => {
    await saveSet(newSet('march', {}, summary, 1000));
    const stored = await listHistory();
    const good = await exportHistory();
    const refuse = async (text: string, message: RegExp) => {
      const err = await importHistory(text).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportRefused);
      expect((err as Error).message).toMatch(message);
      expect(await listHistory()).toEqual(stored);
    };
    await refuse('eggs, milk, bread', /not JSON/);
    await refuse(JSON.stringify({ name: 'my-app', version: '1.0.0' }), /made by something else/);
    await refuse(JSON.stringify({ ...good, schemaVersion: DB_VERSION + 1 }), /newer version of the app/);

    // One good new set and one damaged one: neither goes in.
    const fresh = newSet('march', {}, summary, 5000);
    const damaged = { ...newSet('squat', {}, summary, 6000), summary: { ...summary, reps: { total: -1, left: 0, right: 0 } } };
    await refuse(JSON.stringify({ ...good, sets: [fresh, damaged] }), /damaged, so nothing was imported.*sets\.1\.(summary|exercise)/);
    await refuse(JSON.stringify({ ...good, sets: [{ ...fresh, summary: { ...summary, exercise: 'cartwheel' } }] }), /not an exercise this app knows/);
    await refuse(JSON.stringify({ ...good, sets: [fresh, fresh] }), /appears twice/);
    await refuse(JSON.stringify({ ...good, reports: [{ id: 'r', createdAt: 1, analysis: { ...running, running: null } }] }), /running clip needs its running report/);
  });

  it('reads every field back as it was written', () => {
    const file = { app: 'formcheck', kind: 'history', schemaVersion: DB_VERSION, exportedAt: 'x', sets: [newSet('march', {}, summary, 1)], reports: [], settings: {} };
    expect(parseHistoryFile(JSON.stringify(file))).toEqual(file);
  });

  it('deletes one entry', async () => {
    const set = newSet('march', {}, summary, 1000);
    await saveSet(set);
    await saveReport(running, 2000);
    await deleteEntry(set.id);
    expect((await listHistory()).map((e) => e.kind)).toEqual(['report']);
  });
});

describe('database migrations', () => {
  it('upgrades a version-1 database and keeps its sets', async () => {
    const v1 = await openFormcheckDB(1, 'migration-test');
    await v1.put('sets', newSet('march', {}, summary, 1000));
    v1.close();
    const current = await openFormcheckDB(DB_VERSION, 'migration-test');
    expect([...current.objectStoreNames].sort()).toEqual(['clipRuns', 'reports', 'sets', 'settings']);
    expect(await current.count('sets')).toBe(1);
    current.close();
  });
});
