/**
 * npm run analyze -- <video> [--exercise running|<exercise id>] [--model <id>] [--slow-motion N]
 * (exercise ids: march, squat, hip-flexor-test, leg-curl, kneeling-stretch, bird-dog, pelvic-tilt, heel-slide, straight-leg-raise, supine-march, glute-bridge, dead-bug)
 *
 * Runs the app's own clip analysis (the same worker code as the UI) on a video file in headless
 * system Chromium and prints one JSON object to stdout. A bad file exits non-zero with one line on
 * stderr. Builds the app first if dist/ is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isClipExercise, SLOW_MOTION_FACTORS } from '../src/shared/clip/clip-analysis';
import { cliOutput } from './lib/clip-cli-output';
import { EXERCISES } from '../src/shared/exercises';
import { isModelId } from '../src/shared/pose/models';
import { analyzeInBrowser } from './lib/analyze-in-browser';
import { chromePath, launchBrowser, ROOT, startApp } from './lib/app-browser';
import { closeBrowser, LAUNCH_MS, launchWithin } from './lib/bounded';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { exercise: { type: 'string', default: 'running' }, model: { type: 'string' }, 'slow-motion': { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) fail(`usage: npm run analyze -- <video> [--exercise running|${EXERCISES.map((e) => e.id).join('|')}] [--model <id>] [--slow-motion N]`);
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!existsSync(path) || !statSync(path).isFile()) fail(`no such file: ${path}`);
  if (!isClipExercise(values.exercise)) fail(`unknown exercise "${values.exercise}"`);
  if (values.model !== undefined && !isModelId(values.model)) fail(`unknown model "${values.model}"`);
  const slowMotion = values['slow-motion'] === undefined ? 1 : Number(values['slow-motion']);
  if (!(SLOW_MOTION_FACTORS as readonly number[]).includes(slowMotion)) fail(`--slow-motion must be one of ${SLOW_MOTION_FACTORS.join(', ')}`);
  if (!existsSync(chromePath())) fail(`no Chromium at ${chromePath()} (apt-get install chromium, or set CHROME_PATH)`);
  if (!existsSync(join(ROOT, 'dist/index.html'))) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const app = await startApp();
  const browser = await launchWithin('starting Chromium', LAUNCH_MS, launchBrowser());
  let error: string | null = null;
  try {
    const result = await analyzeInBrowser(browser, app.url, path, { exercise: values.exercise, model: values.model, slowMotion });
    if (result.error) error = `${basename(path)}: ${result.error.kind}: ${result.error.message}`;
    else process.stdout.write(`${JSON.stringify(cliOutput(result.analysis!), null, 2)}\n`);
  } finally {
    await closeBrowser(browser);
    await app.server.close();
  }
  if (error) fail(error);
}

// Exits rather than waits: a browser closeBrowser had to leave would keep node alive.
main().then(() => process.exit(0), (err: unknown) => fail(err instanceof Error ? err.message.split('\n')[0]! : String(err)));
