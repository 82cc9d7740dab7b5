/**
 * npm run soak -- [--minutes 30] [--every 60] [--clips 20] [--json FILE]
 *
 * A long live session on a looping real clip (the squat clip as the camera), sampled every
 * `--every` seconds: engine tensors, memory of the page and its workers (WASM heaps included),
 * processed fps and latency; then
 * `--clips` running clips analysed one after another in one clip page, sampled after each. Prints
 * Markdown tables and the slopes (change per minute, per clip); the end-to-end test runs a
 * 3-minute version (test/e2e/soak.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, ROOT, startApp } from './lib/app-browser';
import { closeBrowser } from './lib/bounded';
import { fakeCameraFile, launchWithCamera } from './lib/fake-camera';
import { clipSlopes, liveSlopes, soakClips, soakLive, type Slopes } from './soak/run';
import { markdownTable } from './bench/tables';

const CLIPS_DIR = process.env.CLIPS_DIR ?? resolve(ROOT, '../shared/clips');
const CAMERA_CLIP = 'squat_front_crossfit_mrpose.mp4';
const RUNNING_CLIPS = ['run_side_treadmill_60fps_mhuang.mp4', 'run_side_track_pan_betterfr.mp4', 'run_side_outdoor_pan_pauldess1.mp4'];

const slopeLines = (slopes: Slopes): string => Object.entries(slopes).map(([k, v]) => `- ${k}: ${v.toFixed(3)}`).join('\n');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { minutes: { type: 'string', default: '30' }, every: { type: 'string', default: '60' }, clips: { type: 'string', default: '20' }, json: { type: 'string' } } });
  const minutes = Number(values.minutes), everyS = Number(values.every), clips = Number(values.clips);
  if (!(minutes > 0 && everyS > 0 && clips >= 0)) throw new Error('--minutes and --every must be positive, --clips at least 0');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const app = await startApp();
  try {
    const camera = await launchWithCamera(fakeCameraFile(resolve(CLIPS_DIR, CAMERA_CLIP), { fps: 30, height: 720 }));
    const live = await soakLive(camera, app.url, { minutes, everyS, log }).finally(() => closeBrowser(camera));
    const browser = await launchBrowser();
    const clipSamples = await soakClips(browser, app.url, RUNNING_CLIPS.map((c) => resolve(CLIPS_DIR, c)), { count: clips, log }).finally(() => closeBrowser(browser));
    const report = { live, liveSlopes: liveSlopes(live), clips: clipSamples, clipSlopes: clipSlopes(clipSamples) };
    process.stdout.write(`### Live session (${CAMERA_CLIP} looping as the camera)\n\n`);
    process.stdout.write(`${markdownTable(['minute', 'tensors', 'memory MB (page + workers)', 'fps', 'latency ms med', 'reps'], live.map((s) => [s.minute, s.tensors, s.memoryMb ?? '-', s.fps, s.latencyMsMedian, s.reps]), 0)}\n\nSlopes per minute:\n\n${slopeLines(report.liveSlopes)}\n`);
    if (clipSamples.length) {
      process.stdout.write(`\n### ${clipSamples.length} clips one after another in one page\n\n`);
      process.stdout.write(`${markdownTable(['clip', 'file', 'tensors', 'memory MB (page + workers)', 'analysis s'], clipSamples.map((s) => [s.clip, s.name, s.tensors, s.memoryMb ?? '-', s.analysisS]), 2)}\n\nSlopes per clip:\n\n${slopeLines(report.clipSlopes)}\n`);
    }
    if (values.json) writeFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), values.json), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await app.server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`soak: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
