/** The live-pipeline section: worker pipeline, bare model and main-thread baseline per model and backend. */
import type { Page } from 'playwright-core';
import type { PoseRunner } from '../../src/client/pose-client';
import type { ModelId } from '../../src/shared/models';
import type { BackendCandidate } from '../../src/worker/backend';
import type { LiveStats } from '../../src/client/live-automation';
import { launchWithCamera } from '../lib/fake-camera';
import type { BenchContext } from './context';
import { measureBare, measureCachedStart, measureLive, openLive } from './live-page';
import type { BareRow, LiveRow, SkippedRow } from './report';

/** Backends the app's ?backend= accepts; 'auto' picks one of the others per model. */
export const BACKENDS = ['auto', 'wasm', 'webgl', 'webgpu'] as const;
export type BenchBackend = (typeof BACKENDS)[number];

export interface LiveSection {
  live: LiveRow[];
  bare: BareRow[];
  skipped: SkippedRow[];
  /** What the camera delivered, as the page's video track reports it. */
  camera: LiveStats['camera'];
}

type Outcome<T> = { ok: T } | { failed: string };

/** One configuration in a fresh browser, so no run inherits another's memory or GPU state. */
async function inLiveView<T>(ctx: BenchContext, model: ModelId, backend: string, runner: PoseRunner, run: (page: Page, first: LiveStats) => Promise<T>): Promise<Outcome<T>> {
  const browser = await launchWithCamera(ctx.cameraFile);
  try {
    const opened = await openLive(browser, ctx, model, backend, runner);
    return 'failed' in opened ? opened : { ok: await run(opened.page, opened.stats) };
  } catch (err) {
    return { failed: `failed while measuring: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  } finally {
    await browser.close();
  }
}

const describeCandidate = (c: BackendCandidate): string =>
  c.skipped ? `${c.name} skipped: ${c.skipped}` : c.msPerFrame === undefined ? `${c.name} (the only candidate, not timed)` : `${c.name} ${Math.round(c.msPerFrame)} ms/frame`;

/** What 'auto' picks for a model here, and why; it is measured under the backend it picks. */
async function autoChoice(ctx: BenchContext, model: ModelId): Promise<SkippedRow> {
  const outcome = await inLiveView(ctx, model, 'auto', 'worker', async (_page, { engine }) =>
    `picks ${engine.backend} here, so see the ${engine.backend} rows (start-up check: ${engine.candidates.map(describeCandidate).join('; ')})`);
  return { model, backend: 'auto', reason: 'ok' in outcome ? outcome.ok : outcome.failed };
}

export async function benchLive(ctx: BenchContext, models: readonly ModelId[], backends: readonly BenchBackend[]): Promise<LiveSection> {
  const section: LiveSection = { live: [], bare: [], skipped: [], camera: {} };
  const skip = (row: SkippedRow) => {
    section.skipped.push(row);
    ctx.log(`${row.model} ${row.backend}: ${row.reason}`);
  };
  for (const model of models) {
    for (const backend of backends) {
      if (backend === 'auto') {
        skip(await autoChoice(ctx, model));
        continue;
      }
      const worker = await inLiveView(ctx, model, backend, 'worker', async (page, first) => {
        const live = await measureLive(page, ctx, { model, backend, mode: 'worker' }, first);
        const bare = await measureBare(page, ctx, model, backend);
        live.firstPoseCachedMs = await measureCachedStart(page);
        return { camera: first.camera, live, bare };
      });
      if ('failed' in worker) {
        skip({ model, backend, reason: worker.failed });
        continue;
      }
      section.camera = worker.ok.camera;
      section.live.push(worker.ok.live);
      section.bare.push(worker.ok.bare);
      ctx.log(`${model} ${backend} worker: ${worker.ok.live.fps} fps, bare model ${worker.ok.bare.fps} fps`);
      const main = await inLiveView(ctx, model, backend, 'main', (page, first) => measureLive(page, ctx, { model, backend, mode: 'main' }, first));
      if ('failed' in main) {
        skip({ model, backend, reason: `main thread: ${main.failed}` });
        continue;
      }
      section.live.push(main.ok);
      ctx.log(`${model} ${backend} main thread: ${main.ok.fps} fps`);
    }
  }
  return section;
}
