/** Drives the app's clip page in a browser: opens a file, waits for the analysis, returns it. */
import type { Browser, Page } from 'playwright-core';
import type { ClipAnalysis, ClipErrorInfo, ClipExercise } from '../../src/shared/clip/clip-analysis';
import type { ModelId } from '../../src/shared/pose/models';
import { closePage, evaluateWithin, PAGE_LOAD_MS, PAGE_STEP_MS, stepWithin, within } from './bounded';

export interface AnalyzeRequest {
  exercise: ClipExercise;
  model?: ModelId;
  /** Running clips filmed in slow motion: how many times slower than real time. */
  slowMotion?: number;
  /** Analysis workers; default: the app's (one per core). */
  workers?: number;
  /** Choose the clip once the page's models have loaded, as when a person takes a moment to pick one. */
  afterModelsLoad?: boolean;
}

/** Generous: analysis runs at about real time or slower on a small machine. */
const TIMEOUT_MS = 600_000;
/** Loading the pose models in the analysis workers (several at once on a small machine). */
const MODELS_TIMEOUT_MS = 180_000;

export interface ClipOutcome {
  analysis?: ClipAnalysis;
  error?: ClipErrorInfo;
}

/**
 * Waits for the clip page's analysis or error and returns a copy. The wait's condition is a
 * boolean on purpose: waitForFunction keeps whatever the condition returns alive in the page
 * until its handle is disposed, and a returned report (about 1 MB) per clip reads as a leak.
 */
export async function clipOutcome(page: Page, timeoutMs = TIMEOUT_MS): Promise<ClipOutcome> {
  await stepWithin('the clip analysis or its error', timeoutMs, (timeout) =>
    page.waitForFunction(() => Boolean(window.formcheck?.clipAnalysis || window.formcheck?.clipError), null, { timeout, polling: 250 }));
  const state = await evaluateWithin(page, 'reading the clip analysis', PAGE_STEP_MS, () => window.formcheck!);
  return { analysis: state.clipAnalysis, error: state.clipError };
}

export async function analyzeInBrowser(browser: Browser, appUrl: string, file: string, req: AnalyzeRequest): Promise<ClipOutcome> {
  const page = await within('opening a page', PAGE_STEP_MS, browser.newPage());
  try {
    const q = new URLSearchParams({ exercise: req.exercise });
    if (req.exercise !== 'running') q.set('clip', '');
    if (req.model) q.set('model', req.model);
    if (req.workers) q.set('workers', String(req.workers));
    await stepWithin('loading the clip page', PAGE_LOAD_MS, (timeout) => page.goto(`${appUrl}?${q.toString()}`, { timeout }));
    if (req.afterModelsLoad) {
      await stepWithin('the clip page loading its models', MODELS_TIMEOUT_MS, (timeout) =>
        page.waitForFunction(() => window.formcheck?.clipModelsReady, null, { timeout, polling: 100 }));
    }
    if ((req.slowMotion ?? 1) > 1) {
      await stepWithin('choosing the slow-motion factor', PAGE_STEP_MS, (timeout) => page.getByLabel('Slow motion').selectOption(String(req.slowMotion), { timeout }));
    }
    await stepWithin('choosing the clip file', PAGE_STEP_MS, (timeout) => page.getByTestId('clip-file').setInputFiles(file, { timeout }));
    return await clipOutcome(page);
  } finally {
    await closePage(page);
  }
}
