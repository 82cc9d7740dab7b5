import { describe, expect, it } from 'vitest';
import { parseCpuinfo } from '../../scripts/bench/machine';
import { median, percentile, round } from '../../scripts/bench/stats';

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
  });

  it('does not depend on the order of the values, nor change them', () => {
    const values = [5, 1, 4, 2, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it('gives the extremes at 0 and 100, the only value for one, NaN for none', () => {
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('round', () => {
  it('rounds to the given decimals', () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(12.345, 0)).toBe(12);
  });
});

describe('parseCpuinfo', () => {
  it('reads the model and counts the processors', () => {
    const text = ['processor\t: 0', 'model name\t: Intel(R) Xeon(R) Processor', '', 'processor\t: 1', 'model name\t: Intel(R) Xeon(R) Processor', ''].join('\n');
    expect(parseCpuinfo(text)).toEqual({ cpuModel: 'Intel(R) Xeon(R) Processor', cpuCount: 2 });
  });

  it('says unknown when there is no model name (e.g. some ARM boards)', () => {
    expect(parseCpuinfo('processor\t: 0\nBogoMIPS\t: 48.00\n')).toEqual({ cpuModel: 'unknown', cpuCount: 1 });
  });
});
