// Records pose keypoints from the real clips in ../shared/clips as small JSON fixtures for tests:
// test/fixtures/<clip-basename>.<model>.json = {clip, model, fps, width, height, names, frames: [{t, k}]}.
//
// Every frame is decoded by ffmpeg (raw RGB24 on a pipe, rotation applied) and run through
// @tensorflow-models/pose-detection on the tfjs WASM backend with the app's own detector options
// (src/engine/pose-detector-config.ts) and the app's own model files (models/, verified first).
//
//   npm run fixtures                                  # the default set (see DEFAULT_JOBS)
//   npm run fixtures -- --model blazepose-lite squat_side_nikan
//   npm run fixtures -- --clips /path/to/clips --out /tmp/fx squat_side_gymlytics.mp4
//
// The clips themselves never enter the project: only the derived keypoints do.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { BLAZEPOSE_KEYPOINTS, COCO_KEYPOINTS } from '../src/shared/pose/keypoints';
import { isModelId, MODELS, type ModelId } from '../src/shared/pose/models';
import { createPoseDetector, modelSources, POSE_ESTIMATION_CONFIG } from '../src/engine/pose-detector-config';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const prog = 'extract-fixtures';

class FatalError extends Error {}
function fail(msg: string): never {
  throw new FatalError(msg);
}

// ---------- command line ----------

interface Options {
  clipsDir: string;
  outDir: string;
  model: ModelId | null;
  clips: string[];
}

const USAGE = `usage: npm run fixtures -- [--clips DIR] [--out DIR] [--model ${Object.keys(MODELS).join('|')}] [clip ...]`;

