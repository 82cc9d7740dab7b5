/** Long sessions in headless Chromium: a live set on a looping real clip, and clips analysed one after another in one page. */
import type { Browser } from 'playwright-core';
import { median } from '../bench/stats';
import { clipOutcome } from '../lib/analyze-in-browser';
import { slope } from './trend';

const MB = 1024 * 1024;

export interface LiveSample {
  minute: number;
  tensors: number;
  /** The page and all its workers, WASM heaps included. */
  memoryMb: number | null;
  fps: number;
  latencyMsMedian: number;
  reps: number;
}

export interface ClipSample {
  clip: number;
  name: string;
  tensors: number;
  memoryMb: number | null;
  analysisS: number;
}

const mb = (bytes: number | null): number | null => (bytes === null ? null : Number((bytes / MB).toFixed(1)));

/** Opens the live view on the browser's (looping) fake camera and samples it every `everyS` for `minutes`. */
export async function soakLive(browser: Browser, appUrl: string, opts: { minutes: number; everyS: number; log(line: string): void }): Promise<LiveSample[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${appUrl}?exercise=squat`);
    await page.waitForFunction(() => (window.formcheckLive?.stats().processed ?? 0) > 0, null, { timeout: 120_000 });
    const samples: LiveSample[] = [];
    let last = await page.evaluate(() => window.formcheckLive!.stats());
    const startedAt = Date.now();
    for (let n = 1; ; n++) {
      // Sampling takes up to ~20 s (the memory measure waits for a garbage collection), so samples keep to a fixed schedule.
      await page.waitForTimeout(Math.max(0, startedAt + n * opts.everyS * 1000 - Date.now()));
      const [stats, reps] = await Promise.all([
        page.evaluate(() => window.formcheckLive!.stats()),
        page.getByTestId('rep-count').innerText().catch(() => '0'),
      ]);
      const memory = await page.evaluate(() => window.formcheckLive!.memory());
      const recent = stats.samples.filter((s) => s.at > last.at);
      const sample: LiveSample = {
        minute: Number(((n * opts.everyS) / 60).toFixed(2)),
        tensors: memory.tensors,
        memoryMb: mb(memory.totalBytes),
        fps: Number((((stats.processed - last.processed) * 1000) / (stats.at - last.at)).toFixed(1)),
        latencyMsMedian: Math.round(median(recent.map((s) => s.latencyMs))),
        reps: Number(reps),
      };
      samples.push(sample);
      opts.log(`live ${sample.minute} min: ${sample.tensors} tensors, memory ${sample.memoryMb} MB, ${sample.fps} fps, latency ${sample.latencyMsMedian} ms, ${sample.reps} reps`);
      last = stats;
      if (sample.minute >= opts.minutes - 0.01) return samples;
    }
  } finally {
    await page.close();
  }
}

/** Analyses `count` clips one after another in one clip page, cycling through `files`. */
export async function soakClips(browser: Browser, appUrl: string, files: readonly string[], opts: { count: number; log(line: string): void }): Promise<ClipSample[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${appUrl}?exercise=running`);
    const samples: ClipSample[] = [];
    for (let i = 0; i < opts.count; i++) {
      const file = files[i % files.length]!;
      // The same page throughout, as a person analysing clip after clip: "Analyse another clip" (or "Choose another clip" after an error).
      if (i > 0) await page.getByRole('button', { name: /another clip/i }).first().click();
      await page.evaluate(() => delete window.formcheck);
      await page.getByTestId('clip-file').setInputFiles(file);
      const analysisS = (await clipOutcome(page)).analysis?.analysisS ?? NaN;
      const memory = await page.evaluate(() => window.formcheckClip!.memory());
      const sample: ClipSample = { clip: i + 1, name: file.split('/').pop()!, tensors: memory.tensors, memoryMb: mb(memory.totalBytes), analysisS: Number(analysisS.toFixed(2)) };
      samples.push(sample);
      opts.log(`clip ${sample.clip} ${sample.name}: ${sample.tensors} tensors, memory ${sample.memoryMb} MB, ${sample.analysisS} s`);
    }
    return samples;
  } finally {
    await page.close();
  }
}

export interface Slopes {
  [measure: string]: number;
}

/** Change per minute (live) or per clip (clips) of each measure, least squares. */
export function liveSlopes(samples: readonly LiveSample[]): Slopes {
  const x = samples.map((s) => s.minute);
  return {
    tensorsPerMin: slope(x, samples.map((s) => s.tensors)),
    memoryMbPerMin: slope(x, samples.map((s) => s.memoryMb ?? 0)),
    fpsPerMin: slope(x, samples.map((s) => s.fps)),
    latencyMsPerMin: slope(x, samples.map((s) => s.latencyMsMedian)),
  };
}

export function clipSlopes(samples: readonly ClipSample[]): Slopes {
  const x = samples.map((s) => s.clip);
  return {
    tensorsPerClip: slope(x, samples.map((s) => s.tensors)),
    memoryMbPerClip: slope(x, samples.map((s) => s.memoryMb ?? 0)),
  };
}
