/** Clip analysis speed: seconds to analyse each clip as a ratio of its duration, per model. */
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ClipExercise } from '../../src/shared/clip-analysis';
import type { ModelId } from '../../src/shared/models';
import { analyzeInBrowser } from '../lib/analyze-in-browser';
import type { ClipRow } from './report';

export interface ClipBenchInput {
  appUrl: string;
  browser: Browser;
  clips: ReadonlyArray<{ path: string; exercise: ClipExercise; slowMotion?: number }>;
  models: readonly ModelId[];
  log(line: string): void;
}

export async function benchClips(input: ClipBenchInput): Promise<ClipRow[]> {
  const rows: ClipRow[] = [];
  for (const model of input.models) {
    for (const clip of input.clips) {
      const { analysis, error } = await analyzeInBrowser(input.browser, input.appUrl, clip.path, { exercise: clip.exercise, model, slowMotion: clip.slowMotion });
      const row: ClipRow = analysis
        ? {
            clip: basename(clip.path), model, frames: analysis.frames.length, durationS: round(analysis.source.durationS),
            analysisS: round(analysis.analysisS), realtimeRatio: round(analysis.analysisS / analysis.source.durationS),
            msPerFrame: Math.round((1000 * analysis.analysisS) / Math.max(1, analysis.frames.length)),
            result: analysis.running?.cadenceSpm ? `${analysis.running.cadenceSpm.toFixed(1)} steps/min` : analysis.reps ? `${analysis.reps.reps.total} reps` : 'no cadence',
          }
        : { clip: basename(clip.path), model, frames: 0, durationS: null, analysisS: null, realtimeRatio: null, msPerFrame: null, result: `${error?.kind}: ${error?.message}` };
      input.log(`clip ${row.clip} ${model}: ${row.analysisS ?? '-'} s for ${row.durationS ?? '-'} s (${row.realtimeRatio ?? '-'}x real time), ${row.result}`);
      rows.push(row);
    }
  }
  return rows;
}

const round = (v: number): number => Number(v.toFixed(2));
