/**
 * npm run eval -- [--model <id> | --models all|a,b] [--quick] [--json FILE] [--clips DIR] [--no-clips] [--no-golden] [--no-uiprmd]
 * npm run eval -- --keypoints FILE.csv --exercise <id> [--json OUT]
 *
 * Accuracy you can see: every labelled clip of ../shared/clips (see scripts/eval/clip-labels.ts)
 * through the app's real clip analysis in headless system Chromium (the code path of `npm run
 * analyze`), the UI-PRMD correct and incorrect takes through the pure exercise logic, and the
 * app's model loading against the golden keypoints of tfjs-models' own tests. Prints Markdown
 * tables (progress on stderr); --json writes the same as JSON. With --keypoints, runs the pure
 * exercise logic on one keypoint CSV and prints its reps as JSON. A clip whose analysis hangs or
 * throws is reported as failed and the run goes on; the exit status is then non-zero.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isExerciseId } from '../src/shared/exercises';
import { isModelId, MODELS, type ModelId } from '../src/shared/pose/models';
import { machineInfo } from './bench/machine';
import { CLIP_LABELS, UNSCORED_CLIPS } from './eval/clip-labels';
import { evalDataMissing } from './eval/clip-presence';
import { compareWithGolden, GOLDEN_CHECKS, type GoldenResult } from './eval/golden';
import { evalKeypointFile } from './eval/keypoint-file';
import { runClip } from './eval/run-clips';
import { totals, type ClipResult, type Totals } from './eval/scores';
import { correctHurdleTakes, hikeFoldReport, type HikeFoldReport } from './eval/hike-injection';
import { listRepCountVideos, REPCOUNT_DIR, repCountScores, type RepCountScores } from './eval/repcount';
import { cleanClipReps, squatFoldReport, uiprmdSquatReps, type FoldReport } from './eval/squat-folds';
import { squatReferenceReport, type ReferenceReport } from './eval/squat-reference';
import { clipTable, goldenTable, hikeFoldTable, repCountTable, squatFoldTable, squatReferenceTable, totalsTable, uiprmdTables } from './eval/tables';
import { REFERENCE_MARGINS } from '../src/shared/exercises/squat-reference';
import { listTakes, UIPRMD_DIR, UIPRMD_MOVEMENTS, uiprmdReport, type UiprmdMovementReport } from './eval/uiprmd';
import { chromePath, launchBrowser, ROOT, startApp } from './lib/app-browser';
import { closeBrowser, LAUNCH_MS, launchWithin } from './lib/bounded';

const prog = 'eval';

function fail(msg: string): never {
  process.stderr.write(`${prog}: ${msg}\n`);
  process.exit(1);
}

export interface EvalReport {
  machine: ReturnType<typeof machineInfo>;
  /** The runs made: 'default' (each exercise's recommended model) or one model each. */
  runs: Array<{ label: string; model: ModelId | null; clips: ClipResult[]; totals: Totals }>;
  /** The first run's totals. */
  totals: Totals;
  golden: GoldenResult[];
  uiprmd: UiprmdMovementReport[];
  /** The squat's fault limits judged on UI-PRMD subjects they were not chosen on. */
  squatFolds: FoldReport | null;
  /** The squat judged against each person's own reference set, leave-subjects-out. */
  squatReference: ReferenceReport | null;
  /** The march's hip-hike limit on hikes injected into real hurdle steps. */
  hikeFolds: HikeFoldReport | null;
  /** RepCount-A squats: an independent rep-count test. */
  repCount: RepCountScores | null;
  unscored: Record<string, string>;
  /** Clips whose analysis threw or timed out (the app's own refusals are results, in runs). */
  failed: Array<{ step: string; reason: string }>;
}

