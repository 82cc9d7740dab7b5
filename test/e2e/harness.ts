import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromePath, ROOT, startApp } from '../../scripts/lib/app-browser';
import { closeBrowser, evaluateWithin, within } from '../../scripts/lib/bounded';
import { fakeCameraFile as clipCameraFile, launchWithCamera } from '../../scripts/lib/fake-camera';

export { chromePath, closeBrowser, evaluateWithin, ROOT, startApp, launchWithCamera, within };
/** A browser step that answers in seconds when all is well (a new page, a context closing). */
const STEP_MS = 60_000;
export const CLIPS_DIR = process.env.CLIPS_DIR ?? resolve(ROOT, '../shared/clips');
export const ARTIFACTS = join(ROOT, 'test-results');

export interface ManifestClip {
  file: string;
  fps: number;
  duration_s: number;
  reps_or_steps?: string;
}

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

/** A clip from CLIPS_DIR as a fake camera file at its manifest frame rate (see scripts/lib/fake-camera.ts). */
export function fakeCameraFile(file: string, padS: number, opts: { standAtS?: number; height?: number; slowdown?: number; framing?: { id: string; filter: string } } = {}): string {
  return clipCameraFile(join(CLIPS_DIR, file), { fps: manifestClip(file).fps, padS, ...opts });
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

/** Waits until the live rep counter reads at least n; returns what it reads then. */
export async function repsAtLeast(page: Page, n: number, timeout = 60_000): Promise<number> {
  await within(`the rep counter reaching ${n}`, timeout, page.waitForFunction((min) => Number(document.querySelector('[data-testid="rep-count"]')?.textContent) >= min, n, { timeout: 0, polling: 200 }));
  return Number(await testText(page, 'rep-count'));
}

/**
 * The built app and a Chromium with a real clip as its camera, started before the suite's tests
 * and closed after them. `camera` is called in beforeAll (making a .y4m takes a while).
 */
export function appWithCamera(camera: () => string): { readonly url: string; readonly browser: Browser } {
  const env: { url: string; browser: Browser; server?: PreviewServer } = { url: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const app = await startApp();
    env.server = app.server;
    env.url = app.url;
    env.browser = await launchWithCamera(camera());
  });
  afterAll(async () => {
    if (env.browser) await closeBrowser(env.browser);
    await env.server?.close();
  });
  return env;
}

/**
 * Runs a test on a new page of the context: it fails on any uncaught error or unhandled rejection
 * of the page, prints what the page logged when it fails, and closes the context.
 */
export async function onPage(context: BrowserContext, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await within('opening a page', STEP_MS, context.newPage());
  const log = watchPage(page);
  try {
    await body(page);
    expect(log.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  } catch (err) {
    console.error(log.join('\n'));
    throw err;
  } finally {
    await within('closing the page\'s context', STEP_MS, context.close());
  }
}
