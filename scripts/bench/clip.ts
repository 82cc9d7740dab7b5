/**
 * Clip analysis speed: seconds to analyse each clip as a ratio of its duration, per model, with the
 * app's default analysis workers (one per core) and, as the baseline in the same run, one worker.
 * The clip is chosen once the page has loaded its models, which it does while a person picks a clip.
 */
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ClipExercise } from '../../src/shared/clip/clip-analysis';
import type { ModelId } from '../../src/shared/pose/models';
import { analyzeInBrowser } from '../lib/analyze-in-browser';
import { failedRow, type ClipRow, type FailedRow } from './report';

export interface ClipBenchInput {
  appUrl: string;
  browser: Browser;
  clips: ReadonlyArray<{ path: string; exercise: ClipExercise; slowMotion?: number }>;
  models: readonly ModelId[];
  log(line: string): void;
}

type BenchClip = ClipBenchInput['clips'][number];

async function clipRow(input: ClipBenchInput, clip: BenchClip, model: ModelId, workers: number | undefined): Promise<ClipRow> {
  const { analysis, error } = await analyzeInBrowser(input.browser, input.appUrl, clip.path, { exercise: clip.exercise, model, slowMotion: clip.slowMotion, workers, afterModelsLoad: true });
  if (!analysis) {
    return { clip: basename(clip.path), model, workers: workers ?? null, frames: 0, durationS: null, analysisS: null, realtimeRatio: null, speed: null, msPerFrame: null, result: `${error?.kind}: ${error?.message}` };
  }
  const { durationS } = analysis.source;
  return {
    clip: basename(clip.path), model, workers: analysis.workers, frames: analysis.frames.length, durationS: round(durationS),
    analysisS: round(analysis.analysisS), realtimeRatio: round(analysis.analysisS / durationS), speed: round(durationS / analysis.analysisS),
    msPerFrame: Math.round((1000 * analysis.analysisS) / Math.max(1, analysis.frames.length)),
    result: analysis.running?.cadenceSpm ? `${analysis.running.cadenceSpm.toFixed(1)} steps/min` : analysis.reps ? `${analysis.reps.reps.total} reps` : 'no cadence',
  };
}

/** Every clip with every model; a clip whose analysis throws (a step timed out) is recorded as failed and the run goes on. */
export async function benchClips(input: ClipBenchInput): Promise<{ rows: ClipRow[]; failed: FailedRow[] }> {
  const rows: ClipRow[] = [];
  const failed: FailedRow[] = [];
  for (const model of input.models) {
    for (const clip of input.clips) {
      for (const workers of [1, undefined]) {
        const config = `clip ${basename(clip.path)} ${model} ${workers ?? 'default'} worker(s)`;
        try {
          const row = await clipRow(input, clip, model, workers);
          input.log(`clip ${row.clip} ${model} ${row.workers ?? 'default'} worker(s): ${row.analysisS ?? '-'} s for ${row.durationS ?? '-'} s (${row.speed ?? '-'}x real time), ${row.result}`);
          rows.push(row);
        } catch (err) {
          const row = failedRow(config, err);
          input.log(`${config} FAILED: ${row.reason}`);
          failed.push(row);
        }
      }
    }
  }
  return { rows, failed };
}

const round = (v: number): number => Number(v.toFixed(2));
