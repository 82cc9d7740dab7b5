import { describe, expect, it } from 'vitest';
import type { RepRecord } from '../../shared/exercise-core/session-types';
import { checkStatus, repMeasure, setChecks } from './rep-checks';

const rep = (over: Partial<RepRecord>): RepRecord => ({ index: 1, startS: 0, endS: 2, faults: [], metrics: {}, good: true, ...over });

describe('rep checks', () => {
  it('says good, fault, not checkable or uncertain per check', () => {
    const r = rep({ faults: ['knees-in'], notChecked: ['forward-lean'], good: false });
    expect(checkStatus(r, 'knees-in')).toBe('fault');
    expect(checkStatus(r, 'forward-lean')).toBe('not-checkable');
    expect(checkStatus(r, 'shallow')).toBe('good');
    expect(checkStatus(rep({ uncertain: true }), 'shallow')).toBe('uncertain');
  });

  it('lists the adjustable checks, then those the reps were flagged with or could not make', () => {
    const reps = [rep({ notChecked: ['hips-uneven'] }), rep({ faults: ['low-bridge', 'shallow'], good: false })];
    expect(setChecks(['shallow'], reps)).toEqual(['shallow', 'hips-uneven', 'low-bridge']);
    expect(setChecks([], [rep({})])).toEqual([]);
  });

  it('takes the first measure the reps have, null where a rep lacks it', () => {
    const m = repMeasure([rep({ metrics: { depth: 0.1 } }), rep({ metrics: {} }), rep({ metrics: { depth: -0.2, peakLift: 1 } })]);
    expect(m).toEqual({ label: 'Depth', hint: '0 = thighs level, below 0 deeper', values: [0.1, null, -0.2] });
    expect(repMeasure([rep({ metrics: { peakLift: 0.9 } })])?.label).toBe('Knee height');
    expect(repMeasure([rep({})])).toBeNull();
  });
});
