import { describe, expect, it } from 'vitest';
import { ProgressGate, type KeyFrameRecords } from './progress-gate';
import type { KeyFrame, RepRecord, SetSummary } from '../../shared/exercise-core/session-types';

const rep = (index: number): RepRecord => ({ index, startS: index, endS: index + 0.5, faults: [], metrics: {}, good: true });

/** A set of `total` counted reps, the first `records` of them with their record. */
function set(total: number, records = total): SetSummary {
  return {
    exercise: 'squat',
    view: 'side',
    durationS: total,
    reps: { total, left: 0, right: 0 },
    repsDetail: Array.from({ length: records }, (_, i) => rep(i + 1)),
    faultCounts: {},
  };
}

const keyFrame: KeyFrame = { repIndex: 1, faults: ['shallow'], image: 'data:image/jpeg;base64,', width: 4, height: 3, keypoints: {}, faultyKeypoints: [] };

/** Records what the gate hands the key frames; `changed` is set by the test, cleared by attach(). */
class FakeKeyFrames implements KeyFrameRecords {
  changed = false;
  kept: KeyFrame | undefined;
  readonly closedReps: number[] = [];

  closed(reps: readonly RepRecord[]): void {
    this.closedReps.push(...reps.map((r) => r.index));
  }

  attach(summary: SetSummary): SetSummary {
    this.changed = false;
    return this.kept ? { ...summary, keyFrame: this.kept } : summary;
  }

  /** A picture made for a rep: the next progress carries it. */
  keep(k: KeyFrame): void {
    this.kept = k;
    this.changed = true;
  }
}

/** The gate's answer for a frame showing `count`, and whether it asked for the set. */
function offer(gate: ProgressGate, count: number, current: SetSummary): { sent: SetSummary | undefined; asked: boolean } {
  let asked = false;
  const sent = gate.next(count, () => {
    asked = true;
    return current;
  });
  return { sent, asked };
}

describe('progress gate', () => {
  it('sends nothing, and does not build the set, while nothing changed', () => {
    const gate = new ProgressGate(new FakeKeyFrames());
    expect(offer(gate, 0, set(0))).toEqual({ sent: undefined, asked: false });
  });

  it('sends the set when the count changes, then not again for the same count', () => {
    const keys = new FakeKeyFrames();
    const gate = new ProgressGate(keys);
    expect(offer(gate, 1, set(1)).sent).toEqual(set(1));
    expect(keys.closedReps).toEqual([1]);
    expect(offer(gate, 1, set(1))).toEqual({ sent: undefined, asked: false });
    expect(offer(gate, 2, set(2)).sent).toEqual(set(2));
    expect(keys.closedReps).toEqual([1, 2]);
  });

  it('sends a counted rep again once its record comes (a squat stands up after the count)', () => {
    const keys = new FakeKeyFrames();
    const gate = new ProgressGate(keys);
    expect(offer(gate, 1, set(1, 0)).sent).toEqual(set(1, 0));
    // Count sent, record still missing: the gate keeps asking until it comes.
    expect(offer(gate, 1, set(1, 0))).toEqual({ sent: undefined, asked: true });
    expect(offer(gate, 1, set(1, 1)).sent).toEqual(set(1, 1));
    expect(keys.closedReps).toEqual([1]);
    expect(offer(gate, 1, set(1, 1))).toEqual({ sent: undefined, asked: false });
  });

  it('sends the set when a new key frame was kept, with the key frame attached', () => {
    const keys = new FakeKeyFrames();
    const gate = new ProgressGate(keys);
    offer(gate, 1, set(1));
    keys.keep(keyFrame);
    expect(offer(gate, 1, set(1)).sent).toEqual({ ...set(1), keyFrame });
    expect(keys.changed).toBe(false);
    expect(offer(gate, 1, set(1))).toEqual({ sent: undefined, asked: false });
  });

  it('counts on from an earlier part of the set, whose reps the page already has', () => {
    const keys = new FakeKeyFrames();
    const gate = new ProgressGate(keys, set(3));
    expect(offer(gate, 3, set(3))).toEqual({ sent: undefined, asked: false });
    expect(offer(gate, 4, set(4)).sent).toEqual(set(4));
    // Only the new part's records go to the key frames.
    expect(keys.closedReps).toEqual([4]);
  });

  it('does not wait for records an earlier part never got (cut off by a reload)', () => {
    const gate = new ProgressGate(new FakeKeyFrames(), set(3, 2));
    expect(offer(gate, 3, set(3, 2))).toEqual({ sent: undefined, asked: false });
  });

  it('hands the key frames the records the page was never sent at the set\'s end', () => {
    const keys = new FakeKeyFrames();
    const gate = new ProgressGate(keys);
    offer(gate, 1, set(1));
    gate.finish(set(3));
    expect(keys.closedReps).toEqual([1, 2, 3]);
  });
});
