import { describe, expect, it } from 'vitest';
import { RepLog } from './rep-log';

const rep = (startS: number) => ({ startS, endS: startS + 1, faults: [], metrics: {}, good: true });

describe('RepLog', () => {
  it('numbers reps from 1 in the order they close', () => {
    const log = new RepLog();
    expect(log.add(rep(0)).index).toBe(1);
    expect(log.add({ ...rep(2), side: 'left' })).toEqual({ index: 2, side: 'left', startS: 2, endS: 3, faults: [], metrics: {}, good: true });
    expect(log.records.map((r) => r.index)).toEqual([1, 2]);
  });

  it('puts the number first, as the records were always written', () => {
    expect(Object.keys(new RepLog().add({ side: 'right', ...rep(0) }))[0]).toBe('index');
  });

  it('hands out a copy that later reps do not change', () => {
    const log = new RepLog();
    log.add(rep(0));
    const { repsDetail } = log.completed();
    log.add(rep(2));
    expect(repsDetail).toHaveLength(1);
    expect(log.completed().repsDetail).toHaveLength(2);
  });
});