function parseArgs(argv: string[]): Options {
  const opts: Options = { clipsDir: resolve(root, '../shared/clips'), outDir: join(root, 'test/fixtures'), model: null, clips: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => argv[++i] ?? fail(`${a} needs a value (${USAGE})`);
    if (a === '--clips') opts.clipsDir = resolve(process.cwd(), value());
    else if (a === '--out') opts.outDir = resolve(process.cwd(), value());
    else if (a === '--model') {
      const m = value();
      opts.model = isModelId(m) ? m : fail(`unknown model "${m}" (one of ${Object.keys(MODELS).join(', ')})`);
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a} (${USAGE})`);
    else opts.clips.push(a.endsWith('.mp4') ? a : `${a}.mp4`);
  }
  return opts;
}

// ---------- what to extract ----------

interface ManifestEntry {
  file: string;
  category: string;
  fps: number;
  duration_s: number;
}

/** MoveNet Lightning (the app default) on every squat and march clip; BlazePose lite (heels) on the side squats. */
const DEFAULT_CATEGORIES = ['1_squat', '3_march_highknees'];
const BLAZEPOSE_SIDE_SQUATS = ['squat_side_gymlytics.mp4', 'squat_side_hanshitha.mp4', 'squat_side_crossfit_mrpose.mp4'];

interface Job {
  model: ModelId;
  clips: string[];
}

function planJobs(opts: Options, manifest: ManifestEntry[]): Job[] {
  const byCategory = manifest.filter((c) => DEFAULT_CATEGORIES.includes(c.category)).map((c) => c.file);
  if (opts.clips.length) return [{ model: opts.model ?? 'movenet-lightning', clips: opts.clips }];
  if (opts.model === 'blazepose-lite' || opts.model === 'blazepose-full') return [{ model: opts.model, clips: BLAZEPOSE_SIDE_SQUATS }];
  if (opts.model) return [{ model: opts.model, clips: byCategory }];
  return [
    { model: 'movenet-lightning', clips: byCategory },
    { model: 'blazepose-lite', clips: BLAZEPOSE_SIDE_SQUATS },
  ];
}

// ---------- preflight: tools, clips, models ----------

function requireTool(name: string): void {
  const r = spawnSync(name, ['-version'], { stdio: 'ignore' });
  if (r.error || r.status !== 0) fail(`${name} not found on PATH (install ffmpeg, e.g. apt-get install ffmpeg)`);
}

function verifyModels(): void {
  const r = spawnSync(process.execPath, [join(root, 'scripts/install-models.mjs'), '--verify'], { encoding: 'utf8' });
  if (r.status !== 0) {
    const lines = `${r.stderr ?? ''}${r.stdout ?? ''}`.split('\n').filter((l) => l.trim());
    fail(`${lines[0]?.trim() ?? 'node scripts/install-models.mjs --verify failed'}${lines.length > 1 ? ` (+${lines.length - 1} more)` : ''}`);
  }
}

// ---------- models from local files ----------

interface GraphModelJson {
  modelTopology: unknown;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  signature?: unknown;
  userDefinedMetadata?: tf.io.ModelArtifacts['userDefinedMetadata'];
  modelInitializer?: unknown;
  weightsManifest: Array<{ paths: string[]; weights: tf.io.WeightsManifestEntry[] }>;
}

/** A tfjs IOHandler that loads a graph model (model.json + weight shards) from the local disk. */
function fileHandler(jsonPath: string): tf.io.IOHandler {
  return {
    load: async () => {
      const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as GraphModelJson;
      const dir = dirname(jsonPath);
      const shards = json.weightsManifest.flatMap((g) => g.paths.map((p) => readFileSync(join(dir, p))));
      const weightData = new Uint8Array(shards.reduce((n, b) => n + b.length, 0));
      let at = 0;
      for (const b of shards) {
        weightData.set(b, at);
        at += b.length;
      }
      return {
        modelTopology: json.modelTopology as tf.io.ModelArtifacts['modelTopology'],
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
        signature: json.signature as tf.io.ModelArtifacts['signature'],
        userDefinedMetadata: json.userDefinedMetadata,
        modelInitializer: json.modelInitializer as tf.io.ModelArtifacts['modelInitializer'],
        weightSpecs: json.weightsManifest.flatMap((g) => g.weights),
        weightData: weightData.buffer,
      };
    },
  };
}

// ---------- video ----------

interface VideoInfo {
  width: number;
  height: number;
  fps: number;
  /** Seconds of each frame from the first, or null when the clip is constant-rate (t = i / fps). */
  pts: number[] | null;
}

const ratio = (s: string | undefined): number => {
  const [n, d] = (s ?? '').split('/').map(Number);
  return n && d ? n / d : Number.NaN;
};

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) fail(`${cmd} failed on ${args[args.length - 1]}: ${(r.stderr || '').trim().split('\n').pop()}`);
  return r.stdout;
}

function probe(file: string): VideoInfo {
  const info = JSON.parse(
    run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_streams', '-of', 'json', file]),
  ) as { streams?: Array<Record<string, unknown>> };
  const s = info.streams?.[0] ?? fail(`${basename(file)} has no video stream`);
  const sideData = (s.side_data_list as Array<{ rotation?: number }> | undefined) ?? [];
  const rotation = Number(sideData.find((d) => d.rotation !== undefined)?.rotation ?? (s.tags as Record<string, string> | undefined)?.rotate ?? 0);
  const quarterTurn = Math.abs(Math.round(rotation / 90)) % 2 === 1;
  const w = Number(s.width);
  const h = Number(s.height);
  // Non-square pixels are stretched to square ones the way the browser shows the video (the
  // shorter side grows), so fixture keypoints are in the same pixels as the app's.
  const sar = ratio((s.sample_aspect_ratio as string | undefined)?.replace(':', '/'));
  let [dw, dh] = [w, h];
  if (Number.isFinite(sar) && sar > 0 && Math.abs(sar - 1) > 1e-3) {
    if (quarterTurn) console.warn(`${prog}: warning: ${basename(file)} is rotated and has non-square pixels; keypoints are in stored pixels`);
    else if (sar < 1) dh = 2 * Math.round(h / sar / 2);
    else dw = 2 * Math.round((w * sar) / 2);
  }
  const rate = ratio(s.r_frame_rate as string);
  const avg = ratio(s.avg_frame_rate as string);
  const fps = Number.isFinite(avg) && avg > 0 ? avg : rate;
  if (!(fps > 0)) fail(`${basename(file)}: cannot read its frame rate`);

  // Real presentation times of the decoded frames; kept only if the clip is variable-rate.
  const times = run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'frame=best_effort_timestamp_time', '-of', 'csv=p=0', file])
    .split('\n')
    .map((l) => parseFloat(l))
    .filter((x) => Number.isFinite(x));
  const t0 = times[0] ?? 0;
  const rel = times.map((x) => x - t0);
  const vfr = rel.some((x, i) => Math.abs(x - i / fps) > 0.25 / fps);
  return { width: quarterTurn ? h : dw, height: quarterTurn ? w : dh, fps, pts: vfr ? rel : null };
}

/** Yields each decoded frame as packed RGB24 (width*height*3 bytes), with backpressure. */
async function* decodeFrames(file: string, width: number, height: number): AsyncGenerator<Uint8Array> {
  const ff = spawn('ffmpeg', [
    '-v', 'error', '-nostdin', '-i', file, '-map', '0:v:0', '-fps_mode', 'passthrough',
    '-vf', `scale=${width}:${height},setsar=1`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-',
  ], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  ff.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((res) => ff.on('close', res));
  const size = width * height * 3;
  let frame = new Uint8Array(size);
  let filled = 0;
  try {
    for await (const chunk of ff.stdout as AsyncIterable<Buffer>) {
      let off = 0;
      while (off < chunk.length) {
        const n = Math.min(size - filled, chunk.length - off);
        frame.set(chunk.subarray(off, off + n), filled);
        filled += n;
        off += n;
        if (filled === size) {
          yield frame;
          frame = new Uint8Array(size);
          filled = 0;
        }
      }
    }
  } finally {
    if (ff.exitCode === null) ff.kill();
  }
  const code = await exited;
  if (code !== 0) fail(`ffmpeg failed decoding ${basename(file)}: ${stderr.trim().split('\n').pop() ?? `exit ${code}`}`);
  if (filled !== 0) fail(`ffmpeg gave a partial frame for ${basename(file)} (frame size ${width}x${height} wrong?)`);
}

// ---------- fixture ----------

type FixtureKeypoint = [number, number, number];
interface FixtureFrame {
  t: number;
  k: FixtureKeypoint[];
}

const r1 = (v: number): number => Math.round(v * 10) / 10 || 0;
const r2 = (v: number): number => Math.round(v * 100) / 100 || 0;
const rt = (v: number): number => Math.round(v * 1e4) / 1e4;

/** Compact JSON: the header on one line, one frame per line (small, and diffs stay readable). */
function serialize(header: Record<string, unknown>, frames: FixtureFrame[]): string {
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"frames":[\n${frames.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

async function extractClip(
  detector: Awaited<ReturnType<typeof createPoseDetector>>,
  model: ModelId,
  clipPath: string,
  outDir: string,
): Promise<{ file: string; bytes: number }> {
  const clip = basename(clipPath);
  const info = probe(clipPath);
  const names: readonly string[] = MODELS[model].family === 'movenet' ? COCO_KEYPOINTS : BLAZEPOSE_KEYPOINTS;
  const index = new Map(names.map((n, i) => [n, i]));
  detector.reset();

  const frames: FixtureFrame[] = [];
  let withPose = 0;
  let scoreSum = 0;
  let inferMs = 0;
  const start = performance.now();
  for await (const rgb of decodeFrames(clipPath, info.width, info.height)) {
    const i = frames.length;
    const t = info.pts ? (info.pts[i] ?? i / info.fps) : i / info.fps;
    const image = tf.tensor3d(rgb, [info.height, info.width, 3], 'int32');
    const t1 = performance.now();
    let poses;
    try {
      poses = await detector.estimatePoses(image, POSE_ESTIMATION_CONFIG, t * 1000);
    } finally {
      image.dispose();
    }
    inferMs += performance.now() - t1;
    const pose = poses[0];
    const k: FixtureKeypoint[] = [];
    if (pose && pose.keypoints.length) {
      withPose++;
      for (const p of pose.keypoints) {
        const at = p.name === undefined ? undefined : index.get(p.name);
        if (at === undefined) fail(`${model} returned an unexpected keypoint "${p.name}"`);
        k[at] = [r1(p.x), r1(p.y), r2(p.score ?? 0)];
        scoreSum += (p.score ?? 0) / pose.keypoints.length;
      }
      if (k.length !== names.length || k.some((x) => !x)) fail(`${model} returned ${pose.keypoints.length} keypoints, expected ${names.length}`);
    }
    frames.push({ t: rt(t), k });
  }
  const seconds = (performance.now() - start) / 1000;
  if (!frames.length) fail(`ffmpeg decoded no frames from ${clip}`);

  const header = { clip, model, fps: Math.round(info.fps * 1000) / 1000, width: info.width, height: info.height, names };
  const out = join(outDir, `${clip.replace(/\.[^.]+$/, '')}.${model}.json`);
  writeFileSync(out, serialize(header, frames));
  const bytes = statSync(out).size;
  console.log(
    `${clip} [${model}] ${info.width}x${info.height} @${header.fps}${info.pts ? ' (VFR: real pts)' : ''}: ` +
      `${frames.length} frames in ${seconds.toFixed(1)} s = ${((seconds * 1000) / frames.length).toFixed(1)} ms/frame ` +
      `(inference ${(inferMs / frames.length).toFixed(1)}), pose in ${((100 * withPose) / frames.length).toFixed(1)}% ` +
      `(mean keypoint score ${withPose ? (scoreSum / withPose).toFixed(2) : '-'}) -> ` +
      `${relative(root, out)} (${(bytes / 1024).toFixed(0)} KB)`,
  );
  return { file: out, bytes };
}

// ---------- main ----------

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  requireTool('ffmpeg');
  requireTool('ffprobe');
  const manifestPath = join(opts.clipsDir, 'manifest.json');
  if (!existsSync(manifestPath)) fail(`clip manifest not found: ${manifestPath} (set the clips folder with --clips DIR)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[];
  const jobs = planJobs(opts, manifest);
  for (const job of jobs) {
    for (const clip of job.clips) {
      const p = join(opts.clipsDir, clip);
      if (!existsSync(p)) fail(`clip not found: ${p}`);
    }
  }
  verifyModels();

  if (!(await tf.setBackend('wasm'))) fail('the tfjs wasm backend failed to initialise');
  await tf.ready();
  mkdirSync(opts.outDir, { recursive: true });
  const pd = await import('@tensorflow-models/pose-detection');

  let total = 0;
  let count = 0;
  for (const job of jobs) {
    const sources = modelSources(job.model, (file) => fileHandler(join(root, 'models', file)));
    const detector = await createPoseDetector(pd, job.model, sources);
    try {
      for (const clip of job.clips) {
        total += (await extractClip(detector, job.model, join(opts.clipsDir, clip), opts.outDir)).bytes;
        count++;
      }
    } finally {
      detector.dispose();
    }
  }
  console.log(`${prog}: ${count} fixtures, ${(total / 1024 / 1024).toFixed(2)} MB in ${relative(root, opts.outDir) || '.'}`);
  if (total > 15 * 1024 * 1024) console.warn(`${prog}: warning: fixtures total more than 15 MB`);
  const leaked = tf.memory().numTensors;
  if (leaked > 0) console.log(`${prog}: note: ${leaked} tensors still allocated (model weights)`);
}

main().catch((e: unknown) => {
  console.error(`${prog}: error: ${e instanceof FatalError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
