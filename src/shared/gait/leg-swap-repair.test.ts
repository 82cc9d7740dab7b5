import { describe, expect, it } from 'vitest';
import type { KeypointName } from '../pose/keypoints';
import type { PoseFrame } from '../exercise-core/session-types';
import { tracksFromFrames } from './keypoint-tracks';
import { repairLegSwaps } from './leg-swap-repair';
import { syntheticRun } from '../../../test/support/synthetic-runner';

const LEG = ['hip', 'knee', 'ankle', 'heel', 'foot_index'] as const;

function swapLegs(frame: PoseFrame): PoseFrame {
  const k = { ...frame.keypoints };
  for (const part of LEG) {
    const l = k[`left_${part}` as KeypointName], r = k[`right_${part}` as KeypointName];
    k[`left_${part}` as KeypointName] = r;
    k[`right_${part}` as KeypointName] = l;
  }
  return { ...frame, keypoints: k };
}

/** Both legs drawn where the left one is (the model "putting both legs in one place"). */
function collapseLegs(frame: PoseFrame): PoseFrame {
  const k = { ...frame.keypoints };
  for (const part of LEG) k[`right_${part}` as KeypointName] = k[`left_${part}` as KeypointName];
  return { ...frame, keypoints: k };
}

function heelError(repairedX: number[], truth: PoseFrame[], side: 'left' | 'right'): number[] {
  return truth.map((f, i) => Math.abs((repairedX[i] ?? Number.NaN) - f.keypoints[`${side}_heel`]!.x));
}

describe('leg swap repair', () => {
  for (const fps of [60, 25]) {
    it(`undoes single-frame swaps, a swapped stretch and collapsed frames at ${fps} fps`, () => {
      const run = syntheticRun({ fps, durationS: 5, noisePx: 2, legPx: 400 });
      const truth = run.frames;
      const n = truth.length;
      const swappedAt = new Set<number>([5, 17, 18, 40]);
      for (let i = Math.round(n * 0.5); i < Math.round(n * 0.62); i++) swappedAt.add(i);
      const collapsedAt = new Set<number>([30, Math.round(n * 0.8)]);
      const input = truth.map((f, i) => (collapsedAt.has(i) ? collapseLegs(f) : swappedAt.has(i) ? swapLegs(f) : f));

      const { set, swapped, collapsed } = repairLegSwaps(tracksFromFrames(input));

      for (const i of collapsedAt) expect(collapsed[i]).toBe(true);
      expect(collapsed.filter(Boolean).length).toBe(collapsedAt.size);
      const wrongLabels = swapped.filter((s, i) => !collapsedAt.has(i) && s !== swappedAt.has(i)).length;
      expect(wrongLabels).toBe(0);
      for (const side of ['left', 'right'] as const) {
        const err = heelError(set.tracks[`${side}_heel`]!.x, truth, side).filter((_, i) => !collapsedAt.has(i));
        expect(Math.max(...err)).toBeLessThan(10);
      }
    });
  }

  it('leaves a clean sequence alone, including the moments the feet pass each other', () => {
    for (const fps of [25, 30, 60]) {
      const run = syntheticRun({ fps, durationS: 4, noisePx: 3, cadenceSpm: 180 });
      const { swapped, collapsed } = repairLegSwaps(tracksFromFrames(run.frames));
      expect(swapped.some(Boolean)).toBe(false);
      expect(collapsed.some(Boolean)).toBe(false);
    }
  });

  it('keeps the model’s labels when the whole clip is one consistent labelling', () => {
    const run = syntheticRun({ fps: 30, durationS: 3 });
    const { swapped } = repairLegSwaps(tracksFromFrames(run.frames.map(swapLegs)));
    expect(swapped.some(Boolean)).toBe(false);
  });
});
