/** Drives the app's live view for one configuration in headless Chromium and measures it. */
import type { Browser, Page } from 'playwright-core';
import type { LiveStats } from '../../src/client/live-automation';
import type { PoseRunner } from '../../src/client/pose-client';
import type { BareBenchmark } from '../../src/worker/pose-worker-api';
import type { BenchContext } from './context';
import { bareRow, liveRow, type LiveConfig } from './live-row';
import { round } from './stats';
import type { BareRow, LiveRow } from './report';
import { START_PROBE_AND_READ_STATS, STOP_PROBE_AND_READ_STATS, type ProbeReading } from './responsiveness';

/** Model download, backend start-up (WebGL/WebGPU compile their shaders) and the first result. */
const START_TIMEOUT_MS = 180_000;
/** Warm-up lasts at least this many results too: on a slow backend the first few include compiling the people counter. */
const WARMUP_RESULTS = 10;
/** Consecutive camera frames the bare model cycles through: two seconds or so. */
const BARE_FRAMES = 48;

const msOrNull = (ms: number | null): number | null => (ms === null ? null : round(ms, 0));

type Opened = { page: Page; stats: LiveStats } | { failed: string };

/** Opens the live view and waits for its first result, or for the error screen's message. */
export async function openLive(browser: Browser, ctx: BenchContext, model: string, backend: string, runner: PoseRunner): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const q = new URLSearchParams({ exercise: ctx.exercise, model, backend });
  if (runner === 'main') q.set('runner', 'main');
  await page.goto(`${ctx.appUrl}?${q.toString()}`);
  await page.waitForFunction(
    () => (window.formcheckLive?.stats().processed ?? 0) > 0 || document.querySelector('[data-testid="error"]') !== null,
    null,
    { timeout: START_TIMEOUT_MS, polling: 250 },
  );
  const error = page.getByTestId('error');
  if (await error.count()) return { failed: (await error.locator('h2, p').allInnerTexts()).join(': ') };
  return { page, stats: await page.evaluate(() => window.formcheckLive!.stats()) };
}

/** Warm-up, then the measurement window; first is the stats read at the first pose. */
export async function measureLive(page: Page, ctx: BenchContext, config: LiveConfig, first: LiveStats): Promise<LiveRow> {
  await page.waitForTimeout(ctx.warmupS * 1000);
  await page.waitForFunction((n) => window.formcheckLive!.stats().processed >= n, WARMUP_RESULTS, { timeout: START_TIMEOUT_MS, polling: 250 });
  const before = (await page.evaluate(START_PROBE_AND_READ_STATS)) as LiveStats;
  await page.waitForTimeout(ctx.seconds * 1000);
  const { probe, stats } = (await page.evaluate(STOP_PROBE_AND_READ_STATS)) as { probe: ProbeReading; stats: LiveStats };
  return liveRow(config, before, stats, probe, { firstPoseMs: msOrNull(first.firstResultAt), firstPoseCachedMs: null });
}

/** Reopens the live view in the same browser, with the app and model files in its cache: ms to the first pose. */
export async function measureCachedStart(page: Page): Promise<number | null> {
  await page.reload();
  await page.waitForFunction(() => (window.formcheckLive?.stats().processed ?? 0) > 0, null, { timeout: START_TIMEOUT_MS, polling: 50 });
  return msOrNull(await page.evaluate(() => window.formcheckLive!.stats().firstResultAt));
}

/** Stops the live pipeline and runs the bare model on camera frames in the worker. */
export async function measureBare(page: Page, ctx: BenchContext, model: string, backend: string): Promise<BareRow> {
  const bench: BareBenchmark = await page.evaluate(
    ([frames, ms]) => window.formcheckLive!.benchmarkBare(frames, ms),
    [BARE_FRAMES, ctx.bareSeconds * 1000] as const,
  );
  return bareRow(model, backend, bench);
}
