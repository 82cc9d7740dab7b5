import { describe, expect, it } from 'vitest';
import type { RunningReport } from '../../shared/gait';
import { exerciseProgress, progressTimeRange, runningProgress } from './progress-series';
import type { RepRecord, SetSummary } from '../../shared/exercise-core/session-types';

const rep = (side: 'left' | 'right' | undefined, metrics: Record<string, number>, extra: Partial<RepRecord> = {}): RepRecord =>
  ({ index: 1, ...(side ? { side } : {}), startS: 0, endS: 1, faults: [], metrics, good: true, ...extra });
const set = (exercise: SetSummary['exercise'], repsDetail: RepRecord[], holds?: SetSummary['holds']): SetSummary => ({
  exercise, view: 'front', durationS: 60, reps: { total: repsDetail.length, left: 0, right: 0 }, repsDetail, ...(holds ? { holds } : {}), faultCounts: {},
});

describe('progress series', () => {
  it('counts good and faulty reps and takes the worst hike per side, oldest set first', () => {
    const p = exerciseProgress([
      { at: 2_000_000, summary: set('march', [rep('left', { peakHikeDeg: 3 }), rep('right', { peakHikeDeg: 1 })]) },
      { at: 1_000_000, summary: set('march', [
        rep('left', { peakHikeDeg: 9 }, { good: false, faults: ['hip-hike'] }), rep('left', { peakHikeDeg: 4 }), rep('right', {}, { uncertain: true, good: false }),
      ]) },
    ]);
    expect(p.t).toEqual([1000, 2000]);
    expect(p.goodReps).toEqual([1, 2]);
    expect(p.faultyReps).toEqual([1, 0]);
    expect(p.worstHikeDeg).toEqual({ left: [9, 3], right: [null, 1] });
    expect(p.depth).toBeNull();
    expect(p.holdS).toBeNull();
  });

  it('gives squat depth as the median of the reps, and holds per side', () => {
    expect(exerciseProgress([{ at: 0, summary: set('squat', [rep(undefined, { depth: 0.1 }), rep(undefined, { depth: -0.2 }), rep(undefined, { depth: 0.3 })]) }]).depth).toEqual([0.1]);
    const holds = exerciseProgress([
      { at: 0, summary: set('hip-flexor-test', [rep('left', {}, { holdS: 12 })], { left: 12, right: 30, differenceS: 18 }) },
      { at: 1, summary: set('march', [rep('left', {}, { holdS: 3 }), rep('left', {}, { holdS: 5 }), rep('right', {}, { holdS: 4 })]) },
    ]);
    expect(holds.holdS).toEqual({ left: [12, 5], right: [30, 4] });
    expect(holds.holdBothS).toBeNull();
    const bridge = exerciseProgress([{ at: 0, summary: set('glute-bridge', [rep(undefined, {}, { holdS: 2 }), rep(undefined, {}, { holdS: 4.5 })]) }]);
    expect(bridge.holdBothS).toEqual([4.5]);
    expect(bridge.holdS).toBeNull();
  });

  it('charts a running clip: cadence, overstride per foot in % of leg length, heel-first share', () => {
    const report = {
      cadenceSpm: 172,
      summary: { metrics: { overstride: { sides: { left: { mean: 0.12 }, right: { mean: 0.2 } } } }, rearfootShare: 0.25 },
    } as unknown as RunningReport;
    const r = runningProgress([{ at: 5000, report }, { at: 1000, report: { ...report, cadenceSpm: null } }]);
    expect(r.t).toEqual([1, 5]);
    expect(r.cadenceSpm).toEqual([null, 172]);
    expect(r.overstridePct.left[1]).toBeCloseTo(12);
    expect(r.overstridePct.right[1]).toBeCloseTo(20);
    expect(r.rearfootPct).toEqual([25, 25]);
  });
});

describe('progressTimeRange', () => {
  const at = Date.UTC(2027, 1, 3, 10, 30) / 1000;

  it('shows one session in a two-hour window around it, not years', () => {
    expect(progressTimeRange([at])).toEqual([at - 3600, at + 3600]);
  });

  it('widens two sessions of one morning to two hours around their middle', () => {
    const [lo, hi] = progressTimeRange([at, at + 1800])!;
    expect(hi - lo).toBe(7200);
    expect((lo + hi) / 2).toBe(at + 900);
  });

  it('spans a few days with a 5% margin either side', () => {
    const days = 3 * 86400;
    expect(progressTimeRange([at, at + 86400, at + days])).toEqual([at - 0.05 * days, at + days + 0.05 * days]);
  });

  it('leaves an empty chart to the library', () => {
    expect(progressTimeRange([])).toBeNull();
  });
});
