import { describe, expect, it } from 'vitest';
import { RUNNING_REFERENCES } from '../../../shared/gait';
import { fixedText, formatValue, rangePosition, referenceText } from './metric-format';

describe('metric formatting', () => {
  it('rounds angles and times to whole units and shows leg-length ratios as percentages', () => {
    expect(formatValue(22.49, 'deg')).toBe('22°');
    expect(formatValue(280.3, 'ms')).toBe('280 ms');
    expect(formatValue(0.356, 'leg lengths')).toBe('36% of leg length');
    expect(formatValue(166.05, 'steps/min')).toBe('166 steps/min');
    expect(formatValue(-0.36, 'deg')).toBe('0°');
    expect(fixedText(-0.04, 1)).toBe('0.0');
  });

  it('words closed, open-ended and missing reference ranges', () => {
    expect(referenceText(RUNNING_REFERENCES.cadence)).toBe('Typical: 160–180 steps/min');
    expect(referenceText(RUNNING_REFERENCES.peakKneeFlexionStance)).toBe('Typical: 40° or more');
    expect(referenceText(RUNNING_REFERENCES.overstride)).toBe('Typical: up to 30% of leg length');
    expect(referenceText(RUNNING_REFERENCES.trunkThighExtensionAtToeOff)).toBeNull();
  });

  it('places a value against the range at the precision it is shown with', () => {
    expect(rangePosition(155, RUNNING_REFERENCES.cadence)).toBe('below');
    expect(rangePosition(180.4, RUNNING_REFERENCES.cadence)).toBe('within');
    expect(rangePosition(0.36, RUNNING_REFERENCES.overstride)).toBe('above');
    expect(rangePosition(58, RUNNING_REFERENCES.peakKneeFlexionStance)).toBe('within');
    expect(rangePosition(12, RUNNING_REFERENCES.trunkThighExtensionAtToeOff)).toBeNull();
  });
});
