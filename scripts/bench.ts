/**
 * npm run bench -- [clip] [--seconds N] [--warmup N] [--json FILE] [--models a,b] [--backends auto,wasm,webgl,webgpu] [--camera-fps N]
 *                  [--exercise squat|march] [--height PX] [--clip-models a,b | --clip-models none] [--clips a.mp4,b.mp4]
 *
 * Plays a real clip as the webcam of the built app in headless system Chromium and measures the
 * live pipeline per model and backend: the worker pipeline, the bare model on the same frames, and
 * the same engine on the main thread. Then analyses the side-view running clips of ../shared/clips
 * in clip mode per model, as a ratio of each clip's duration. Prints Markdown tables to stdout (progress to stderr) and
 * optionally writes the JSON report. A configuration that hangs or throws is reported as failed and
 * the run goes on; the exit status is then non-zero.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isExerciseId } from '../src/shared/exercises';
import { isModelId, MODELS, type ModelId } from '../src/shared/pose/models';
import type { BenchContext } from './bench/context';
import { BACKENDS, benchLive, type BenchBackend } from './bench/live';
import { browserMeasurer } from './bench/live-page';
import { machineInfo } from './bench/machine';
import type { BenchReport } from './bench/report';
import { benchClips } from './bench/clip';
import { clipTable, failedList, formatLiveReport } from './bench/tables';
import { chromePath, launchBrowser, ROOT, startApp } from './lib/app-browser';
import { closeBrowser, LAUNCH_MS, launchWithin } from './lib/bounded';
import { clipFps, fakeCameraFile } from './lib/fake-camera';

const CLIPS_DIR = process.env.CLIPS_DIR ?? resolve(ROOT, '../shared/clips');
/** Front view, whole body, steady squats: what a person would do in front of a laptop. */
const DEFAULT_CLIP = 'squat_front_crossfit_mrpose.mp4';
/** The frame ring in the page keeps 2048 samples: about a minute at 30 fps. */
const MAX_SECONDS = 60;

/**
 * The side-view running clips of the clip manifest, with the slow-motion factor where the footage
 * is slow motion (the manifest's notes, checked frame by frame: see test/unit/gait-real-clips.test.ts).
 */
function runningClips(): Array<{ path: string; exercise: 'running'; slowMotion?: number }> {
  const manifest = resolve(CLIPS_DIR, 'manifest.json');
  if (!existsSync(manifest)) return [];
  const slowMotion: Record<string, number> = { 'run_side_outdoor_pan_pauldess1.mp4': 2 };
  return (JSON.parse(readFileSync(manifest, 'utf8')) as Array<{ file: string }>)
    .filter((c) => c.file.startsWith('run_side_'))
    .map((c) => ({ path: resolve(CLIPS_DIR, c.file), exercise: 'running' as const, slowMotion: slowMotion[c.file] }));
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

function listOption<T extends string>(value: string, name: string, valid: (v: string) => v is T): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) if (!valid(item)) fail(`unknown ${name} "${item}"`);
  return items as T[];
}

const isBackend = (v: string): v is BenchBackend => (BACKENDS as readonly string[]).includes(v);

