import { describe, expect, it } from 'vitest';
import { toRgb, type FramePixels } from './yuv-to-rgb';

/** A 4x2 I420 frame: left half one colour, right half another (BT.601 limited range). */
function i420(left: [number, number, number], right: [number, number, number]): FramePixels {
  const w = 4, h = 2;
  const yPlane = [left[0], left[0], right[0], right[0], left[0], left[0], right[0], right[0]];
  const u = [left[1], right[1]], v = [left[2], right[2]];
  return { format: 'I420', width: w, height: h, layout: [{ offset: 0, stride: 4 }, { offset: 8, stride: 2 }, { offset: 10, stride: 2 }], data: Uint8Array.from([...yPlane, ...u, ...v]) };
}

describe('toRgb', () => {
  it('converts BT.601 limited-range YUV: white, black, red', () => {
    const white = toRgb(i420([235, 128, 128], [16, 128, 128]), 2, 1);
    expect([...white]).toEqual([255, 255, 255, 0, 0, 0]);
    const red = toRgb(i420([81, 90, 240], [81, 90, 240]), 1, 1);
    expect(red[0]).toBeGreaterThan(250);
    expect(red[1]).toBeLessThan(5);
    expect(red[2]).toBeLessThan(5);
  });

  it('reads NV12 (interleaved chroma) the same as I420', () => {
    const planar = i420([81, 90, 240], [145, 54, 34]);
    const d = planar.data;
    const nv12: FramePixels = {
      format: 'NV12', width: 4, height: 2, layout: [{ offset: 0, stride: 4 }, { offset: 8, stride: 4 }],
      data: Uint8Array.from([...d.slice(0, 8), d[8]!, d[10]!, d[9]!, d[11]!]),
    };
    expect([...toRgb(nv12, 4, 2)]).toEqual([...toRgb(planar, 4, 2)]);
  });

  it('downscales by sampling the source pixel under each output pixel, and reads BGRA in its byte order', () => {
    const bgra: FramePixels = {
      format: 'BGRA', width: 2, height: 2, layout: [{ offset: 0, stride: 8 }],
      data: Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255, 10, 11, 12, 255]),
    };
    expect([...toRgb(bgra, 2, 2)]).toEqual([3, 2, 1, 6, 5, 4, 9, 8, 7, 12, 11, 10]);
    expect([...toRgb(bgra, 1, 1)]).toEqual([12, 11, 10]);
  });

  it('turns and mirrors the picture as it is shown', () => {
    // Source 2 wide x 3 high, values 1..6 row by row (as R=G=B grey).
    const src: FramePixels = {
      format: 'RGBX', width: 2, height: 3, layout: [{ offset: 0, stride: 8 }],
      data: Uint8Array.from([1, 2, 3, 4, 5, 6].flatMap((v) => [v, v, v, 0])),
    };
    const grey = (f: FramePixels, w: number, h: number) => [...toRgb(f, w, h)].filter((_, i) => i % 3 === 0);
    expect(grey(src, 2, 3)).toEqual([1, 2, 3, 4, 5, 6]);
    // Clockwise quarter turn: the bottom-left corner comes to the top-left.
    expect(grey({ ...src, rotation: 90 }, 3, 2)).toEqual([5, 3, 1, 6, 4, 2]);
    expect(grey({ ...src, rotation: 180 }, 2, 3)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(grey({ ...src, rotation: 270 }, 3, 2)).toEqual([2, 4, 6, 1, 3, 5]);
    expect(grey({ ...src, flip: true }, 2, 3)).toEqual([2, 1, 4, 3, 6, 5]);
    expect(grey({ ...src, rotation: 90, flip: true }, 3, 2)).toEqual([1, 3, 5, 2, 4, 6]);
  });

  it('refuses a format it cannot read', () => {
    expect(() => toRgb({ format: 'I444AP10' as VideoPixelFormat, width: 1, height: 1, layout: [], data: new Uint8Array(3) }, 1, 1)).toThrow(/cannot be read/);
  });
});
