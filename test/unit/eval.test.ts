import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalKeypointFile } from '../../scripts/eval/keypoint-file';
import { approxCadence, approxCount, CLIP_LABELS, UNSCORED_CLIPS } from '../../scripts/eval/clip-labels';
import { totals, withinTolerance, type ClipResult } from '../../scripts/eval/scores';
import { clipTable, expectedCell } from '../../scripts/eval/tables';
import { clipManifest, sharedDataOrSkip, UIPRMD_DIR } from '../support/shared-data';

const clip = (over: Partial<ClipResult>): ClipResult => ({
  file: 'x.mp4', exercise: 'squat', model: 'movenet-lightning', expected: 10, approximate: false, measured: 10, durationS: 10, analysisS: 5, ...over,
});

describe('eval scores', () => {
  it('report exact, off-by-one and mean absolute error over the exactly-labelled clips only', () => {
    const t = totals([
      clip({ measured: 10 }),
      clip({ measured: 9 }),
      clip({ measured: 13, expected: 10 }),
      clip({ measured: null, expected: 4 }),
      clip({ measured: 50, approximate: true }),
      clip({ exercise: 'running', expected: 170, measured: 161.5, approximate: true, analysisS: 20 }),
    ]);
    expect(t.clips).toBe(4);
    expect(t.exactCountRate).toBe(0.25);
    expect(t.offByOneRate).toBe(0.5);
    // A refused clip counts as missing all its reps.
    expect(t.meanAbsError).toBeCloseTo((0 + 1 + 3 + 4) / 4);
    expect(t.meanRelError).toBeCloseTo((0 + 0.1 + 0.3 + 1) / 4);
    expect(t.cadenceErrorPct).toBeCloseTo(5);
    expect(t.medianRealtimeRatio).toBeCloseTo(0.5);
    // Every rep clip is in the tolerance totals: here 1 exact (10), the approximate 50 has no tolerance so is outside.
    expect(t.repClips).toBe(5);
    expect(t.repWithin).toBe(1);
    expect(t.approxClips).toBe(1);
    expect(t.approxWithin).toBe(0);
  });

  it('score approximate clips within their tolerance, in the totals, not in the exact-count figures', () => {
    const t = totals([
      clip({ measured: 10 }), // exact label, exact: within
      clip({ measured: 11 }), // exact label, off by one: outside (an exact label has no tolerance)
      clip({ expected: 27, tolerance: 3, approximate: true, measured: 24 }), // approximate, at the edge: within
      clip({ expected: 27, tolerance: 3, approximate: true, measured: 31 }), // approximate, one past: outside
      clip({ expected: 6, tolerance: 2, approximate: true, measured: null, error: 'refused' }), // refused: outside
    ]);
    expect(t.clips).toBe(2);
    expect(t.exactCountRate).toBe(0.5);
    expect(t.offByOneRate).toBe(1);
    expect(t.repClips).toBe(5);
    expect(t.repWithin).toBe(2);
    expect(t.repWithinRate).toBeCloseTo(0.4);
    expect(t.approxClips).toBe(3);
    expect(t.approxWithin).toBe(1);
  });

  it('score running cadence within its tolerance; a refused running clip is outside', () => {
    const t = totals([
      clip({ exercise: 'running', expected: 167, tolerance: 4, approximate: true, measured: 163.2 }),
      clip({ exercise: 'running', expected: 176, tolerance: 11, approximate: true, measured: 188 }),
      clip({ exercise: 'running', expected: 176, tolerance: 11, approximate: true, measured: null }),
    ]);
    expect(t.repClips).toBe(0);
    expect(t.repWithinRate).toBeNull();
    expect(t.cadenceClips).toBe(3);
    expect(t.cadenceWithin).toBe(1);
    // The cadence error is over the measured ones only.
    expect(t.cadenceErrorPct).toBeCloseTo(((100 * 3.8) / 167 + (100 * 12) / 176) / 2);
  });

  it('withinTolerance: exact when no tolerance, never when refused', () => {
    expect(withinTolerance(clip({ measured: 10 }))).toBe(true);
    expect(withinTolerance(clip({ measured: 9 }))).toBe(false);
    expect(withinTolerance(clip({ measured: 9, tolerance: 1, approximate: true }))).toBe(true);
    expect(withinTolerance(clip({ measured: null, tolerance: 100, approximate: true }))).toBe(false);
  });

  it('show the tolerance and the verdict in the clip table', () => {
    expect(expectedCell(clip({ expected: 27, tolerance: 3, approximate: true }))).toBe('~27 ±3');
    expect(expectedCell(clip({ expected: 8 }))).toBe('8');
    const table = clipTable([clip({ file: 'a.mp4', expected: 27, tolerance: 3, approximate: true, measured: 25 }), clip({ file: 'b.mp4', measured: null, error: 'refused' })]);
    expect(table).toMatch(/\| a \| squat \| movenet-lightning \| ~27 ±3 \| 25 \| -2 \| yes \|/);
    expect(table).toMatch(/\| b \| .* \| refused \| no \|/);
  });

  it('share of reps flagged on clean clips', () => {
    const t = totals([clip({ clean: true, repVerdicts: ['ok', 'ok', 'shallow', 'ok'] }), clip({ repVerdicts: ['shallow'] })]);
    expect(t.cleanFlaggedShare).toBe(0.25);
  });

  it('has empty totals for nothing scored', () => {
    expect(totals([]).exactCountRate).toBeNull();
  });
});

describe('eval clip labels', () => {
  it('give approximate counts a tolerance from the manifest confidence, exact ones none', () => {
    expect(approxCount(27, 'medium').tolerance).toBe(3);
    expect(approxCount(12, 'medium-high').tolerance).toBe(1);
    expect(approxCount(6, 'low-medium').tolerance).toBe(2);
    expect(approxCount(1, 'medium').tolerance).toBe(1);
    expect(approxCount(20, 'medium').tolerance).toBe(2);
    expect(approxCadence(167, 60, 0.717).tolerance).toBe(4);
    expect(approxCadence(176, 25, 0.68).tolerance).toBe(11);
    for (const l of CLIP_LABELS) {
      if (l.approximate) expect(l.tolerance, l.file).toBeGreaterThan(0);
      else expect(l.tolerance, l.file).toBe(0);
    }
  });

  const manifest = clipManifest('eval clip labels checked against the clip manifest (test/unit/eval.test.ts)');
  it.runIf(manifest.length > 0)('label or explain every clip of the manifest, and nothing else', () => {
    const files = manifest.map((c) => c.file).sort();
    const covered = [...CLIP_LABELS.map((l) => l.file), ...Object.keys(UNSCORED_CLIPS)].sort();
    expect(covered).toEqual(files);
  });
});

const SQUAT_TAKE = join(UIPRMD_DIR, 'uiprmd_m01_s01_correct_front.csv');
describe.runIf(sharedDataOrSkip(SQUAT_TAKE, 'the UI-PRMD take eval --keypoints is tried on (test/unit/eval.test.ts)'))('eval --keypoints on a keypoint CSV', () => {
  it('counts the 10 reps of a correct UI-PRMD squat take and gives each rep its time and faults', () => {
    const out = evalKeypointFile(SQUAT_TAKE, 'squat');
    expect(out.exercise).toBe('squat');
    expect(out.frames).toBeGreaterThan(100);
    expect(out.reps.total).toBe(10);
    expect(out.repsDetail).toHaveLength(10);
    for (const r of out.repsDetail) {
      expect(r.endS).toBeGreaterThan(r.startS);
      expect(Array.isArray(r.faults)).toBe(true);
    }
  });
});
