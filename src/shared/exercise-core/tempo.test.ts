import { describe, expect, it } from 'vitest';
import { phaseDurations, type TempoSample } from './tempo';

/** Standing 1 s, down over `down`, pause `bottom`, up over `up`, standing 1 s; 30 fps. */
function rep(down: number, bottom: number, up: number, noise = 0): TempoSample[] {
  const out: TempoSample[] = [];
  const total = 1 + down + bottom + up + 1;
  for (let i = 0; i <= total * 30; i++) {
    const t = i / 30;
    let v = 1;
    if (t > 1 && t <= 1 + down) v = 1 - 1.2 * (1 - Math.cos((Math.PI * (t - 1)) / down)) / 2;
    else if (t > 1 + down && t <= 1 + down + bottom) v = -0.2;
    else if (t > 1 + down + bottom && t <= total - 1) v = -0.2 + 1.2 * (1 - Math.cos((Math.PI * (t - 1 - down - bottom)) / up)) / 2;
    out.push({ t, v: v + (i % 2 ? noise : -noise) });
  }
  return out;
}

describe('phaseDurations', () => {
  it('times down, bottom pause and up of a 3:2:1 rep', () => {
    const tempo = phaseDurations(rep(3, 2, 1))!;
    // Within the squat's tempo tolerance (0.5 s or 25%) of the true 3 : 2 : 1.
    expect(Math.abs(tempo.downS - 3)).toBeLessThan(0.6);
    expect(Math.abs(tempo.bottomS - 2)).toBeLessThan(0.45);
    expect(Math.abs(tempo.upS - 1)).toBeLessThan(0.25);
    expect(tempo.startS).toBeCloseTo(1, 0);
    expect(tempo.endS).toBeCloseTo(7, 0);
  });

  it('finds no real pause in a rep that bounces, even with jitter', () => {
    const tempo = phaseDurations(rep(1, 0, 1, 0.01))!;
    expect(tempo.bottomS).toBeLessThan(0.35);
    expect(tempo.downS + tempo.bottomS + tempo.upS).toBeLessThan(2.2);
  });

  it('needs a rep to time', () => {
    expect(phaseDurations([{ t: 0, v: 1 }, { t: 1, v: 1 }, { t: 2, v: 1 }])).toBeNull();
  });
});
