/** Drives the app's clip page in a browser: opens a file, waits for the analysis, returns it. */
import type { Browser, Page } from 'playwright-core';
import type { ClipAnalysis, ClipErrorInfo, ClipExercise } from '../../src/shared/clip-analysis';
import type { ModelId } from '../../src/shared/models';

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
  await page.waitForFunction(() => Boolean(window.formcheck?.clipAnalysis || window.formcheck?.clipError), null, { timeout: timeoutMs, polling: 250 });
  const state = await page.evaluate(() => window.formcheck!);
  return { analysis: state.clipAnalysis, error: state.clipError };
}

export async function analyzeInBrowser(browser: Browser, appUrl: string, file: string, req: AnalyzeRequest): Promise<ClipOutcome> {
  const page = await browser.newPage();
  try {
    const q = new URLSearchParams({ exercise: req.exercise });
    if (req.exercise !== 'running') q.set('clip', '');
    if (req.model) q.set('model', req.model);
    if (req.workers) q.set('workers', String(req.workers));
    await page.goto(`${appUrl}?${q.toString()}`);
    if (req.afterModelsLoad) await page.waitForFunction(() => window.formcheck?.clipModelsReady, null, { timeout: TIMEOUT_MS, polling: 100 });
    if ((req.slowMotion ?? 1) > 1) await page.getByLabel('Slow motion').selectOption(String(req.slowMotion));
    await page.getByTestId('clip-file').setInputFiles(file);
    return await clipOutcome(page);
  } finally {
    await page.close();
  }
}
