import { describe, expect, it } from 'vitest';
import type { CaptureQuality } from './capture-quality';
import { metricReliability } from './metric-reliability';

const good: CaptureQuality = {
  view: 'side', hipWidthRatio: 0.08, shoulderWidthRatio: 0.15, wholeBodyShare: 1, runners: 'one', fps: 60, effectiveFps: 60,
  slowMotionFactor: null, slowMotionSuspected: false, heelAndToe: true, legLabelAgreement: 1, travelWidths: 0, notes: [],
};
const tracking = { steps: 16, stepTimeCv: 0.05, implausibleStrikeShare: 0 };

describe('metric reliability', () => {
  it('trusts a good 60 fps side view, except the proxy and left/right', () => {
    const v = metricReliability(good, tracking);
    expect(v.cadence.level).toBe('reliable');
    expect(v.contactTime.level).toBe('reliable');
    expect(v.footStrike.level).toBe('reliable');
    expect(v.trunkThighExtensionAtToeOff.level).toBe('rough');
    expect(v.leftRight.level).toBe('rough');
  });

  it('calls contact times rough below 60 fps and foot strike impossible without foot points', () => {
    const v = metricReliability({ ...good, fps: 30, effectiveFps: 30, heelAndToe: false }, tracking);
    expect(v.contactTime).toMatchObject({ level: 'rough' });
    expect(v.contactTime.reasons[0]).toMatch(/below 60 fps.*33 ms/);
    expect(v.footStrike.level).toBe('unreliable');
    expect(v.cadence.level).toBe('reliable');
  });

  it('distrusts timing in unflagged slow motion, everything in a front view', () => {
    expect(metricReliability({ ...good, slowMotionSuspected: true }, tracking).cadence.level).toBe('unreliable');
    const front = metricReliability({ ...good, view: 'front' }, tracking);
    expect(Object.values(front).every((v) => v.level === 'unreliable')).toBe(true);
    expect(metricReliability(good, { ...tracking, implausibleStrikeShare: 0.7 }).footStrike.level).toBe('unreliable');
    expect(metricReliability(good, { ...tracking, stepTimeCv: 0.3 }).cadence.level).toBe('rough');
    expect(metricReliability({ ...good, legLabelAgreement: 0.6 }, tracking).leftRight.level).toBe('unreliable');
  });
});
