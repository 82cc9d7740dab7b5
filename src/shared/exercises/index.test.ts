import { describe, expect, it } from 'vitest';
import { createSession, EXERCISES, exerciseInfo, isExerciseId } from '.';

describe('exercise registry', () => {
  it('lists every exercise with what the UI shows', () => {
    expect(EXERCISES.map((e) => e.id)).toEqual([
      'march', 'squat', 'hip-flexor-test', 'pelvic-tilt', 'heel-slide', 'straight-leg-raise', 'supine-march', 'glute-bridge', 'dead-bug',
    ]);
    for (const e of EXERCISES) {
      expect(e.name.length).toBeGreaterThan(3);
      expect(e.setupHint.length).toBeGreaterThan(10);
      expect(e.description.length).toBeGreaterThan(10);
      expect(['front', 'side', 'front-or-side']).toContain(e.view);
    }
    expect(exerciseInfo('squat')).toMatchObject({ view: 'front-or-side', perSide: false });
    expect(exerciseInfo('march').perSide).toBe(true);
  });

  it('recognises exercise ids', () => {
    expect(isExerciseId('hip-flexor-test')).toBe(true);
    expect(isExerciseId('deadlift')).toBe(false);
    expect(isExerciseId(undefined)).toBe(false);
  });

  it('creates a fresh session for each exercise', () => {
    for (const e of EXERCISES) {
      const s = createSession(e.id);
      expect(s.update({ t: 0, keypoints: {}, width: 640, height: 480 })).toMatchObject({ exercise: e.id, state: 'no-person' });
    }
  });
});
