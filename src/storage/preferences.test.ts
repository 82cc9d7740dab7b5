import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN, DEFAULT_PREFERENCES, loadPlans, loadPreferences, readPlans, readPreferences, savePlans, savePreferences } from './preferences';

describe('preferences and plans', () => {
  it('start from the defaults and keep what is saved', async () => {
    expect(await loadPreferences()).toEqual(DEFAULT_PREFERENCES);
    const changed = { ...DEFAULT_PREFERENCES, mirror: false, voice: { enabled: false, name: 'Daniel', rate: 1.2 }, thresholds: { squat: { shallowD: 0 } } };
    await savePreferences(changed);
    expect(await loadPreferences()).toEqual(changed);
    await savePlans({ squat: { ...DEFAULT_PLAN, tempo: [3, 1, 1] } });
    expect(await loadPlans()).toEqual({ squat: { ...DEFAULT_PLAN, tempo: [3, 1, 1] } });
  });

  it('drop only the fields that are broken', () => {
    expect(readPreferences({ model: 'imaginary', mirror: 'yes', camera: 'cam-2', voice: { rate: 99 }, thresholds: { squat: { shallowD: 0, x: 'a' }, cartwheel: { y: 1 } } }))
      .toEqual({ ...DEFAULT_PREFERENCES, camera: 'cam-2', thresholds: { squat: { shallowD: 0 } } });
    expect(readPreferences('garbage')).toEqual(DEFAULT_PREFERENCES);
    const reference = { reps: 5, depth: 0.1, leanDeg: null, kneeRatio: 0.95, createdAt: 1 };
    expect(readPreferences({ squatReference: reference }).squatReference).toEqual(reference);
    expect(readPreferences({ squatReference: { ...reference, reps: 2 } }).squatReference).toBeNull();
    expect(readPreferences({ squatReference: { ...reference, depth: 'deep' } }).squatReference).toBeNull();
    expect(readPlans({ squat: { ...DEFAULT_PLAN, sets: 0 }, march: DEFAULT_PLAN, cartwheel: DEFAULT_PLAN })).toEqual({ march: DEFAULT_PLAN });
  });
});
