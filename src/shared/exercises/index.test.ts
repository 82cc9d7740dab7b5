import { describe, expect, it } from 'vitest';
import { createSession, EXERCISES, exerciseInfo, exerciseOptions, faultDefinition, isExerciseId } from '.';
import { birdDog } from './bird-dog';
import { deadBug } from './dead-bug';
import { gluteBridge } from './glute-bridge';
import { heelSlide } from './heel-slide';
import { hipFlexorTest } from './hip-flexor-test';
import { kneelingStretch } from './kneeling-stretch';
import { legCurl } from './leg-curl';
import { march } from './march';
import { pelvicTilt } from './pelvic-tilt';
import { squat } from './squat';
import { straightLegRaise } from './straight-leg-raise';
import { supineMarch } from './supine-march';
import { cue } from '../exercise-core/cues';

describe('exercise registry', () => {
  it('lists every exercise with what the UI shows', () => {
    expect(EXERCISES.map((e) => e.id)).toEqual([
      'march', 'squat', 'hip-flexor-test', 'leg-curl', 'kneeling-stretch', 'bird-dog', 'pelvic-tilt', 'heel-slide', 'straight-leg-raise', 'supine-march', 'glute-bridge', 'dead-bug',
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
    expect(isExerciseId('toString')).toBe(false);
  });

  it('gives every exercise its faults, each with a label and a spoken correction, one meaning per fault id', () => {
    const definitions = [march, squat, hipFlexorTest, legCurl, kneelingStretch, birdDog, pelvicTilt, heelSlide, straightLegRaise, supineMarch, gluteBridge, deadBug];
    expect(definitions.map((d) => d.info.id)).toEqual(EXERCISES.map((e) => e.id));
    for (const { faults } of definitions) {
      expect(faults.length).toBeGreaterThan(0);
      expect(new Set(faults.map((f) => f.id)).size).toBe(faults.length);
      for (const f of faults) {
        expect(f.label.length).toBeGreaterThan(3);
        expect(cue(f.cue).speak).toBe(true);
        expect(faultDefinition(f.id)).toEqual(f);
      }
    }
  });

  it('keeps each set option with its exercise', () => {
    expect(exerciseOptions('hip-flexor-test').testLength).toEqual({ choices: [15, 20, 30, 45], default: 30 });
    expect(exerciseOptions('march').holdAtTop?.choices).toContain(0);
    expect(exerciseOptions('squat')).toMatchObject({ ownReference: true });
    expect(exerciseOptions('squat').tempo?.length).toBeGreaterThan(0);
    expect(exerciseOptions('heel-slide')).toEqual({});
  });

  it('creates a fresh session for each exercise', () => {
    for (const e of EXERCISES) {
      const s = createSession(e.id);
      expect(s.update({ t: 0, keypoints: {}, width: 640, height: 480 })).toMatchObject({ exercise: e.id, state: 'no-person' });
    }
  });
});
