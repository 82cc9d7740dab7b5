import { describe, expect, it } from 'vitest';
import { countFaults, summarizeSet } from './set-summary';
import type { ExerciseDefinition } from './exercise-definition';
import type { RepRecord } from './session-types';

const rep = (index: number, faults: string[]): RepRecord => ({ index, startS: index, endS: index + 1, faults, metrics: {}, good: faults.length === 0 });

describe('set summary', () => {
  it('counts each fault once per rep', () => {
    expect(countFaults([rep(1, ['shallow', 'shallow', 'knees-in']), rep(2, []), rep(3, ['shallow'])])).toEqual({ shallow: 2, 'knees-in': 1 });
  });

  it('names the checks the reps were judged on, and holds only where there are some', () => {
    const def = { info: { id: 'squat' }, adjustable: [{ fault: 'shallow' }, { fault: 'knees-in' }] } as unknown as ExerciseDefinition;
    const reps = { total: 1, left: 0, right: 0 };
    const summary = summarizeSet(def, { repsDetail: [rep(1, ['shallow'])] }, reps, 'side', 4);
    expect(summary).toEqual({
      exercise: 'squat', view: 'side', durationS: 4, reps, repsDetail: [rep(1, ['shallow'])], faultCounts: { shallow: 1 }, checks: ['shallow', 'knees-in'],
    });
    expect(summary).not.toHaveProperty('holds');
    expect(summary.reps).not.toBe(reps);
    const holds = { left: 20, right: 25, differenceS: 5 };
    expect(summarizeSet({ info: { id: 'hip-flexor-test' } } as unknown as ExerciseDefinition, { repsDetail: [], holds }, reps, null, 0)).toMatchObject({ holds, checks: [] });
  });
});
