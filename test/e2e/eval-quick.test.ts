/**
 * The quick version of `npm run eval`: a few short labelled clips (one per kind of exercise)
 * through the real clip analysis, failing when the exact-count rate drops below the recorded
 * baseline (test/eval-baseline.json, changed only deliberately in its own commit with the reason).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIP_LABELS } from '../../scripts/eval/clip-labels';
import { runClip } from '../../scripts/eval/run-clips';
import { totals, type ClipResult } from '../../scripts/eval/scores';
import { clipTable, totalsTable } from '../../scripts/eval/tables';
import { launchBrowser } from '../../scripts/lib/app-browser';
import { closeBrowser, CLIPS_DIR, e2eSkipReason, ROOT, startApp } from './harness';

const baseline = JSON.parse(readFileSync(join(ROOT, 'test/eval-baseline.json'), 'utf8')) as { exactCountRate: number; why: string };
const skip = e2eSkipReason();

describe.skipIf(skip)('evaluation, quick set', () => {
  let app: { server: PreviewServer; url: string };
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    await app?.server.close();
  });

  it(`keeps the exact-count rate at or above the baseline (${baseline.exactCountRate})`, async () => {
    const quick = CLIP_LABELS.filter((l) => l.quick);
    expect(quick.length).toBeGreaterThanOrEqual(3);
    const results: ClipResult[] = [];
    for (const label of quick) results.push((await runClip(browser, app.url, CLIPS_DIR, label)).result);
    const t = totals(results);
    console.log(`${clipTable(results)}\n\n${totalsTable([{ label: 'quick set', totals: t }])}`);
    expect(results.every((r) => r.measured !== null), results.map((r) => r.error).join('; ')).toBe(true);
    expect(t.exactCountRate).toBeGreaterThanOrEqual(baseline.exactCountRate);
  }, 600_000);
});
