import { describe, expect, it } from 'vitest';
import { cadenceFromContacts } from './cadence';

describe('cadence', () => {
  const every = (stepS: number, n: number, t0 = 0.3): number[] => Array.from({ length: n }, (_, i) => t0 + i * stepS);

  it('counts steps per minute from contacts of both feet', () => {
    const c = cadenceFromContacts(every(60 / 170, 20));
    expect(c.spm).toBeCloseTo(170, 6);
    expect(c.steps).toBe(19);
    expect(c.stepTimeCv).toBeCloseTo(0, 6);
  });

  it('counts a missed contact as the step it stands for', () => {
    const times = every(0.35, 16).filter((_, i) => i !== 7);
    const c = cadenceFromContacts(times);
    expect(c.spm).toBeCloseTo(60 / 0.35, 6);
    expect(c.missedContacts).toBe(1);
  });

  it('scales video time by the slow-motion factor', () => {
    expect(cadenceFromContacts(every(0.7, 10), 2).spm).toBeCloseTo(60 / 0.35, 6);
    expect(cadenceFromContacts(every(0.7, 10), 2).stepTimeS).toBeCloseTo(0.35, 6);
  });

  it('needs three contacts', () => {
    expect(cadenceFromContacts([0.1, 0.4]).spm).toBeNull();
  });
});
