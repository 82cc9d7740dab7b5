import * as Comlink from 'comlink';
import { ClipError, MAX_CLIP_S, MIN_RUNNING_CLIP_S, type ClipProgress, concludeClip } from '../../shared/clip';
import { joinSegments, planSegments } from './clip-segments';
import type { ClipSegment, SegmentResult, ClipHelperApi, SegmentRequest } from '../helper-contract';
import { connectWorker, type WorkerConnection } from '../../shared/worker-connection';
import { limitWasmThreads } from '../../engine/backend';
import { releaseCallback } from './release-callback';
import { ClipDecoder } from './clip-decoder';
import { clipErrorInfo } from './clip-errors';
import { ClipModelCache } from './clip-model';
import { analyzeSegment } from './clip-segment';
import type { ClipOutcome, ClipRequest, ClipWorkerApi } from '../contract';
import { workerMemory } from '../../engine/worker-memory';

const PROGRESS_EVERY_MS = 200;
/** A file that stops decoding after this share of its frames is analysed as far as it goes. */
const MIN_DECODED_SHARE = 0.5;
/** Fewer frames than this share of the container's count gets a warning in the report. */
const COMPLETE_SHARE = 0.98;
/** More workers than this gain little, and each holds a model in memory. */
const MAX_WORKERS = 4;

interface Helper {
  api: Comlink.Remote<ClipHelperApi>;
  /** Its model has loaded (or failed to: analyze reports that). */
  ready: Promise<void>;
  /** Fails calls if the helper dies (e.g. out of memory), so a segment never waits for it forever. */
  guard: WorkerConnection<ClipHelperApi>['guard'];
}

const models = new ClipModelCache();
let helpers: Helper[] = [];
let decoder: ClipDecoder | null = null;
let frameTimes: number[] = [];
let cancelled = false;
let threadsSet = false;

/** One analysis worker per core (this one included), so decoding and inference use every core. */
const defaultWorkers = (): number => Math.max(1, Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1));

function startHelper(): Helper {
  const worker = new Worker(new URL('./clip-helper.worker.ts', import.meta.url), { type: 'module', name: 'clip-helper' });
  // Helpers end with this worker (nested workers close with their owner), so none is terminated here.
  const { remote, guard } = connectWorker<ClipHelperApi>(worker, 'An analysis worker stopped unexpectedly.', () => {
    helpers = helpers.filter((h) => h.api !== remote);
  });
  return { api: remote, guard, ready: Promise.resolve() };
}

/** The helpers for every segment after the first (this worker analyses the first), started once and kept. */
function helpersFor(count: number, request: SegmentRequest): Helper[] {
  while (helpers.length < count) {
    const helper = startHelper();
    helper.ready = helper.guard(helper.api.prepare(request)).catch(() => {});
    helpers.push(helper);
  }
  return helpers.slice(0, count);
}

async function onHelper(helper: Helper, file: Blob, name: string, request: SegmentRequest, segment: ClipSegment, onFrames: (done: number) => void): Promise<SegmentResult> {
  const outcome = await helper.guard(helper.api.analyze(file, name, request, segment, Comlink.proxy(onFrames)));
  if (!outcome.ok) throw new ClipError(outcome.error.kind, outcome.error.message);
  return outcome.result;
}

/** How many workers analyse a clip, the WASM threads each may use (set once, before this worker's backend starts). */
function workerPlan(request: Pick<ClipRequest, 'model' | 'backend' | 'modelsUrl' | 'workers'>): { workers: number; segmentRequest: SegmentRequest } {
  const workers = Math.max(1, Math.min(MAX_WORKERS, request.workers ?? defaultWorkers()));
  const segmentRequest: SegmentRequest = { model: request.model, backend: request.backend, modelsUrl: request.modelsUrl, wasmThreads: (navigator.hardwareConcurrency || 1) / workers };
  if (!threadsSet) limitWasmThreads(segmentRequest.wasmThreads);
  threadsSet = true;
  return { workers, segmentRequest };
}

