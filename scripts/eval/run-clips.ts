/**
 * Runs labelled clips through the app's own clip analysis in headless Chromium (the code path of
 * `npm run analyze`) and turns each result into a ClipResult for the scores.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { clipModel, type ClipAnalysis } from '../../src/shared/clip/clip-analysis';
import type { ModelId } from '../../src/shared/pose/models';
import { analyzeInBrowser } from '../lib/analyze-in-browser';
import type { ClipLabel } from './clip-labels';
import type { ClipResult } from './scores';

export interface ClipRun {
  result: ClipResult;
  /** The analysis itself (poses of every frame), for the golden-keypoint check. */
  analysis?: ClipAnalysis;
}

export async function runClip(browser: Browser, appUrl: string, clipsDir: string, label: ClipLabel, model?: ModelId): Promise<ClipRun> {
  const m = model ?? clipModel(label.exercise);
  const started = performance.now();
  const { analysis, error } = await analyzeInBrowser(browser, appUrl, join(clipsDir, label.file), {
    exercise: label.exercise, model: m, slowMotion: label.slowMotion,
  });
  const base = { file: label.file, exercise: label.exercise, model: m, expected: label.expected, approximate: label.approximate, tolerance: label.tolerance, ...(label.clean ? { clean: true } : {}) };
  if (!analysis) {
    return {
      result: { ...base, measured: null, error: error ? `${error.kind}: ${error.message}` : 'no result', durationS: 0, analysisS: (performance.now() - started) / 1000 },
    };
  }
  const measured = label.exercise === 'running' ? analysis.running?.cadenceSpm ?? null : analysis.reps?.reps.total ?? null;
  const repVerdicts = analysis.reps?.repsDetail.map((r) => (r.uncertain ? 'uncertain' : r.faults.length ? r.faults.join('+') : 'ok'));
  return {
    result: {
      ...base, measured, durationS: analysis.source.durationS, analysisS: analysis.analysisS,
      ...(repVerdicts ? { repVerdicts } : {}),
    },
    analysis,
  };
}
