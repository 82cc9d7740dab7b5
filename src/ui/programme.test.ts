import { describe, expect, it } from 'vitest';
import { exerciseOptions } from '../shared/exercises';
import { defaultPlan, planOptions, repsTarget, targetMet, tempoFromValue } from './programme';

const plan = { sets: 3, reps: 8, holdSeconds: 4, tempo: [3, 1, 1] as [number, number, number] };

describe('programme plans', () => {
  it('turn into the set options each exercise understands', () => {
    expect(planOptions('squat', plan)).toEqual({ tempo: [3, 1, 1] });
    expect(planOptions('march', plan)).toEqual({ holdSeconds: 4 });
    expect(planOptions('march', { ...plan, holdSeconds: 0 })).toEqual({});
    expect(planOptions('hip-flexor-test', { ...plan, holdSeconds: 20 })).toEqual({ testSeconds: 20 });
    expect(repsTarget('hip-flexor-test', plan)).toBe(1);
    expect(repsTarget('march', plan)).toBe(8);
  });

  it('start from the hold a timed test asks by default, and no hold otherwise', () => {
    const base = { ...plan, restS: 60 };
    expect(defaultPlan('hip-flexor-test', base).holdSeconds).toBe(30);
    expect(defaultPlan('march', base).holdSeconds).toBe(0);
    expect(planOptions('hip-flexor-test', { ...plan, holdSeconds: 0 })).toEqual({ testSeconds: 30 });
  });

  it('meet the target per side where the exercise counts sides', () => {
    expect(targetMet({ total: 9, left: 8, right: 1 }, 8, true)).toBe(false);
    expect(targetMet({ total: 16, left: 8, right: 8 }, 8, true)).toBe(true);
    expect(targetMet({ total: 8, left: 0, right: 0 }, 8, false)).toBe(true);
  });
});

describe('tempo choices', () => {
  it('reads back every tempo offered from its option value, and "own pace" as none', () => {
    const tempos = exerciseOptions('squat').tempo ?? [];
    expect(tempos.length).toBeGreaterThan(0);
    for (const t of tempos) expect(tempoFromValue(t.join('-'))).toEqual(t);
    expect(tempoFromValue('')).toBeNull();
  });
});
