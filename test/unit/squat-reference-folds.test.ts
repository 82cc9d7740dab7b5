/**
 * The squat judged against each person's own reference set, on UI-PRMD people the margins never
 * saw (scripts/eval/squat-reference.ts), against the aim: 80% of incorrect reps caught at
 * no more than 10% of correct reps flagged, in every view from the front to the side.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanClipReps, squatFoldReport, SQUAT_VIEWS, uiprmdSquatReps } from '../../scripts/eval/squat-folds';
import { squatReferenceReport, type ReferenceReport } from '../../scripts/eval/squat-reference';
import { squatReferenceTable } from '../../scripts/eval/tables';
import { listTakes } from '../../scripts/eval/uiprmd';
import { REFERENCE_MARGINS } from '../../src/shared/exercises/squat-reference';
import { sharedDataOrSkip, UIPRMD_DIR } from '../support/shared-data';

const haveTakes = sharedDataOrSkip(UIPRMD_DIR, 'UI-PRMD deep squat takes (uiprmd_m01_*.csv)', listTakes('m01').length);
const share = (t: { flagged: number; of: number }) => t.flagged / t.of;

describe.runIf(haveTakes)('squat judged against the person\'s own reference, leave-subjects-out on UI-PRMD', () => {
  let report: ReferenceReport;
  beforeAll(() => {
    const reps = uiprmdSquatReps(), clean = cleanClipReps();
    report = squatReferenceReport(reps, clean, REFERENCE_MARGINS, squatFoldReport(reps, clean).folds);
    console.log(squatReferenceTable(report));
  }, 240_000);

  it('ships the margins the same choice makes on all eight subjects', () => {
    expect(REFERENCE_MARGINS).toEqual(report.all.margins);
  });

  it('flags no later rep of the clean real clips against their own first reps', () => {
    expect(report.clean.of).toBeGreaterThan(20);
    expect(report.clean.flagged).toBe(0);
  });

  it('catches at least 80% of incorrect reps at no more than 10% false flags in every view, held out', () => {
    for (const view of SQUAT_VIEWS) {
      const { any } = report.heldOut[view];
      expect(share(any.detections), `${view}: incorrect reps caught`).toBeGreaterThanOrEqual(0.8);
      expect(share(any.falseFlags), `${view}: correct reps flagged`).toBeLessThanOrEqual(0.1);
    }
  });
});