const firstLine = (err: unknown): string => (err instanceof Error ? err.message.split('\n')[0]! : String(err));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' }, models: { type: 'string' }, quick: { type: 'boolean', default: false },
      json: { type: 'string' }, clips: { type: 'string' }, 'no-clips': { type: 'boolean', default: false },
      'no-golden': { type: 'boolean', default: false }, 'no-uiprmd': { type: 'boolean', default: false },
      keypoints: { type: 'string' }, exercise: { type: 'string' },
    },
  });

  if (values.keypoints) {
    if (!isExerciseId(values.exercise)) fail(`--keypoints needs --exercise <id> (got "${values.exercise ?? ''}")`);
    if (!existsSync(values.keypoints)) fail(`no such file: ${values.keypoints}`);
    const out = `${JSON.stringify(evalKeypointFile(values.keypoints, values.exercise), null, 2)}\n`;
    if (values.json) writeFileSync(values.json, out);
    process.stdout.write(out);
    return;
  }

  const runs: Array<{ label: string; model: ModelId | null }> = [];
  if (values.models) {
    const ids = values.models === 'all' ? (Object.keys(MODELS) as ModelId[]) : values.models.split(',');
    for (const id of ids) {
      if (!isModelId(id)) fail(`unknown model "${id}"`);
      runs.push({ label: id, model: id });
    }
  } else if (values.model) {
    if (!isModelId(values.model)) fail(`unknown model "${values.model}"`);
    runs.push({ label: values.model, model: values.model });
  } else {
    runs.push({ label: 'default models', model: null });
  }

  const clipsDir = resolve(values.clips ?? process.env.CLIPS_DIR ?? join(ROOT, '../shared/clips'));
  const wantClips = !values['no-clips'], wantGolden = !values['no-golden'] && !values.quick;
  if ((wantClips || wantGolden) && !existsSync(join(clipsDir, 'manifest.json'))) fail(`no clips at ${clipsDir} (--clips DIR or CLIPS_DIR)`);
  if ((wantClips || wantGolden) && !existsSync(chromePath())) fail(`no Chromium at ${chromePath()} (apt-get install chromium, or set CHROME_PATH)`);
  // Every labelled clip asked for must be there: a missing one fails the run rather than being left out of the totals.
  const labels = CLIP_LABELS.filter((l) => !values.quick || l.quick);
  const wantUiprmd = !values['no-uiprmd'] && !values.quick;
  const missing = evalDataMissing({
    clipsDir,
    clips: [...(wantClips ? labels : []), ...(wantGolden ? GOLDEN_CHECKS.map((c) => ({ file: c.clip })) : [])],
    present: wantClips || wantGolden ? readdirSync(clipsDir) : [],
    uiprmd: wantUiprmd ? { dir: UIPRMD_DIR, takes: Object.fromEntries(UIPRMD_MOVEMENTS.map((m) => [m.movement, listTakes(m.movement).length])) } : undefined,
    repCount: wantUiprmd ? { dir: REPCOUNT_DIR, videos: listRepCountVideos().length } : undefined,
  });
  if (missing) fail(missing);
  if (!existsSync(join(ROOT, 'dist/index.html'))) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const report: EvalReport = {
    machine: machineInfo(chromePath()), runs: [], totals: totals([]), golden: [], uiprmd: [], squatFolds: null, squatReference: null, hikeFolds: null, repCount: null, unscored: { ...UNSCORED_CLIPS }, failed: [],
  };
  /** The step's result, or undefined once it is recorded as failed. */
  const orFailed = async <T>(step: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (err) {
      report.failed.push({ step, reason: firstLine(err) });
      process.stderr.write(`${prog}: ${step} FAILED: ${firstLine(err)}\n`);
      return undefined;
    }
  };

  if (wantClips || wantGolden) {
    const app = await startApp();
    const browser = await launchWithin('starting Chromium', LAUNCH_MS, launchBrowser());
    try {
      if (wantClips) {
        for (const run of runs) {
          const clips: ClipResult[] = [];
          for (const label of labels) {
            process.stderr.write(`${prog}: ${run.label}: ${label.file} ...\n`);
            const clip = await orFailed(`${run.label}: ${label.file}`, () => runClip(browser, app.url, clipsDir, label, run.model ?? undefined));
            if (!clip) continue;
            const { result } = clip;
            process.stderr.write(`${prog}: ${run.label}: ${label.file}: ${result.measured ?? result.error} (expected ${label.approximate ? `~${label.expected} ±${label.tolerance}` : label.expected})\n`);
            clips.push(result);
          }
          report.runs.push({ ...run, clips, totals: totals(clips) });
        }
        report.totals = report.runs[0]!.totals;
      }
      if (wantGolden) {
        for (const check of GOLDEN_CHECKS) {
          process.stderr.write(`${prog}: golden keypoints: ${check.clip} with ${check.model} ...\n`);
          const golden = await orFailed(`golden keypoints: ${check.clip} with ${check.model}`, () =>
            runClip(browser, app.url, clipsDir, { file: check.clip, exercise: check.exercise, expected: 0, approximate: true, tolerance: 0, source: 'golden check' }, check.model));
          const analysis = golden?.analysis;
          if (analysis) report.golden.push(compareWithGolden(check, join(clipsDir, '../keypoints/tfjs', check.golden), analysis.frames));
        }
      }
    } finally {
      await closeBrowser(browser);
      await app.server.close();
    }
  }
  if (wantUiprmd) {
    report.uiprmd = uiprmdReport();
    const squatReps = uiprmdSquatReps(), cleanReps = cleanClipReps();
    report.squatFolds = squatFoldReport(squatReps, cleanReps);
    report.squatReference = squatReferenceReport(squatReps, cleanReps, REFERENCE_MARGINS, report.squatFolds.folds);
    report.hikeFolds = hikeFoldReport(correctHurdleTakes());
    report.repCount = repCountScores();
  }

  const out: string[] = [`Evaluation on ${report.machine.cpuModel} (${report.machine.cpuCount} CPUs), ${report.machine.chromium}, ${report.machine.date.slice(0, 10)}`, ''];
  for (const run of report.runs) out.push(`Clips, ${run.label} (~N ±T = approximate count in the manifest, scored within ±T; exact counts are scored exactly and alone give the exact-count, off-by-one and error totals)`, '', clipTable(run.clips), '');
  if (report.runs.length) out.push('Totals', '', totalsTable(report.runs.map((r) => ({ label: r.label, totals: r.totals }))), '');
  if (report.golden.length) out.push('Agreement with the golden keypoints of tfjs-models (same model, same clip)', '', goldenTable(report.golden), '');
  if (report.squatFolds) out.push(squatFoldTable(report.squatFolds));
  if (report.squatReference) out.push(squatReferenceTable(report.squatReference));
  if (report.hikeFolds) out.push(hikeFoldTable(report.hikeFolds));
  if (report.repCount) out.push(repCountTable(report.repCount));
  if (report.uiprmd.length) out.push(uiprmdTables(report.uiprmd));
  if (wantClips && !values.quick) out.push('Clips not scored', '', ...Object.entries(report.unscored).map(([f, why]) => `- ${f}: ${why}`), '');
  if (report.failed.length) out.push('Failed (not in the tables above)', '', ...report.failed.map((f) => `- ${f.step}: ${f.reason}`), '');
  process.stdout.write(`${out.join('\n')}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  if (report.failed.length) fail(`${report.failed.length} step(s) failed (see "Failed")`);
}

// Exits rather than waits: a browser closeBrowser had to leave would keep node alive.
main().then(() => process.exit(0), (err: unknown) => fail(firstLine(err)));
