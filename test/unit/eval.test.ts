import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIP_LABELS, UNSCORED_CLIPS } from '../../scripts/eval/clip-labels';
import { evalKeypointFile } from '../../scripts/eval/keypoint-file';
import { totals, type ClipResult } from '../../scripts/eval/scores';
import { clipManifest, sharedDataOrSkip, UIPRMD_DIR } from './shared-data';

const clip = (over: Partial<ClipResult>): ClipResult => ({
  file: 'x.mp4', exercise: 'squat', model: 'movenet-lightning', expected: 10, approximate: false, measured: 10, durationS: 10, analysisS: 5, ...over,
});

describe('eval scores', () => {
  it('report exact, off-by-one and mean absolute error over the scored clips only', () => {
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
