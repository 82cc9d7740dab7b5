/** Real clips played as Chromium's webcam, for the end-to-end tests and the benchmark. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, ROOT } from './app-browser';

const CACHE = join(ROOT, 'node_modules/.cache/e2e');

export interface FakeCameraOptions {
  /** Frame rate of the camera, normally the clip's own. */
  fps: number;
  /** Frame height; the width follows the clip's aspect ratio. */
  height?: number;
  /** Seconds of a still frame before and after the clip; 0 plays the clip alone. */
  padS?: number;
  /** Media time of the still frame shown before the clip. */
  standAtS?: number;
  /** Plays the clip this many times slower (the camera's frame rate stays the same). */
  slowdown?: number;
  /** Reframes the picture first (see scripts/lib/framings.ts): its name and ffmpeg filter. */
  framing?: { id: string; filter: string };
}

/** The clip's average frame rate, from ffprobe. */
export function clipFps(src: string): number {
  const rate = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=avg_frame_rate', '-of', 'csv=p=0', src], { encoding: 'utf8' }).trim();
  const [num, den] = rate.split('/').map(Number);
  const fps = (num ?? NaN) / (den ?? 1);
  if (!(fps > 0)) throw new Error(`ffprobe found no frame rate in ${src} ("${rate}")`);
  return fps;
}

/**
 * Turns a clip into a .y4m for Chromium's fake camera (which loops it), scaled to webcam size, with
 * padS seconds of a still frame before the clip (the first frame, or the one at standAtS for clips
 * that start mid-movement) and of the last frame after, as a person stands still before and after
 * a set. Cached next to the other test caches until the clip changes.
 */
export function fakeCameraFile(src: string, opts: FakeCameraOptions): string {
  const { fps, height = 360, padS = 0, standAtS = 0, slowdown = 1, framing } = opts;
  mkdirSync(CACHE, { recursive: true });
  const out = join(CACHE, `${basename(src).replace(/\.\w+$/, '')}.pad${padS}.stand${standAtS}.h${height}.fps${fps}${slowdown === 1 ? '' : `.slow${slowdown}`}${framing ? `.${framing.id}` : ''}.y4m`);
  if (existsSync(out) && statSync(out).mtimeMs > statSync(src).mtimeMs) return out;
  const format = `${framing ? `${framing.filter},` : ''}fps=${fps},scale=-2:${height},format=yuv420p`;
  const filter = padS > 0
    ? [
      `[0:v]split[a][b]`,
      `[a]trim=start=${standAtS}:duration=0.001,setpts=PTS-STARTPTS,tpad=stop_duration=${padS}:stop_mode=clone,trim=duration=${padS}[pre]`,
      `[b]setpts=${slowdown}*(PTS-STARTPTS),tpad=stop_duration=${padS}:stop_mode=clone[main]`,
      `[pre][main]concat=n=2:v=1,${format}[out]`,
    ].join(';')
    : `[0:v]setpts=${slowdown}*(PTS-STARTPTS),${format}[out]`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', src, '-filter_complex', filter, '-map', '[out]', '-f', 'yuv4mpegpipe', out]);
  return out;
}

/**
 * Chromium with the clip as its camera; fakeUi grants camera permission, fakeDevice provides one;
 * args are further command-line switches (e.g. to switch WebAssembly off).
 */
export async function launchWithCamera(y4m?: string, opts: { fakeUi?: boolean; fakeDevice?: boolean; args?: readonly string[] } = {}): Promise<Browser> {
  const args: string[] = [...(opts.args ?? [])];
  if (opts.fakeUi ?? true) args.push('--use-fake-ui-for-media-stream');
  if (opts.fakeDevice ?? true) args.push('--use-fake-device-for-media-stream');
  if (y4m) args.push(`--use-file-for-fake-video-capture=${y4m}`);
  return launchBrowser(args);
}
