/** Drives the app's live view for one configuration in headless Chromium and measures it. */
import { setTimeout as delay } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import type { LiveStats } from '../../src/live/page/live-automation';
import type { PoseRunner, BareBenchmark } from '../../src/live/contract';
import type { ModelId } from '../../src/shared/pose/models';
import type { BackendCandidate } from '../../src/engine/backend';
import { closeBrowser, evaluateWithin, LAUNCH_MS, launchWithin, PAGE_LOAD_MS, PAGE_STEP_MS, stepWithin, within } from '../lib/bounded';
import { launchWithCamera } from '../lib/fake-camera';
import type { BenchContext } from './context';
import type { LiveMeasurer, Measured } from './live';
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
/** The bare benchmark's own duration plus grabbing its frames and one slow call. */
const BARE_SLACK_MS = 60_000;
/** A whole configuration gets its planned time, the start-up allowance and this for everything else. */
const CONFIG_SLACK_MS = 120_000;

const msOrNull = (ms: number | null): number | null => (ms === null ? null : round(ms, 0));

type Opened = { page: Page; stats: LiveStats } | { unavailable: string };

async function errorScreenText(page: Page): Promise<string | null> {
  const error = page.getByTestId('error');
  return (await error.count()) ? (await error.locator('h2, p').allInnerTexts()).join(': ') : null;
}

/** Opens the live view and waits for its first result, or for the error screen's message. */
async function openLive(browser: Browser, ctx: BenchContext, model: string, backend: string, runner: PoseRunner): Promise<Opened> {
  const page = await within('opening a page', PAGE_STEP_MS, browser.newPage({ viewport: { width: 1280, height: 800 } }));
  const q = new URLSearchParams({ exercise: ctx.exercise, model, backend });
  if (runner === 'main') q.set('runner', 'main');
  await stepWithin('loading the live view', PAGE_LOAD_MS, (timeout) => page.goto(`${ctx.appUrl}?${q.toString()}`, { timeout }));
  await stepWithin('the first pose or the error screen', START_TIMEOUT_MS, (timeout) => page.waitForFunction(
    () => (window.formcheckLive?.stats().processed ?? 0) > 0 || document.querySelector('[data-testid="error"]') !== null,
    null,
    { timeout, polling: 250 },
  ));
  const message = await within('reading the error screen', PAGE_STEP_MS, errorScreenText(page));
  if (message !== null) return { unavailable: message };
  return { page, stats: await evaluateWithin(page, 'reading the live stats', PAGE_STEP_MS, () => window.formcheckLive!.stats()) };
}

/** Warm-up, then the measurement window; first is the stats read at the first pose. */
async function measureLive(page: Page, ctx: BenchContext, config: LiveConfig, first: LiveStats): Promise<LiveRow> {
  await delay(ctx.warmupS * 1000);
  await stepWithin(`${WARMUP_RESULTS} results for the warm-up`, START_TIMEOUT_MS, (timeout) =>
    page.waitForFunction((n) => window.formcheckLive!.stats().processed >= n, WARMUP_RESULTS, { timeout, polling: 250 }));
  const before = (await within('starting the responsiveness probe', PAGE_STEP_MS, page.evaluate(START_PROBE_AND_READ_STATS))) as LiveStats;
  await delay(ctx.seconds * 1000);
  const { probe, stats } = (await within('reading the responsiveness probe and live stats', PAGE_STEP_MS, page.evaluate(STOP_PROBE_AND_READ_STATS))) as { probe: ProbeReading; stats: LiveStats };
  return liveRow(config, before, stats, probe, { firstPoseMs: msOrNull(first.firstResultAt), firstPoseCachedMs: null });
}

/** Reopens the live view in the same browser, with the app and model files in its cache: ms to the first pose. */
async function measureCachedStart(page: Page): Promise<number | null> {
  await stepWithin('reloading the live view', PAGE_LOAD_MS, (timeout) => page.reload({ timeout }));
  await stepWithin('the first pose after reloading', START_TIMEOUT_MS, (timeout) =>
    page.waitForFunction(() => (window.formcheckLive?.stats().processed ?? 0) > 0, null, { timeout, polling: 50 }));
  return msOrNull(await evaluateWithin(page, 'reading the first pose time', PAGE_STEP_MS, () => window.formcheckLive!.stats().firstResultAt));
}

/** Stops the live pipeline and runs the bare model on camera frames in the worker. */
async function measureBare(page: Page, ctx: BenchContext, model: string, backend: string): Promise<BareRow> {
  const bench: BareBenchmark = await evaluateWithin(
    page, 'the bare model benchmark', ctx.bareSeconds * 1000 + BARE_SLACK_MS,
    ([frames, ms]) => window.formcheckLive!.benchmarkBare(frames, ms),
    [BARE_FRAMES, ctx.bareSeconds * 1000] as const,
  );
  return bareRow(model, backend, bench);
}

/** One configuration in a fresh browser, so no run inherits another's memory or GPU state. */
async function inLiveView<T>(ctx: BenchContext, model: ModelId, backend: string, runner: PoseRunner, run: (page: Page, first: LiveStats) => Promise<T>): Promise<Measured<T>> {
  const browser = await launchWithin('starting Chromium with the camera', LAUNCH_MS, launchWithCamera(ctx.cameraFile));
  const plannedS = ctx.warmupS + ctx.seconds + ctx.bareSeconds;
  try {
    return await within(`the configuration, planned to take ${Math.round(plannedS)} s`, plannedS * 1000 + START_TIMEOUT_MS + CONFIG_SLACK_MS, (async () => {
      const opened = await openLive(browser, ctx, model, backend, runner);
      return 'unavailable' in opened ? opened : { ok: await run(opened.page, opened.stats) };
    })());
  } finally {
    await closeBrowser(browser);
  }
}

const describeCandidate = (c: BackendCandidate): string =>
  c.skipped ? `${c.name} skipped: ${c.skipped}` : c.msPerFrame === undefined ? `${c.name} (the only candidate, not timed)` : `${c.name} ${Math.round(c.msPerFrame)} ms/frame`;

export function browserMeasurer(ctx: BenchContext): LiveMeasurer {
  return {
    // 'auto' is measured under the backend it picks, so only its choice is reported.
    auto: (model) => inLiveView(ctx, model, 'auto', 'worker', async (_page, { engine }) =>
      `picks ${engine.backend} here, so see the ${engine.backend} rows (start-up check: ${engine.candidates.map(describeCandidate).join('; ')})`),
    worker: (model, backend) => inLiveView(ctx, model, backend, 'worker', async (page, first) => {
      const live = await measureLive(page, ctx, { model, backend, mode: 'worker' }, first);
      const bare = await measureBare(page, ctx, model, backend);
      live.firstPoseCachedMs = await measureCachedStart(page);
      return { camera: first.camera, live, bare };
    }),
    main: (model, backend) => inLiveView(ctx, model, backend, 'main', (page, first) => measureLive(page, ctx, { model, backend, mode: 'main' }, first)),
  };
}
