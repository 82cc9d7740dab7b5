/**
 * Time limits for browser steps: a step that never answers (a hung page.evaluate, a browser that
 * will not close) fails with an error naming what it waited for, so a run can report it and go on.
 */
import { errors, type Browser, type Page } from 'playwright-core';

/** Limits generous for a slow, shared 2-core machine. A step that does little: opening a page, an evaluate that reads state, an input. */
export const PAGE_STEP_MS = 30_000;
/** Loading the app into a page (the first load compiles its scripts). */
export const PAGE_LOAD_MS = 60_000;
/** Starting Chromium. */
export const LAUNCH_MS = 60_000;

export class StepTimeout extends Error {
  constructor(readonly what: string, readonly ms: number) {
    super(`${what}: no answer after ${Math.round(ms / 1000)} s`);
    this.name = 'StepTimeout';
  }
}

/** The promise's outcome, or a StepTimeout naming `what` once `ms` have passed without one. */
export async function within<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(what, ms)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** page.evaluate with a time limit (playwright's evaluate has none). */
export function evaluateWithin<R, A = undefined>(page: Page, what: string, ms: number, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return within(what, ms, page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg));
}

/**
 * Closes the browser within 15 s, or warns and leaves it: a browser that will not close must not
 * hold up the run, and playwright kills the processes it launched when node exits.
 */
export async function closeBrowser(browser: Browser): Promise<void> {
  try {
    await within('closing Chromium', 15_000, browser.close());
  } catch (err) {
    if (!(err instanceof StepTimeout)) throw err;
    console.warn(`${err.message}; left to be killed on exit`);
  }
}

/**
 * A playwright call that takes a timeout (waitForFunction, goto, reload, setInputFiles, ...), given
 * `ms`: its TimeoutError becomes a StepTimeout naming `what` instead of playwright's bare "Timeout
 * 30000ms exceeded".
 */
export async function stepWithin<T>(what: string, ms: number, step: (timeout: number) => Promise<T>): Promise<T> {
  try {
    return await step(ms);
  } catch (err) {
    if (err instanceof errors.TimeoutError) throw new StepTimeout(what, ms);
    throw err;
  }
}

/** A browser launch with a time limit; a browser that starts after the limit is closed, not left running. */
export async function launchWithin(what: string, ms: number, launching: Promise<Browser>): Promise<Browser> {
  try {
    return await within(what, ms, launching);
  } catch (err) {
    if (err instanceof StepTimeout) launching.then(closeBrowser).catch(() => {});
    throw err;
  }
}

/** Closes the page within 15 s, or warns and leaves it, so a hung page cannot hold up the run (or hide the error it hung with). */
export async function closePage(page: Page): Promise<void> {
  try {
    await within('closing the page', 15_000, page.close());
  } catch (err) {
    if (!(err instanceof StepTimeout)) throw err;
    console.warn(`${err.message}; left open`);
  }
}
