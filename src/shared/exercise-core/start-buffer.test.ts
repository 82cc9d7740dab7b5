import { describe, expect, it } from 'vitest';
import { kneeLift, play, render, squatRep, still, type Segment } from '../../../test/support/synthetic-body';
import { computeBaseline } from './calibration';
import { createSession } from '../exercises';
import type { PoseFrame } from './session-types';
import { MOVING_START_S, StartBuffer } from './start-buffer';

const FRONT = { view: 'front', noisePx: 2 } as const;
const SIDE = { view: 'side', noisePx: 2 } as const;

/** Alternating knee lifts with no pause anywhere: high knees from the first frame. */
const highKnees = (n: number): Segment[] =>
  Array.from({ length: n }, (_, i) => kneeLift(i % 2 ? 'right' : 'left', 0.7, { upS: 0.2, topS: 0.05, downS: 0.2 })).flat();

const shifted = (frames: readonly PoseFrame[], dx: (t: number) => number): PoseFrame[] =>
  frames.map((f) => ({
    ...f,
    keypoints: Object.fromEntries(Object.entries(f.keypoints).map(([name, k]) => [name, { ...k, x: k.x + dx(f.t) }])),
  }));

function buffered(frames: readonly PoseFrame[]): StartBuffer {
  const buffer = new StartBuffer();
  for (const f of frames) buffer.push(f, 'front');
  return buffer;
}

describe('StartBuffer', () => {
  it('keeps the frames since the person came to their spot, not the walk there', () => {
    const frames = render([still(2), still(3)], FRONT);
    // 0-2 s walking in from 400 px to the left, then in place.
    const walked = shifted(frames, (t) => (t < 2 ? -400 * (1 - t / 2) : 0));
    const spot = buffered(walked).inSpot();
    expect(spot[0]!.t).toBeGreaterThan(1);
    expect(spot.at(-1)!.t).toBe(walked.at(-1)!.t);
  });

  it('takes a baseline from movement only after MOVING_START_S in one spot', () => {
    const frames = render(highKnees(20), FRONT);
    const early = buffered(frames.filter((f) => f.t < MOVING_START_S - 0.2));
    expect(early.movingBaseline()).toBeNull();
    expect(buffered(frames).movingBaseline()).not.toBeNull();
  });

  it('measures the standing legs from the movement as from a still stand', () => {
    const fromStill = computeBaseline(render([still(1.5)], FRONT).map((f) => f.keypoints), 'front')!;
    const fromMovement = buffered(render(highKnees(20), FRONT)).movingBaseline()!;
    for (const side of ['left', 'right'] as const) {
      expect(Math.abs(fromMovement.kneeY[side]! - fromStill.kneeY[side]!)).toBeLessThan(0.05 * fromStill.thigh);
      expect(Math.abs(fromMovement.thighBySide[side]! - fromStill.thighBySide[side]!)).toBeLessThan(0.05 * fromStill.thigh);
    }
    expect(fromMovement.view).toBe('front');
  });

  it('takes the turn from the model\'s 3D keypoints where the frames have them', () => {
    const a = (40 * Math.PI) / 180;
    const at = (x: number, y: number) => ({ x: x * Math.cos(a), y, z: x * Math.sin(a), score: 0.9 });
    const world = { left_shoulder: at(0.2, -0.5), right_shoulder: at(-0.2, -0.5), left_hip: at(0.1, 0), right_hip: at(-0.1, 0) };
    const frames = render(highKnees(20), FRONT);
    expect(buffered(frames).movingBaseline()!.turnDeg).toBeLessThan(20);
    expect(buffered(frames.map((f) => ({ ...f, world }))).movingBaseline()!.turnDeg).toBeCloseTo(40, 6);
  });

  it('takes no baseline from a person who never straightens their legs', () => {
    const deep = { depth: 0.3 };
    const frames = render([still(1, deep), squatRep(0.1, { downS: 1, upS: 1, extra: deep }), still(2, deep)].flat(), FRONT);
    expect(buffered(frames).movingBaseline()).toBeNull();
  });
});

describe('a set that starts moving', () => {
  it('high knees from the first frame, front and side: every lift counts, none waits for a still moment', () => {
    for (const cam of [FRONT, SIDE]) {
      const session = createSession('march');
      const snaps = play(session, render([...highKnees(20), still(0.5)], cam));
      expect(snaps.some((s) => s.state === 'exercising')).toBe(true);
      expect(session.finish().reps).toEqual({ total: 20, left: 10, right: 10 });
    }
  });

  it('squats from the first frame, no pause between them: the ones before the calibration count too', () => {
    const frames = render([...squatRep(0.3), ...squatRep(0.3), ...squatRep(0.3), still(1)], SIDE);
    const session = createSession('squat');
    const snaps = play(session, frames);
    const started = snaps.findIndex((s) => s.state === 'exercising');
    expect(frames[started]!.t).toBeGreaterThanOrEqual(MOVING_START_S);
    expect(snaps[started]!.reps.total).toBe(1);
    expect(session.finish().reps.total).toBe(3);
  });
});
