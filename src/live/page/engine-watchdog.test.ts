import { describe, expect, it } from 'vitest';
import { EngineWatchdog } from './engine-watchdog';

describe('engine watchdog', () => {
  it('gives the first result after a start 30 s, as long as camera frames arrive', () => {
    const w = new EngineWatchdog();
    w.restart(0, 1000);
    expect(w.stalled(0, 60_000)).toBe(false);
    expect(w.stalled(5, 31_000)).toBe(false);
    expect(w.stalled(5, 31_001)).toBe(true);
  });

  it('then waits 6 s, or ten frame times of a slow engine', () => {
    const w = new EngineWatchdog();
    w.restart(0, 0);
    w.result(30, 10, 2000);
    expect(w.stalled(20, 8000)).toBe(false);
    expect(w.stalled(20, 8001)).toBe(true);
    w.result(1000, 20, 10_000);
    expect(w.stalled(30, 16_001)).toBe(false);
    expect(w.stalled(30, 20_001)).toBe(true);
  });

  it('does not blame the engine for a frozen camera', () => {
    const w = new EngineWatchdog();
    w.restart(0, 0);
    w.result(30, 10, 2000);
    expect(w.stalled(10, 100_000)).toBe(false);
  });

  it('waits for a first result again after a resume', () => {
    const w = new EngineWatchdog();
    w.restart(0, 0);
    w.result(30, 10, 2000);
    w.restart(12, 50_000);
    expect(w.stalled(12, 100_000)).toBe(false);
    expect(w.stalled(13, 79_000)).toBe(false);
    expect(w.stalled(13, 80_001)).toBe(true);
  });
});