const api: ClipWorkerApi = {
  async prepare(request) {
    const { workers, segmentRequest } = workerPlan(request);
    const others = helpersFor(workers - 1, segmentRequest);
    await Promise.all([models.get(request).catch(() => {}), ...others.map((h) => h.ready)]);
  },

  async analyze(file, name, request, onProgress): Promise<ClipOutcome> {
    cancelled = false;
    const started = performance.now();
    decoder?.dispose();
    decoder = null;
    frameTimes = [];
    try {
      decoder = await ClipDecoder.open(file, name);
      const source = decoder.source;
      if (source.durationS > MAX_CLIP_S) {
        throw new ClipError('too-long', `"${name}" is ${Math.round(source.durationS)} s long; clips up to ${MAX_CLIP_S} s can be analysed. Trim it to the part you want checked (10-30 s of running is plenty).`);
      }
      if (request.exercise === 'running' && source.durationS < MIN_RUNNING_CLIP_S) {
        throw new ClipError('too-short', `"${name}" is only ${source.durationS.toFixed(1)} s long. Record at least 10 seconds of steady running.`);
      }
      const { workers, segmentRequest } = workerPlan(request);
      const segments = planSegments(source.durationS, workers);
      const others = helpersFor(segments.length - 1, segmentRequest);

      const done = segments.map(() => 0);
      let lastProgress = 0;
      const report = (): void => {
        const framesDone = done.reduce((a, b) => a + b, 0);
        const elapsedS = (performance.now() - started) / 1000;
        const remainingS = framesDone >= 5 ? (elapsedS / framesDone) * Math.max(0, source.frameCount - framesDone) : null;
        onProgress({ framesDone, framesTotal: source.frameCount, elapsedS, remainingS } satisfies ClipProgress);
      };
      const progressOf = (i: number) => (frames: number): void => {
        done[i] = frames;
        if (performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = performance.now();
        report();
      };

      const own = decoder;
      const loaded = await models.get(request);
      const results = await Promise.all(segments.map((segment, i) =>
        i === 0
          ? analyzeSegment(own, loaded, segment, { cancelled: () => cancelled, onFrame: progressOf(0) })
          : onHelper(others[i - 1]!, file, name, segmentRequest, segment, progressOf(i)),
      )).catch((err: unknown) => {
        for (const helper of others) void helper.api.cancel();
        throw err;
      });
      const frames = joinSegments(results);
      done.fill(0);
      done[0] = frames.length;
      report();

      const warnings: string[] = [];
      // A truncated file either fails mid-way or simply runs out of frames early.
      if (frames.length < MIN_DECODED_SHARE * source.frameCount) {
        throw new ClipError('corrupt', `"${name}" is damaged or incomplete: only ${frames.length} of its ${source.frameCount} frames could be read. Try copying or exporting the clip again.`);
      }
      if (frames.length < COMPLETE_SHARE * source.frameCount) {
        warnings.push(`Only ${frames.length} of ${source.frameCount} frames could be read (up to ${frames.at(-1)?.t.toFixed(1)} s): the file may be truncated. The report covers the part that could be read.`);
      }
      frameTimes = frames.map((f) => f.t);
      const { running, reps, warnings: conclusion } = concludeClip(frames, request.exercise, source.fps, request.options);
      return {
        ok: true,
        analysis: {
          exercise: request.exercise, model: request.model, backend: loaded.backend, workers: segments.length, source, frames,
          analysisS: (performance.now() - started) / 1000, running, reps, warnings: [...warnings, ...conclusion],
        },
      };
    } catch (err) {
      decoder?.dispose();
      decoder = null;
      return { ok: false, error: clipErrorInfo(err) };
    } finally {
      releaseCallback(onProgress);
    }
  },

  cancel() {
    cancelled = true;
    for (const helper of helpers) void helper.api.cancel();
  },

  async frameImage(frameIndex) {
    const t = frameTimes[Math.max(0, Math.min(frameTimes.length - 1, Math.round(frameIndex)))];
    if (!decoder || t === undefined) throw new Error('No clip is open.');
    const bitmap = await decoder.still(t);
    return Comlink.transfer(bitmap, [bitmap]);
  },

  memory: workerMemory,
};

Comlink.expose(api);
