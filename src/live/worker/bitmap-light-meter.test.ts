import { afterEach, describe, expect, it, vi } from 'vitest';
import { LightMeter } from './light-level';
import { BitmapLightMeter } from './bitmap-light-meter';

const bitmap = {} as ImageBitmap;

/** A stand-in OffscreenCanvas whose every pixel has the given grey level. */
function fakeCanvas(grey: () => number, reads: { count: number }) {
  return class {
    constructor(readonly width: number, readonly height: number) {}
    getContext() {
      const { width, height } = this;
      return {
        drawImage() {},
        getImageData() {
          reads.count++;
          const level = grey();
          return { data: new Uint8ClampedArray(width * height * 4).fill(level) };
        },
      };
    }
  };
}

describe('BitmapLightMeter', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads a few times a second and calls a dark picture dark after it stayed dark', () => {
    const reads = { count: 0 };
    vi.stubGlobal('OffscreenCanvas', fakeCanvas(() => 40, reads));
    const meter = new BitmapLightMeter(new LightMeter());
    const verdicts: (boolean | undefined)[] = [];
    for (let frame = 0; frame <= 90; frame++) verdicts.push(meter.update(bitmap, frame / 30));
    expect(reads.count).toBeLessThanOrEqual(13);
    expect(verdicts.slice(0, 55).every((v) => v === false)).toBe(true);
    expect(verdicts.at(-1)).toBe(true);
  });

  it('says nothing where there is no OffscreenCanvas, or reading it fails', () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    expect(new BitmapLightMeter(new LightMeter()).update(bitmap, 0)).toBeUndefined();

    const reads = { count: 0 };
    vi.stubGlobal('OffscreenCanvas', fakeCanvas(() => { throw new Error('tainted'); }, reads));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const meter = new BitmapLightMeter(new LightMeter());
    expect(meter.update(bitmap, 0)).toBeUndefined();
    expect(meter.update(bitmap, 1)).toBeUndefined();
    expect(reads.count).toBe(1);
    expect(warn).toHaveBeenCalledOnce();
  });
});
