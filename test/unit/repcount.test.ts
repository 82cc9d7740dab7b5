/**
 * RepCount-A squats as an independent rep-count test: no threshold was set on them (see
 * scripts/eval/repcount.ts for how their normalised landmarks are played, and why the figures are a
 * lower bound on accuracy). The limits asserted are today's figures, so a change that counts worse fails.
 */
import { describe, expect, it } from 'vitest';
import { listRepCountVideos, POSERAC, REPCOUNT_DIR, repCountScores } from '../../scripts/eval/repcount';
import { sharedDataOrSkip } from '../support/shared-data';

const have = sharedDataOrSkip(REPCOUNT_DIR, 'RepCount-A squat landmarks (repcount_pose/index.json)', listRepCountVideos().length);

describe.runIf(have)('RepCount-A squats', () => {
  it('counts within today\'s error on the 18 annotated videos', () => {
    const s = repCountScores();
    console.log(s.results.map((r) => `${r.file.padEnd(24)} annotated ${String(r.annotated).padStart(3)} counted ${String(r.counted).padStart(3)}`).join('\n'));
    console.log(`RepCount-A squats: MAE ${s.mae.toFixed(2)}, off-by-one ${s.offByOne.toFixed(2)} over ${s.videos} videos (PoseRAC, trained on RepCount: MAE ${POSERAC.mae}, off-by-one ${POSERAC.offByOne})`);
    expect(s.videos).toBe(18);
    expect(s.mae).toBeLessThanOrEqual(0.4);
    expect(s.offByOne).toBeGreaterThanOrEqual(0.5);
  });
});
