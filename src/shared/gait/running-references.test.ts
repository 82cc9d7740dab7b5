import { describe, expect, it } from 'vitest';
import { RUNNING_REFERENCES } from './running-references';

describe('running references', () => {
  it('gives every measure a meaning and a source, and the FORM-SPEC numbers', () => {
    for (const [id, ref] of Object.entries(RUNNING_REFERENCES)) {
      expect(ref.meaning.length, id).toBeGreaterThan(40);
      expect(ref.source.length, id).toBeGreaterThan(5);
      if (ref.low !== undefined && ref.high !== undefined) expect(ref.low, id).toBeLessThan(ref.high);
    }
    expect(RUNNING_REFERENCES.cadence).toMatchObject({ low: 160, high: 180 });
    expect(RUNNING_REFERENCES.cadence.source).toMatch(/Heiderscheit/);
    expect(RUNNING_REFERENCES.trunkLean).toMatchObject({ low: 3, high: 11 });
    expect(RUNNING_REFERENCES.peakKneeFlexionStance.source).toMatch(/Souza/);
    expect(RUNNING_REFERENCES.trunkThighExtensionAtToeOff.meaning).toMatch(/stand-in/);
  });
});
