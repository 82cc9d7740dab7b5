/** Long sessions in headless Chromium: a live set on a looping real clip, and clips analysed one after another in one page. */
import type { Browser, Page } from 'playwright-core';
import { median } from '../bench/stats';
import { clipOutcome } from '../lib/analyze-in-browser';
import { evaluateWithin, within } from '../lib/bounded';
import type { LiveStats } from '../../src/live/page/live-automation';
import { medianStep, slope } from './trend';

const MB = 1024 * 1024;

export interface LiveSample {
  minute: number;
  tensors: number;
  /** The page and all its workers, WASM heaps included. */
  memoryMb: number | null;
  /** The same by kind of memory (JavaScript, DOM, Canvas, ...). */
  memoryByKindMb: Record<string, number>;
  fps: number;
  latencyMsMedian: number;
  reps: number;
  /** Times the pose engine was restarted so far (it died or stopped answering for 6 s). */
  engineRestarts: number;
}

export interface ClipSample {
  clip: number;
  name: string;
  tensors: number;
  memoryMb: number | null;
  memoryByKindMb: Record<string, number>;
  analysisS: number;
}

const mb = (bytes: number | null): number | null => (bytes === null ? null : Number((bytes / MB).toFixed(1)));
/** A browser step that answers in seconds when all is well; a hung one fails naming the step. */
const STEP_MS = 60_000;

interface MemoryMeasurement {
  totalMb: number | null;
  byKindMb: Record<string, number>;
}

/**
 * The page's and its workers' memory after a garbage collection (measureUserAgentSpecificMemory
 * collects first; launchBrowser makes it do so at once), in total and by kind.
 */
async function measureMemory(page: Page): Promise<MemoryMeasurement> {
  const measured = await evaluateWithin(page, 'measuring the memory of the page and its workers', STEP_MS, async () => {
    type Breakdown = { bytes: number; types: string[] };
    const measure = (performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number; breakdown: Breakdown[] }> }).measureUserAgentSpecificMemory;
    if (!measure) return null;
    const result = await measure.call(performance);
    const byKind: Record<string, number> = {};
    for (const b of result.breakdown) {
      const kind = b.types.join('+') || 'other';
      byKind[kind] = (byKind[kind] ?? 0) + b.bytes;
    }
    return { total: result.bytes, byKind };
  });
  return {
    totalMb: mb(measured?.total ?? null),
    byKindMb: Object.fromEntries(Object.entries(measured?.byKind ?? {}).filter(([, bytes]) => bytes >= MB / 10).map(([kind, bytes]) => [kind, mb(bytes)!])),
  };
}

const SETTLE_MS = 1000;
const SETTLE_MB = 0.3;
const SETTLE_TRIES = 6;

/**
 * Memory once the page has stopped changing it: measured a second apart until two measurements
 * agree within SETTLE_MB. Just after a clip's report appears its charts, key frames and scrubber
 * are still drawing, and a measurement then catches from 4.7 to 11.1 MB of canvas memory
 * depending on how far they got (Chromium 156.0.8078.114); a second later it is the same from one
 * measurement to the next.
 */
async function measureSettledMemory(page: Page): Promise<MemoryMeasurement> {
  let last = await measureMemory(page);
  for (let i = 1; i < SETTLE_TRIES; i++) {
    await page.waitForTimeout(SETTLE_MS);
    const now = await measureMemory(page);
    if (last.totalMb !== null && now.totalMb !== null && Math.abs(now.totalMb - last.totalMb) <= SETTLE_MB) return now;
    last = now;
  }
  return last;
}

/** A restart of the pose engine takes a few seconds; the live view's hooks throw meanwhile. */
const RESTART_WAIT_MS = 30_000;
const RESTARTING = /restarting|has not started|stopped before it answered/;

