import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLIPS_DIR = process.env.CLIPS_DIR ?? resolve(ROOT, '../shared/clips');
export const ARTIFACTS = join(ROOT, 'test-results');
const CACHE = join(ROOT, 'node_modules/.cache/e2e');

export interface ManifestClip {
  file: string;
  fps: number;
  duration_s: number;
  reps_or_steps?: string;
}

export const chromePath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Why the end-to-end tests cannot run on this machine, or null when they can. */
export function missingPrerequisite(): string | null {
  if (!existsSync(join(CLIPS_DIR, 'manifest.json'))) return `no real clips at ${CLIPS_DIR} (set CLIPS_DIR to a folder with manifest.json)`;
  if (!existsSync(chromePath())) return `no Chromium at ${chromePath()} (apt-get install chromium, or set CHROME_PATH)`;
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
  } catch {
    return 'ffmpeg is not installed (apt-get install ffmpeg)';
  }
  if (!existsSync(join(ROOT, 'dist/index.html'))) return 'the app is not built (run vite build first; npm test does)';
  return null;
}

/** Skips loudly on a user's machine without the prerequisites; fails in CI, where they must exist. */
export function e2eSkipReason(): string | null {
  const missing = missingPrerequisite();
  if (missing && process.env.CI) throw new Error(`End-to-end tests cannot run in CI: ${missing}`);
  if (missing) console.warn(`\n  SKIPPED end-to-end tests: ${missing}\n`);
  return missing;
}

export function manifestClip(file: string): ManifestClip {
  const list = JSON.parse(readFileSync(join(CLIPS_DIR, 'manifest.json'), 'utf8')) as ManifestClip[];
  const clip = list.find((c) => c.file === file);
  if (!clip) throw new Error(`${file} is not in ${CLIPS_DIR}/manifest.json`);
  return clip;
}

/**
 * Turns a clip into a .y4m for Chromium's fake camera, scaled to webcam size, with padS seconds of a
 * still frame before the clip (the first frame, or the one at standAtS for clips that start
 * mid-movement) and of the last frame after, as a person stands still before and after a set.
 */
export function fakeCameraFile(file: string, padS: number, opts: { standAtS?: number; height?: number } = {}): string {
  const height = opts.height ?? 360;
  const stand = opts.standAtS ?? 0;
  mkdirSync(CACHE, { recursive: true });
  const out = join(CACHE, `${file.replace(/\.\w+$/, '')}.pad${padS}.stand${stand}.h${height}.y4m`);
  const src = join(CLIPS_DIR, file);
  if (existsSync(out) && statSync(out).mtimeMs > statSync(src).mtimeMs) return out;
  const { fps } = manifestClip(file);
  const graph = [
    `[0:v]split[a][b]`,
    `[a]trim=start=${stand}:duration=0.001,setpts=PTS-STARTPTS,tpad=stop_duration=${padS}:stop_mode=clone,trim=duration=${padS}[pre]`,
    `[b]setpts=PTS-STARTPTS,tpad=stop_duration=${padS}:stop_mode=clone[main]`,
    `[pre][main]concat=n=2:v=1,fps=${fps},scale=-2:${height},format=yuv420p[out]`,
  ].join(';');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', src, '-filter_complex', graph, '-map', '[out]', '-f', 'yuv4mpegpipe', out]);
  return out;
}

export async function startApp(): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({ root: ROOT, logLevel: 'error', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}

/** Chromium with the clip as its camera; fakeUi grants camera permission, fakeDevice provides one. */
export async function launchWithCamera(y4m?: string, opts: { fakeUi?: boolean; fakeDevice?: boolean } = {}): Promise<Browser> {
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
  ];
  if (opts.fakeUi ?? true) args.push('--use-fake-ui-for-media-stream');
  if (opts.fakeDevice ?? true) args.push('--use-fake-device-for-media-stream');
  if (y4m) args.push(`--use-file-for-fake-video-capture=${y4m}`);
  return chromium.launch({ executablePath: chromePath(), headless: true, args });
}

/** Collects page errors and failed requests so a test can show them when it fails. */
export function watchPage(page: Page): string[] {
  const log: string[] = [];
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('requestfailed', (r) => log.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return log;
}

export const testText = (page: Page, id: string): Promise<string> => page.getByTestId(id).innerText();
