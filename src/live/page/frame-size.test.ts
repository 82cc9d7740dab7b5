import { describe, expect, it } from 'vitest';
import { analysisSize } from './frame-size';

describe('analysisSize', () => {
  it('scales the long side down to MAX_FRAME_SIDE and keeps the aspect', () => {
    expect(analysisSize(1280, 720)).toEqual({ resizeWidth: 640, resizeHeight: 360, resizeQuality: 'medium' });
    expect(analysisSize(1080, 1920)).toEqual({ resizeWidth: 360, resizeHeight: 640, resizeQuality: 'medium' });
  });

  it('leaves small frames alone', () => {
    expect(analysisSize(640, 360)).toEqual({});
  });
});
