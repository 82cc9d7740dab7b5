/**
 * The march's hip-hike limit set and judged on real motion with known hikes injected
 * (scripts/eval/hike-injection.ts), leave-two-subjects-out on the correct UI-PRMD hurdle steps.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CAUGHT_SHARE, correctHurdleTakes, FALSE_FLAG_BUDGET, hikeFoldReport, HIKE_VIEWS, HIKES_DEG, injectHike, shippedHikeLimit, type HikeFoldReport,
} from '../../scripts/eval/hike-injection';
import { listTakes, pct } from '../../scripts/eval/uiprmd';
import { sharedDataOrSkip, UIPRMD_DIR } from '../support/shared-data';

const have = sharedDataOrSkip(UIPRMD_DIR, 'UI-PRMD hurdle step takes (uiprmd_m02_*.csv)', listTakes('m02').length);

describe.runIf(have)('hip hike injected into real hurdle steps', () => {
  let report: HikeFoldReport;
  beforeAll(() => {
    report = hikeFoldReport(correctHurdleTakes());
    const lines = [`limits chosen: ${report.folds.map((f) => `without ${f.heldOut.join(', ')} ${f.limit} deg`).join('; ')}; all eight ${report.all} deg`];
    for (const view of HIKE_VIEWS) {
      const r = report.heldOut[view];
      lines.push(`${view}: held-out false flags ${pct(r.falseFlags)}; injected hike caught ${HIKES_DEG.map((h) => `${h} deg ${pct(r.detections[h]!)}`).join(', ')}; smallest caught on ${CAUGHT_SHARE * 100}%: ${report.smallestCaught[view] ?? 'none tried'}`);
    }
    console.log(lines.join('\n'));
  }, 120_000);

  it('raises the lifting hip by the pelvis width times sin(hike) at the top of each lift', () => {
    const take = correctHurdleTakes().find((t) => t.view === 'front')!;
    const hiked = injectHike(take.frames, take.labels, 10);
    const lifts = take.frames.map((f, i) => ({ i, dy: (f.keypoints.left_hip!.y - hiked[i]!.keypoints.left_hip!.y) + (f.keypoints.right_hip!.y - hiked[i]!.keypoints.right_hip!.y) }));
    const width = Math.abs(take.frames[0]!.keypoints.left_hip!.x - take.frames[0]!.keypoints.right_hip!.x);
    expect(Math.max(...lifts.map((l) => l.dy))).toBeCloseTo(width * Math.sin(Math.PI / 18), 1);
    expect(lifts[0]!.dy).toBe(0);
  });

  it('ships the limit the same choice makes on all eight subjects', () => {
    expect(shippedHikeLimit()).toBe(report.all);
  });

  it('keeps held-out false flags within the budget and catches a 10 degree hike from the front', () => {
    for (const view of HIKE_VIEWS) {
      const ff = report.heldOut[view].falseFlags;
      expect(ff.flagged, `${view} false flags`).toBeLessThanOrEqual(FALSE_FLAG_BUDGET * ff.of);
    }
    expect(report.smallestCaught.front).not.toBeNull();
    expect(report.smallestCaught.front!).toBeLessThanOrEqual(10);
  });
});
