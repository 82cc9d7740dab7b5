import { describe, expect, it } from 'vitest';
import { classifyFootStrike, isRearfootStrike } from './foot-strike';

describe('foot strike', () => {
  it('splits at about 8 and -1.6 degrees (Altman & Davis)', () => {
    expect(classifyFootStrike(15)).toBe('rearfoot');
    expect(classifyFootStrike(3)).toBe('midfoot');
    expect(classifyFootStrike(-6)).toBe('forefoot');
    expect(isRearfootStrike(8.5)).toBe(true);
    expect(isRearfootStrike(3)).toBe(false);
  });
});
