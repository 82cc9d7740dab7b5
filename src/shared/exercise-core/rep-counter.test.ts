import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/support/synthetic-body';
import { HysteresisRepCounter, type RepCounterEvent } from './rep-counter';

const run = (counter: HysteresisRepCounter, signal: (t: number) => number, seconds: number, fps = 30) => {
  const events: RepCounterEvent[] = [];
  for (let i = 0; i <= seconds * fps; i++) {
    const ev = counter.update(i / fps, signal(i / fps));
    if (ev) events.push(ev);
  }
  return events;
};
const ends = (events: RepCounterEvent[]) => events.filter((e) => e.type === 'end');

describe('HysteresisRepCounter', () => {
  it('counts one rep per excursion and reports its extreme', () => {
    const c = new HysteresisRepCounter({ direction: 'rise', enter: 0.5, exit: 0.2, minRepS: 0.2 });
    const events = run(c, (t) => Math.max(0, Math.sin(Math.PI * t)), 6);
    const reps = ends(events);
    expect(reps).toHaveLength(3);
    const first = reps[0]!.type === 'end' ? reps[0]!.rep : null;
    expect(first?.extreme).toBeCloseTo(1, 2);
    expect(first?.extremeS).toBeCloseTo(0.5, 1);
  });

  it('never double counts noise and jitter near the thresholds', () => {
    const rand = seededRandom(3);
    const c = new HysteresisRepCounter({ direction: 'fall', enter: 0.6, exit: 0.7, minRepS: 0.25 });
    // Hovers around the enter threshold for a second before each rep, with +-0.04 jitter.
    const signal = (t: number) => {
      const phase = t % 4;
      const base = phase < 1 ? 0.62 : phase < 3 ? 0.62 - 0.6 * Math.sin((Math.PI * (phase - 1)) / 2) : 1;
      return base + (rand() - 0.5) * 0.08;
    };
    expect(ends(run(c, signal, 16))).toHaveLength(4);
  });

  it('drops excursions shorter than the minimum rep time', () => {
    const c = new HysteresisRepCounter({ direction: 'rise', enter: 0.5, exit: 0.2, minRepS: 0.3 });
    const events = run(c, (t) => (t > 1 && t < 1.1 ? 1 : 0), 2);
    expect(ends(events)).toHaveLength(0);
    expect(events.map((e) => e.type)).toEqual(['start', 'discard']);
  });

  it('keeps a quick lift seen in a single frame at a low frame rate', () => {
    const c = new HysteresisRepCounter({ direction: 'rise', enter: 0.5, exit: 0.2, minRepS: 0.2 });
    // 8 frames a second: a raise lasting about 0.25 s peaks in one frame.
    const events = [0, 0.125, 0.25, 0.375].map((t, i) => c.update(t, i === 2 ? 0.9 : 0));
    expect(events.filter((e) => e?.type === 'end')).toHaveLength(1);
  });

  it('abandons a rep in progress on reset', () => {
    const c = new HysteresisRepCounter({ direction: 'rise', enter: 0.5, exit: 0.2, minRepS: 0 });
    c.update(0, 1);
    expect(c.active).toBe(true);
    c.reset();
    expect(c.update(1, 0)).toBeNull();
  });

  it('with a minimum swing, a pause on the way up between enter and exit starts no second rep', () => {
    // Down to 0, up past exit to about 0.73, back to 0.64 (a pause with a dip), then standing.
    const signal = (t: number) => (t < 1 ? 1 - t : t < 2 ? 0.76 * (t - 1) : t < 2.5 ? 0.64 : 1);
    const withSwing = new HysteresisRepCounter({ direction: 'fall', enter: 0.66, exit: 0.7, minRepS: 0.25, minSwing: 0.2 });
    const without = new HysteresisRepCounter({ direction: 'fall', enter: 0.66, exit: 0.7, minRepS: 0.25 });
    expect(ends(run(withSwing, signal, 4))).toHaveLength(1);
    expect(ends(run(without, signal, 4))).toHaveLength(2);
  });

  it('with a minimum swing, still starts a rep when the signal opens past enter', () => {
    const c = new HysteresisRepCounter({ direction: 'fall', enter: 0.66, exit: 0.7, minRepS: 0.25, minSwing: 0.2 });
    expect(ends(run(c, (t) => (t < 1 ? 0.3 + 0.5 * t : 1), 2))).toHaveLength(1);
  });

  it('measured from rest, counts small swings about a rest far from zero, and each ends back near its own rest', () => {
    // Swings of 5 about a rest of -8 that drifts to -6: none reaches an enter of 3 measured from zero.
    const signal = (t: number) => -8 + t / 5 + 5 * Math.max(0, Math.sin((Math.PI * t) / 1.5));
    const fromRest = new HysteresisRepCounter({ direction: 'rise', enter: 3, exit: 1.5, minRepS: 0.2, fromRest: true });
    const fromZero = new HysteresisRepCounter({ direction: 'rise', enter: 3, exit: 1.5, minRepS: 0.2 });
    expect(ends(run(fromRest, signal, 9))).toHaveLength(3);
    expect(ends(run(fromZero, signal, 9))).toHaveLength(0);
  });

  it('rejects thresholds without a hysteresis gap', () => {
    expect(() => new HysteresisRepCounter({ direction: 'fall', enter: 0.7, exit: 0.6, minRepS: 0 })).toThrow();
  });
});
