import { describe, expect, it } from 'vitest';
import { FaultCatalog } from './fault-catalog';

const catalog = new FaultCatalog([
  { id: 'hip-hike', label: 'Hip hike', cue: 'hip-hike', keypoints: ['left_hip', 'right_hip'] },
  { id: 'knee-low', label: 'Knee dropped', cue: 'knee-low', keypoints: [], sidedPart: 'knee' },
  { id: 'side-lean', label: 'Side lean', cue: 'side-lean', keypoints: ['left_shoulder', 'left_hip', 'right_hip'] },
  { id: 'tempo-up', label: 'Rising tempo', cue: 'tempo-up-fast', slowCue: 'tempo-up-slow', keypoints: [] },
]);

describe('FaultCatalog', () => {
  it('speaks each fault by the cue its definition names', () => {
    expect(catalog.cues([{ id: 'side-lean' }, { id: 'hip-hike', side: 'left' }])).toEqual(['side-lean', 'hip-hike']);
  });

  it('has a fault that can go either way say which way it went', () => {
    expect(catalog.cue('tempo-up')).toBe('tempo-up-fast');
    expect(catalog.slowCue('tempo-up')).toBe('tempo-up-slow');
    expect(catalog.slowCue('hip-hike')).toBe('hip-hike');
  });

  it('colours the keypoints of the faults once each, a sided fault on its own side', () => {
    expect(catalog.keypoints([{ id: 'hip-hike' }, { id: 'side-lean' }])).toEqual(['left_hip', 'right_hip', 'left_shoulder']);
    expect(catalog.keypoints([{ id: 'knee-low', side: 'right' }])).toEqual(['right_knee']);
    expect(catalog.keypoints([{ id: 'knee-low' }])).toEqual([]);
  });

  it('refuses a fault its exercise does not define', () => {
    expect(() => catalog.cue('shallow')).toThrow('not in the exercise');
  });
});
