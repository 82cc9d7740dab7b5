import { describe, expect, it } from 'vitest';
import { rgbThumbnail, scaleKeypoints, thumbnailSize } from './thumbnail';

describe('thumbnail', () => {
  it('brings the long side down to 320 px, keeping the shape, and never enlarges', () => {
    expect(thumbnailSize(640, 360)).toEqual({ width: 320, height: 180 });
    expect(thumbnailSize(360, 640)).toEqual({ width: 180, height: 320 });
    expect(thumbnailSize(200, 100)).toEqual({ width: 200, height: 100 });
  });

  it('averages the pixels each output pixel covers, opaque', () => {
    // 4x2 frame: left half red (255,0,0), right half a 0/100 blue checker; brought to 2x1.
    const px = [[255, 0, 0], [255, 0, 0], [0, 0, 0], [0, 0, 100], [255, 0, 0], [255, 0, 0], [0, 0, 100], [0, 0, 0]];
    const t = rgbThumbnail(Int32Array.from(px.flat()), 4, 2, 2);
    expect([t.width, t.height]).toEqual([2, 1]);
    expect(Array.from(t.rgba)).toEqual([255, 0, 0, 255, 0, 0, 50, 255]);
  });

  it('scales keypoints into the picture\'s pixels', () => {
    expect(scaleKeypoints({ nose: { x: 320, y: 100, score: 0.9 } }, 640, 320)).toEqual({ nose: { x: 160, y: 50, score: 0.9 } });
  });
});
