import { describe, expect, it } from 'vitest';
import { DARK_BELOW, LIGHT_ABOVE, LIGHT_SETTLE_S, LightMeter, meanLuma } from './light-level';

const frame = (w: number, h: number, pixel: number[]) => {
  const data = new Uint8Array(w * h * pixel.length);
  for (let i = 0; i < w * h; i++) data.set(pixel, i * pixel.length);
  return data;
};

describe('light level', () => {
  it('reads the mean luma of an RGB frame', () => {
    expect(meanLuma(frame(640, 360, [255, 255, 255]), 640, 360)).toBeCloseTo(255, 6);
    expect(meanLuma(frame(640, 360, [0, 0, 0]), 640, 360)).toBe(0);
    expect(meanLuma(frame(64, 36, [100, 50, 200]), 64, 36)).toBeCloseTo(0.299 * 100 + 0.587 * 50 + 0.114 * 200, 6);
  });

  it('reads RGBA image data, every pixel of a small copy', () => {
    const rgba = frame(48, 27, [100, 50, 200, 255]);
    rgba.set([255, 255, 255, 255], 0);
    const expected = ((48 * 27 - 1) * (0.299 * 100 + 0.587 * 50 + 0.114 * 200) + 255) / (48 * 27);
    expect(meanLuma(rgba, 48, 27, { channels: 4, step: 1 })).toBeCloseTo(expected, 6);
  });

  it('calls the picture dark only after it stayed dark, and light again only above the upper line', () => {
    const m = new LightMeter();
    const at = (t: number, luma: number) => m.update(t, luma);
    expect(at(0, DARK_BELOW - 20)).toBe(false);
    expect(at(LIGHT_SETTLE_S - 0.1, DARK_BELOW - 20)).toBe(false);
    expect(at(LIGHT_SETTLE_S, DARK_BELOW - 20)).toBe(true);
    // Between the lines: stays dark however long.
    expect(at(10, (DARK_BELOW + LIGHT_ABOVE) / 2)).toBe(true);
    expect(at(20, (DARK_BELOW + LIGHT_ABOVE) / 2)).toBe(true);
    // A flash of light does not clear it.
    expect(at(21, 150)).toBe(true);
    expect(at(21.5, 40)).toBe(true);
    expect(at(22, 150)).toBe(true);
    expect(at(22 + LIGHT_SETTLE_S, 150)).toBe(false);
  });
});
