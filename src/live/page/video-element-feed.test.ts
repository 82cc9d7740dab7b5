import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrameResult } from '../contract';
import { VideoElementFeed } from './video-element-feed';

type FrameCallback = (now: number, metadata: { presentedFrames: number }) => void;

/** A video whose frames the test presents by hand, with the running count Chromium reports. */
function fakeVideo() {
  let pending: FrameCallback | null = null;
  const video = {
    readyState: 4,
    requestVideoFrameCallback: (cb: FrameCallback) => ((pending = cb), 1),
    cancelVideoFrameCallback: () => (pending = null),
  };
  const present = (presentedFrames: number) => {
    const cb = pending;
    pending = null;
    cb?.(presentedFrames * 40, { presentedFrames });
  };
  return { video: video as unknown as HTMLVideoElement, present };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('VideoElementFeed counting', () => {
  let results: Array<(r: FrameResult) => void>;
  beforeEach(() => {
    results = [];
    vi.stubGlobal('createImageBitmap', async () => ({ close() {} }));
  });
  afterEach(() => vi.unstubAllGlobals());

  function feed(video: HTMLVideoElement) {
    const p = new VideoElementFeed(video, () => new Promise<FrameResult>((r) => results.push(r)), () => {}, (e) => { throw e; });
    p.start();
    return p;
  }
  /** Lets the feed reach the engine, then answers the frame in flight. */
  const answer = async () => {
    await flush();
    results.shift()?.({} as FrameResult);
    await flush();
  };

  it('says whether it is running: the live set watchdog waits for answers only then', () => {
    const p = feed(fakeVideo().video);
    expect(p.running).toBe(true);
    p.stop();
    expect(p.running).toBe(false);
  });

  it('counts a frame replaced while another is in flight as dropped', async () => {
    const { video, present } = fakeVideo();
    const p = feed(video);
    present(1);
    present(2);
    present(3);
    expect(p.stats).toEqual({ offered: 3, processed: 0, dropped: 1 });
    await answer();
    await answer();
    expect(p.stats).toEqual({ offered: 3, processed: 2, dropped: 1 });
  });

  it('counts frames whose callbacks a busy page missed as offered and dropped', async () => {
    const { video, present } = fakeVideo();
    const p = feed(video);
    present(1);
    await answer();
    present(5);
    await answer();
    expect(p.stats).toEqual({ offered: 5, processed: 2, dropped: 3 });
  });

  it('after stop, becomes idle only once the frame in flight is back', async () => {
    const { video, present } = fakeVideo();
    const p = feed(video);
    present(1);
    present(2);
    await flush();
    p.stop();
    let idle = false;
    void p.whenIdle().then(() => (idle = true));
    await flush();
    expect(idle).toBe(false);
    await answer();
    expect(idle).toBe(true);
    expect(results).toHaveLength(0);
  });

  it('does not count frames presented while stopped', async () => {
    const { video, present } = fakeVideo();
    const p = feed(video);
    present(1);
    await answer();
    p.stop();
    p.start();
    present(9);
    await answer();
    expect(p.stats).toEqual({ offered: 2, processed: 2, dropped: 0 });
  });
});
