import { describe, expect, it } from 'vitest';
import type { FrameSample, LiveStats } from '../../src/live/page/live-automation';
import { bareRow, liveRow } from '../../scripts/bench/live-row';
import type { BareRow, LiveRow } from '../../scripts/bench/report';
import { clipTable, limitsTable, markdownTable, ratio, ratioTable, startupTable } from '../../scripts/bench/tables';

function stats(at: number, counts: { offered: number; processed: number; dropped: number }, samples: FrameSample[]): LiveStats {
  return {
    at,
    runner: 'worker',
    feed: 'track',
    engine: { model: 'movenet-lightning', backend: 'wasm', candidates: [], loadMs: 0, crossOriginIsolated: true },
    camera: {},
    ...counts,
    firstResultAt: 2400,
    engineRestarts: 0,
    samples,
  };
}

const sample = (at: number, inferMs: number, latencyMs: number): FrameSample => ({ at, inferMs, workerMs: inferMs + 2, latencyMs });
const config = { model: 'movenet-lightning', backend: 'wasm', mode: 'worker' } as const;

describe('liveRow', () => {
  const before = stats(1000, { offered: 10, processed: 4, dropped: 5 }, [sample(900, 999, 999)]);

  it('counts and times only the window between the two readings', () => {
    const after = stats(3000, { offered: 58, processed: 8, dropped: 49 }, [
      sample(900, 999, 999), sample(1500, 40, 60), sample(2000, 50, 70), sample(2500, 60, 80), sample(3000, 70, 90),
    ]);
    const row = liveRow(config, before, after, { frames: 120, maxGapMs: 33.33, longTasks: 1 }, { firstPoseMs: 2400, firstPoseCachedMs: 900 });
    expect(row).toEqual({
      ...config, feed: 'track', offered: 48, processed: 4, dropped: 44, fps: 2, cameraFps: 24,
      inferMsMedian: 55, inferMsP90: 67, latencyMsMedian: 75, latencyMsP90: 87,
      rafFps: 60, rafGapMaxMs: 33.3, longTasks: 1, firstPoseMs: 2400, firstPoseCachedMs: 900,
    });
  });

  it('refuses a window longer than the page kept samples for', () => {
    const after = stats(3000, { offered: 58, processed: 8, dropped: 49 }, [sample(3000, 70, 90)]);
    expect(() => liveRow(config, before, after, { frames: 0, maxGapMs: 0, longTasks: 0 }, { firstPoseMs: null, firstPoseCachedMs: null })).toThrow(/shorten the window/);
  });
});

describe('bareRow', () => {
  it('gives calls per second over the whole loop and the median call', () => {
    expect(bareRow('movenet-lightning', 'wasm', { msPerCall: [30, 50, 40, 40], totalMs: 200 }))
      .toEqual({ model: 'movenet-lightning', backend: 'wasm', fps: 20, inferMsMedian: 40, calls: 4 });
  });
});

describe('tables', () => {
  it('pads columns: labels to the left, figures to the right', () => {
    expect(markdownTable(['model', 'fps', 'ms'], [['a', 9.5, '40 / 52'], ['bcdef', 12, '-']])).toBe([
      '| model | fps |      ms |',
      '|-------|----:|--------:|',
      '| a     | 9.5 | 40 / 52 |',
      '| bcdef |  12 |       - |',
    ].join('\n'));
  });

  it('shows a ratio to two decimals, or a dash when there is nothing to divide', () => {
    expect(ratio(9, 12)).toBe('0.75x');
    expect(ratio(9, 0)).toBe('-');
    expect(ratio(undefined, 12)).toBe('-');
    expect(ratio(NaN, 12)).toBe('-');
  });

  const live = (mode: LiveRow['mode'], fps: number, rafGapMaxMs: number, longTasks: number): LiveRow => ({
    model: 'movenet-lightning', backend: 'wasm', mode, feed: 'video', offered: 240, processed: fps * 10, dropped: 240 - fps * 10, fps, cameraFps: 24,
    inferMsMedian: 45, inferMsP90: 50, latencyMsMedian: 60, latencyMsP90: 70, rafFps: 60, rafGapMaxMs, longTasks, firstPoseMs: 2100, firstPoseCachedMs: 800,
  });
  const bare: BareRow[] = [{ model: 'movenet-lightning', backend: 'wasm', fps: 24, inferMsMedian: 40, calls: 100 }];

  it('sets the worker against the bare model, the camera and the main thread', () => {
    const table = ratioTable(bare, [live('worker', 18, 17, 0), live('main', 12, 310, 98)]);
    expect(table.split('\n')[2]).toBe(
      '| movenet-lightning | wasm    |             0.75x |               0.75x |              0.75x |             1.50x |                  1.13x |                         17 vs 310 |                   0 vs 98 |',
    );
  });

  it('leaves a dash where the main-thread run is missing', () => {
    const table = ratioTable(bare, [live('worker', 18, 17, 0)]);
    expect(table.split('\n')[2]).toContain('|                 - |');
    expect(table.split('\n')[2]).toContain('0 vs -');
  });

  it('lists the limits with the camera frame rate the worker run saw', () => {
    expect(limitsTable(bare, [live('worker', 18, 17, 0)]).split('\n')[2]).toBe('| movenet-lightning | wasm    |             24 |                40 |         24 |');
  });
});

describe('startupTable', () => {
  it('shows the first pose fresh and cached, and the latency against the inference', () => {
    const row: LiveRow = {
      model: 'movenet-lightning', backend: 'wasm', mode: 'worker', feed: 'track', offered: 240, processed: 200, dropped: 40, fps: 20, cameraFps: 24,
      inferMsMedian: 40, inferMsP90: 50, latencyMsMedian: 46, latencyMsP90: 70, rafFps: 60, rafGapMaxMs: 17, longTasks: 0, firstPoseMs: 2100, firstPoseCachedMs: null,
    };
    expect(startupTable([row]).split('\n')[2]).toMatch(/^\| movenet-lightning \| wasm +\| worker +\| +2100 \| +- \| +1\.15x \|$/);
  });
});

describe('clipTable', () => {
  it('shows the speed against real time and the error of a clip that could not be analysed', () => {
    const table = clipTable([
      { clip: 'run.mp4', model: 'blazepose-lite', workers: 2, frames: 388, durationS: 6.47, analysisS: 32.1, realtimeRatio: 4.96, speed: 0.2, msPerFrame: 83, result: '167.6 steps/min' },
      { clip: 'walk.mp4', model: 'blazepose-lite', workers: null, frames: 0, durationS: null, analysisS: null, realtimeRatio: null, speed: null, msPerFrame: null, result: 'too-short: Only 2 steps' },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^\| run\.mp4 +\| blazepose-lite \| 2 +\| 167\.6 steps\/min +\| +388 \| +6\.47 \| +32\.1 \| +0\.2x \| +83 \|$/);
    expect(lines[3]).toMatch(/\| - +\| too-short: Only 2 steps \| +0 \| +- \| +- \| +- \| +- \|$/);
  });
});