/** Runs step again while the live pipeline is restarting its engine (the set goes on meanwhile). */
async function throughRestarts<T>(step: () => Promise<T>, log: (line: string) => void): Promise<T> {
  const until = Date.now() + RESTART_WAIT_MS;
  for (;;) {
    try {
      return await step();
    } catch (err) {
      if (!RESTARTING.test(String(err)) || Date.now() > until) throw err;
      log(`live: waiting for the restarted pose engine (${String(err).split('\n')[0]})`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

const kinds = (m: Record<string, number>): string => Object.entries(m).map(([kind, v]) => `${kind} ${v}`).join(', ');

/**
 * A failed step's error with what the set did meanwhile: frames still processed means the pose
 * engine was running and only the call went unanswered.
 */
async function withSetState(err: unknown, before: LiveStats, stats: () => Promise<LiveStats>): Promise<Error> {
  const after = await stats().catch((e: unknown) => `unreadable (${String(e).split('\n')[0]})`);
  const state = typeof after === 'string' ? after
    : `frames processed ${before.processed} -> ${after.processed}, engine restarts ${before.engineRestarts} -> ${after.engineRestarts}`;
  const error = err instanceof Error ? err : new Error(String(err));
  error.message += `; the live set meanwhile: ${state}`;
  return error;
}

/** Opens the live view on the browser's (looping) fake camera and samples it every `everyS` for `minutes`. */
export async function soakLive(browser: Browser, appUrl: string, opts: { minutes: number; everyS: number; log(line: string): void }): Promise<LiveSample[]> {
  const page = await within('opening a page', STEP_MS, browser.newPage({ viewport: { width: 1280, height: 800 } }));
  try {
    await within('loading the live view', STEP_MS, page.goto(`${appUrl}?exercise=squat`));
    await within('the first pose from the camera', 120_000, page.waitForFunction(() => (window.formcheckLive?.stats().processed ?? 0) > 0, null, { timeout: 0 }));
    const stats = () => throughRestarts(() => evaluateWithin(page, 'the live view\'s frame statistics', STEP_MS, () => window.formcheckLive!.stats()), opts.log);
    const samples: LiveSample[] = [];
    let last = await stats();
    const startedAt = Date.now();
    for (let n = 1; ; n++) {
      // Samples keep to a fixed schedule, however long sampling takes.
      await page.waitForTimeout(Math.max(0, startedAt + n * opts.everyS * 1000 - Date.now()));
      const [now, reps] = await Promise.all([
        stats(),
        within('the rep counter', STEP_MS, page.getByTestId('rep-count').innerText().catch(() => '0')),
      ]);
      const engine = await throughRestarts(() => evaluateWithin(page, 'the pose engine\'s tensor count', STEP_MS, () => window.formcheckLive!.memory()), opts.log)
        .catch(async (err: unknown) => { throw await withSetState(err, now, stats); });
      const memory = await measureMemory(page);
      const recent = now.samples.filter((s) => s.at > last.at);
      const sample: LiveSample = {
        minute: Number(((n * opts.everyS) / 60).toFixed(2)),
        tensors: engine.tensors,
        memoryMb: memory.totalMb,
        memoryByKindMb: memory.byKindMb,
        // A restarted engine comes with a new feed whose counters start at zero.
        fps: Number((((now.processed - (now.engineRestarts === last.engineRestarts ? last.processed : 0)) * 1000) / (now.at - last.at)).toFixed(1)),
        latencyMsMedian: Math.round(median(recent.map((s) => s.latencyMs))),
        reps: Number(reps),
        engineRestarts: now.engineRestarts,
      };
      samples.push(sample);
      opts.log(`live ${sample.minute} min: ${sample.tensors} tensors, memory ${sample.memoryMb} MB (${kinds(sample.memoryByKindMb)}), ${sample.fps} fps, latency ${sample.latencyMsMedian} ms, ${sample.reps} reps, ${sample.engineRestarts} engine restarts`);
      last = now;
      if (sample.minute >= opts.minutes - 0.01) return samples;
    }
  } finally {
    await within('closing the live page', STEP_MS, page.close());
  }
}

/** Analyses `count` clips one after another in one clip page, cycling through `files`. */
export async function soakClips(browser: Browser, appUrl: string, files: readonly string[], opts: { count: number; log(line: string): void }): Promise<ClipSample[]> {
  const page = await within('opening a page', STEP_MS, browser.newPage());
  try {
    await within('loading the clip page', STEP_MS, page.goto(`${appUrl}?exercise=running`));
    const samples: ClipSample[] = [];
    for (let i = 0; i < opts.count; i++) {
      const file = files[i % files.length]!;
      // The same page throughout, as a person analysing clip after clip: "Analyse another clip" (or "Choose another clip" after an error).
      if (i > 0) await page.getByRole('button', { name: /another clip/i }).first().click({ timeout: STEP_MS });
      await evaluateWithin(page, 'clearing the last outcome', STEP_MS, () => delete window.formcheck);
      await page.getByTestId('clip-file').setInputFiles(file, { timeout: STEP_MS });
      const outcome = await clipOutcome(page);
      if (!outcome.analysis) throw new Error(`clip ${i + 1} (${file}) was not analysed: ${outcome.error?.message ?? 'no analysis'}`);
      const engine = await evaluateWithin(page, 'the clip worker\'s tensor count', STEP_MS, () => window.formcheckClip!.memory());
      const memory = await measureSettledMemory(page);
      const sample: ClipSample = {
        clip: i + 1, name: file.split('/').pop()!, tensors: engine.tensors, memoryMb: memory.totalMb, memoryByKindMb: memory.byKindMb,
        analysisS: Number(outcome.analysis.analysisS.toFixed(2)),
      };
      samples.push(sample);
      opts.log(`clip ${sample.clip} ${sample.name}: ${sample.tensors} tensors, memory ${sample.memoryMb} MB (${kinds(sample.memoryByKindMb)}), ${sample.analysisS} s`);
    }
    return samples;
  } finally {
    await within('closing the clip page', STEP_MS, page.close());
  }
}

export interface Slopes {
  [measure: string]: number;
}

/**
 * Change per minute (live) or per clip (clips) of each measure, least squares; memory also as the
 * median step (see medianStep), which the tests judge.
 */
export function liveSlopes(samples: readonly LiveSample[]): Slopes {
  const x = samples.map((s) => s.minute);
  return {
    tensorsPerMin: slope(x, samples.map((s) => s.tensors)),
    memoryMbPerMin: slope(x, samples.map((s) => s.memoryMb ?? 0)),
    memoryMbPerMinMedianStep: medianStep(x, samples.map((s) => s.memoryMb ?? 0)),
    fpsPerMin: slope(x, samples.map((s) => s.fps)),
    latencyMsPerMin: slope(x, samples.map((s) => s.latencyMsMedian)),
  };
}

export function clipSlopes(samples: readonly ClipSample[]): Slopes {
  const x = samples.map((s) => s.clip);
  return {
    tensorsPerClip: slope(x, samples.map((s) => s.tensors)),
    memoryMbPerClip: slope(x, samples.map((s) => s.memoryMb ?? 0)),
    memoryMbPerClipMedianStep: medianStep(x, samples.map((s) => s.memoryMb ?? 0)),
  };
}
