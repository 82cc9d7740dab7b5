import * as Comlink from 'comlink';
import { ClipError, MAX_CLIP_S, MIN_RUNNING_CLIP_S, type ClipProgress } from '../shared/clip-analysis';
import { concludeClip } from '../shared/clip-conclusion';
import type { KeypointMap } from '../shared/keypoints';
import type { PoseFrame } from '../shared/session-types';
import { ClipDecoder } from './clip-decoder';
import type { ClipOutcome, ClipRequest, ClipWorkerApi } from './clip-worker-api';
import { loadFastestModel, type LoadedModel } from './model-loader';
import { PeopleCounter } from './people-counter';
import { VerifiedModelStore } from './verified-model';

const PROGRESS_EVERY_MS = 200;
/** A file that stops decoding after this share of its frames is analysed as far as it goes. */
const MIN_DECODED_SHARE = 0.5;
/** Fewer frames than this share of the container's count gets a warning in the report. */
const COMPLETE_SHARE = 0.98;

let loaded: (LoadedModel & { key: string }) | null = null;
let people: PeopleCounter | null = null;
let decoder: ClipDecoder | null = null;
let frameTimes: number[] = [];
let cancelled = false;

async function modelFor(request: ClipRequest): Promise<LoadedModel> {
  const key = `${request.model}/${request.backend}`;
  if (loaded?.key === key) return loaded;
  loaded?.model.dispose();
  loaded = null;
  const store = new VerifiedModelStore(request.modelsUrl);
  loaded = { ...(await loadFastestModel(request.model, request.backend, store)), key };
  people ??= await PeopleCounter.create(store).catch(() => null);
  return loaded;
}

function scaled(kps: KeypointMap, s: number): KeypointMap {
  if (s === 1) return kps;
  const out: KeypointMap = {};
  for (const [name, p] of Object.entries(kps) as Array<[keyof KeypointMap, NonNullable<KeypointMap[keyof KeypointMap]>]>) {
    out[name] = { ...p, x: p.x * s, y: p.y * s };
  }
  return out;
}

function toOutcome(err: unknown): ClipOutcome {
  if (err instanceof ClipError) return { ok: false, error: err.toInfo() };
  if (err instanceof Error && (err.name === 'ModelFileError' || err.name === 'BackendError')) {
    return { ok: false, error: { kind: 'model', message: err.message } };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, error: { kind: 'corrupt', message: `The video could not be decoded: ${message}` } };
}

const api: ClipWorkerApi = {
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
      const { model, backend } = await modelFor(request);
      model.reset();
      const frames: PoseFrame[] = [];
      const warnings: string[] = [];
      let lastProgress = 0;
      const report = (done: number): void => {
        const elapsedS = (performance.now() - started) / 1000;
        const remainingS = done >= 5 ? (elapsedS / done) * Math.max(0, source.frameCount - done) : null;
        onProgress({ framesDone: done, framesTotal: source.frameCount, elapsedS, remainingS } satisfies ClipProgress);
      };
      try {
        for await (const frame of decoder.frames()) {
          try {
            if (cancelled) throw new ClipError('cancelled', 'Analysis cancelled.');
            const detection = await model.estimate(frame.bitmap, frame.t * 1000);
            const count = await people?.update(frame.bitmap, frame.t);
            frames.push({ t: frame.t, keypoints: scaled(detection.keypoints, frame.scale), width: source.width, height: source.height, people: count });
          } finally {
            frame.bitmap.close();
          }
          if (performance.now() - lastProgress > PROGRESS_EVERY_MS) {
            lastProgress = performance.now();
            report(frames.length);
          }
        }
      } catch (err) {
        if (err instanceof ClipError) throw err;
      }
      report(frames.length);
      // A truncated file either fails mid-way or simply runs out of frames early.
      if (frames.length < MIN_DECODED_SHARE * source.frameCount) {
        throw new ClipError('corrupt', `"${name}" is damaged or incomplete: only ${frames.length} of its ${source.frameCount} frames could be read. Try copying or exporting the clip again.`);
      }
      if (frames.length < COMPLETE_SHARE * source.frameCount) {
        warnings.push(`Only ${frames.length} of ${source.frameCount} frames could be read (up to ${frames.at(-1)?.t.toFixed(1)} s): the file may be truncated. The report covers the part that could be read.`);
      }
      frameTimes = frames.map((f) => f.t);
      const result = concludeClip(frames, request.exercise, source.fps, request.options);
      return {
        ok: true,
        analysis: {
          exercise: request.exercise, model: request.model, backend, source, frames,
          analysisS: (performance.now() - started) / 1000, ...result, warnings,
        },
      };
    } catch (err) {
      decoder?.dispose();
      decoder = null;
      return toOutcome(err);
    }
  },

  cancel() {
    cancelled = true;
  },

  async frameImage(frameIndex) {
    const t = frameTimes[Math.max(0, Math.min(frameTimes.length - 1, Math.round(frameIndex)))];
    if (!decoder || t === undefined) throw new Error('No clip is open.');
    const bitmap = await decoder.still(t);
    return Comlink.transfer(bitmap, [bitmap]);
  },
};

Comlink.expose(api);