/** Runs the benchmark; resolves to the number of configurations that failed. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seconds: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '3' },
      json: { type: 'string' },
      models: { type: 'string', default: Object.keys(MODELS).join(',') },
      backends: { type: 'string', default: BACKENDS.join(',') },
      exercise: { type: 'string', default: 'squat' },
      height: { type: 'string', default: '720' },
      'camera-fps': { type: 'string', default: '60' },
      'clip-models': { type: 'string', default: Object.keys(MODELS).join(',') },
      clips: { type: 'string' },
    },
  });
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const clipPath = positionals[0] ? resolve(cwd, positionals[0]) : resolve(CLIPS_DIR, DEFAULT_CLIP);
  const seconds = Number(values.seconds);
  const warmupS = Number(values.warmup);
  const height = Number(values.height);
  if (!(seconds > 0 && seconds <= MAX_SECONDS)) fail(`--seconds must be in (0, ${MAX_SECONDS}]`);
  if (!(warmupS >= 0)) fail('--warmup must be a number of seconds');
  if (!(height >= 120 && height % 2 === 0)) fail('--height must be an even number of pixels, at least 120');
  const cameraFps = Number(values['camera-fps']);
  if (!(cameraFps >= 1 && cameraFps <= 120)) fail('--camera-fps must be between 1 and 120');
  if (!isExerciseId(values.exercise)) fail(`unknown exercise "${values.exercise}"`);
  const models = listOption<ModelId>(values.models, 'model', isModelId);
  const backends = listOption(values.backends, 'backend', isBackend);
  const clipModels = values['clip-models'] === 'none' ? [] : listOption<ModelId>(values['clip-models'], 'model', isModelId);
  const clips = values.clips ? values.clips.split(',').map((c) => ({ path: resolve(cwd, c), exercise: 'running' as const })) : runningClips();
  for (const c of clips) if (!existsSync(c.path)) fail(`no such clip: ${c.path}`);
  if (!existsSync(clipPath)) fail(`no such clip: ${clipPath}`);
  if (!existsSync(chromePath())) fail(`no Chromium at ${chromePath()} (apt-get install chromium, or set CHROME_PATH)`);
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) fail('the app is not built: run `npm run bench`, which builds it first');
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
  } catch {
    fail('ffmpeg is not installed (apt-get install ffmpeg)');
  }

  const log = (line: string) => process.stderr.write(`${line}\n`);
  const fps = clipFps(clipPath);
  log(`Camera: ${relative(cwd, clipPath)} (${fps.toFixed(2)} fps) played at ${cameraFps} fps, ${height}p; ${seconds} s per configuration after ${warmupS} s warm-up`);
  const cameraFile = fakeCameraFile(clipPath, { fps: cameraFps, height });
  const probe = await launchWithin('starting Chromium', LAUNCH_MS, launchBrowser());
  const chromium = probe.version();
  await closeBrowser(probe);

  const app = await startApp();
  try {
    const ctx: BenchContext = { appUrl: app.url, clipPath, cameraFile, exercise: values.exercise, seconds, warmupS, bareSeconds: seconds / 2, log };
    const { camera, failed: liveFailed, ...rows } = await benchLive(models, backends, browserMeasurer(ctx), log);
    const browser = await launchWithin('starting Chromium', LAUNCH_MS, launchBrowser());
    const clip = await benchClips({ appUrl: app.url, browser, clips, models: clipModels, log }).finally(() => closeBrowser(browser));
    const report: BenchReport = {
      machine: machineInfo(chromium),
      camera: { clip: relative(ROOT, clipPath), clipFps: Number(fps.toFixed(3)), ...camera },
      settings: { seconds, warmupS, bareSeconds: ctx.bareSeconds },
      ...rows,
      clip: clip.rows,
      failed: [...liveFailed, ...clip.failed],
    };
    const m = report.machine;
    process.stdout.write(`${m.cpuCount} x ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}; Chromium ${m.chromium} headless; ${m.date.slice(0, 10)}\n\n`);
    process.stdout.write(`${formatLiveReport(report)}\n`);
    if (clip.rows.length) process.stdout.write(`\n### Clip analysis\n\n${clipTable(clip.rows)}\n`);
    if (report.failed.length) process.stdout.write(`\n### Failed\n\n${failedList(report.failed)}\n`);
    if (values.json) {
      const out = resolve(cwd, values.json);
      writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      log(`JSON report: ${out}`);
    }
    return report.failed.length;
  } finally {
    await app.server.close();
  }
}

// Exits rather than waits: a browser closeBrowser had to leave would keep node alive.
main().then(
  (failed) => (failed ? fail(`${failed} configuration(s) failed (see "Failed")`) : process.exit(0)),
  (err: unknown) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)),
);
