import { describe, expect, it } from 'vitest';
import type { RepRecord } from '../../shared/exercise-core/session-types';
import { WorstRepFrame } from './worst-rep-frame';

const rep = (index: number, faults: string[], extra: Partial<RepRecord> = {}): RepRecord =>
  ({ index, startS: index, endS: index + 1, faults, metrics: {}, good: faults.length === 0, ...extra });

/** Feeds a rep's frames (faults showing in each), then its record; returns [grabbed frame indexes, kept]. */
function playRep(p: WorstRepFrame, showing: number[], record: RepRecord): [number[], boolean] {
  const grabbed = showing.flatMap((n, i) => (p.offer(n) ? [i] : []));
  return [grabbed, p.closed(record)];
}

describe('WorstRepFrame', () => {
  it('grabs a rep only at the moments more faults show at once, and keeps the first of the most', () => {
    const p = new WorstRepFrame();
    expect(playRep(p, [0, 0, 1, 1, 2, 2, 1, 0], rep(1, ['shallow', 'knees-in']))).toEqual([[2, 4], true]);
  });

  it('keeps a later rep only when it has more faults than the one kept', () => {
    const p = new WorstRepFrame();
    expect(playRep(p, [0, 1, 0], rep(1, ['shallow']))[1]).toBe(true);
    expect(playRep(p, [0, 1, 0], rep(2, ['knees-in']))[1]).toBe(false);
    expect(playRep(p, [0, 1, 2, 0], rep(3, ['shallow', 'knees-in']))[1]).toBe(true);
  });

  it('keeps nothing for good reps, uncertain reps, or a faulty record no frame showed', () => {
    const p = new WorstRepFrame();
    expect(playRep(p, [0, 0], rep(1, []))).toEqual([[], false]);
    expect(playRep(p, [1, 1], rep(2, ['shallow'], { uncertain: true }))[1]).toBe(false);
    expect(playRep(p, [0, 0], rep(3, ['shallow']))[1]).toBe(false);
  });

  it('starts each rep afresh: a fault before the last record does not stand for the next rep', () => {
    const p = new WorstRepFrame();
    playRep(p, [2], rep(1, []));
    expect(playRep(p, [0, 1], rep(2, ['shallow']))).toEqual([[1], true]);
  });

  it('takes no candidate for the next rep from faults still showing after a record closed', () => {
    const p = new WorstRepFrame();
    playRep(p, [1], rep(1, ['knees-in']));
    // The debounced fault of rep 1 still shows for a few frames; rep 2 then shows one of its own.
    expect(playRep(p, [1, 1, 0, 0, 1], rep(2, ['knees-in', 'shallow']))).toEqual([[4], true]);
  });

  it('does not count a rep whose frame could not be pictured as the one kept', () => {
    const p = new WorstRepFrame();
    p.offer(1);
    expect(p.closed(rep(1, ['shallow']), false)).toBe(false);
    expect(playRep(p, [0, 1], rep(2, ['shallow']))[1]).toBe(true);
    p.lost(1);
    expect(playRep(p, [0, 1], rep(3, ['knees-in']))[1]).toBe(true);
  });

  it('carried on after a reload, beats only the earlier part\'s key frame', () => {
    const p = new WorstRepFrame(2);
    expect(playRep(p, [1, 2], rep(5, ['shallow', 'knees-in']))[1]).toBe(false);
    expect(playRep(p, [0, 1, 3], rep(6, ['shallow', 'knees-in', 'forward-lean']))[1]).toBe(true);
  });
});
