import { describe, expect, it } from 'vitest';
import { sideStats, stats } from './side-stats';

describe('left/right statistics', () => {
  it('gives mean, SD and the symmetry index', () => {
    expect(stats([1, 2, 3])).toEqual({ mean: 2, sd: 1, n: 3 });
    const s = sideStats([
      { foot: 'left', value: 300 }, { foot: 'left', value: 310 },
      { foot: 'right', value: 270 }, { foot: 'right', value: 280 }, { foot: 'right', value: null },
    ]);
    expect(s.left?.mean).toBe(305);
    expect(s.right?.n).toBe(2);
    expect(s.difference).toBe(30);
    expect(s.asymmetryPct).toBeCloseTo((100 * 30) / 290, 6);
  });

  it('leaves out the percent for measures near zero and for one side only', () => {
    expect(sideStats([{ foot: 'left', value: 0.5 }, { foot: 'right', value: -0.4 }], 2).asymmetryPct).toBeNull();
    expect(sideStats([{ foot: 'left', value: 5 }]).asymmetryPct).toBeNull();
  });
});
