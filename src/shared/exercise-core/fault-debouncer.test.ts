import { describe, expect, it } from 'vitest';
import { FaultDebouncer } from './fault-debouncer';
import type { ActiveFault } from './session-types';

const hike: ActiveFault = { id: 'hip-hike', side: 'right', value: 7 };

function feed(d: FaultDebouncer, present: (t: number) => boolean, seconds: number, fps = 30) {
  const shown: number[] = [];
  for (let i = 0; i <= seconds * fps; i++) {
    const t = i / fps;
    if (d.update(t, present(t) ? [hike] : []).length) shown.push(t);
  }
  return shown;
}

describe('FaultDebouncer', () => {
  it('shows a fault only after about 200 ms of persistence', () => {
    const shown = feed(new FaultDebouncer(), (t) => t >= 1, 2);
    expect(shown[0]).toBeGreaterThanOrEqual(1.2 - 1e-9);
    expect(shown[0]).toBeLessThan(1.25);
  });

  it('ignores a fault flashing for less than the onset time', () => {
    expect(feed(new FaultDebouncer(), (t) => t > 1 && t < 1.15, 2)).toHaveLength(0);
  });

  it('rides over a single dropped frame but not over a real gap', () => {
    const oneFrameGap = (t: number) => t >= 1 && Math.abs(t - 1.1) > 0.01;
    expect(feed(new FaultDebouncer(), oneFrameGap, 1.5)[0]).toBeLessThan(1.25);
    const realGap = (t: number) => (t >= 1 && t < 1.15) || (t >= 1.35 && t < 1.5);
    expect(feed(new FaultDebouncer(), realGap, 2)).toHaveLength(0);
  });

  it('keeps a shown fault through brief absences and clears it after the release time', () => {
    const shown = feed(new FaultDebouncer(), (t) => t >= 1 && t < 2, 3);
    expect(shown[shown.length - 1]).toBeGreaterThanOrEqual(2.15);
    expect(shown[shown.length - 1]).toBeLessThan(2.25);
  });

  it('tracks the same fault on different sides separately', () => {
    const d = new FaultDebouncer(0.1);
    d.update(0, [hike]);
    d.update(0.05, [hike]);
    const active = d.update(0.1, [hike, { id: 'hip-hike', side: 'left' }]);
    expect(active).toEqual([hike]);
  });
});
