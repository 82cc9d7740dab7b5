/**
 * The data beside the project that some unit tests read: the clip manifest (../shared/clips, or
 * CLIPS_DIR) and the UI-PRMD keypoint takes (../shared/keypoints/ui-prmd, or UIPRMD_DIR). Missing
 * or empty data never skips silently: in CI (CI set), where it must be there, the test file fails
 * with an error naming the path; elsewhere the tests that need it skip with a warning saying what
 * and where (as test/e2e/harness.ts e2eSkipReason does for the end-to-end prerequisites).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UIPRMD_DIR } from '../../scripts/eval/uiprmd';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLIPS_DIR = resolve(process.env.CLIPS_DIR ?? join(ROOT, '../shared/clips'));
export const MANIFEST = join(CLIPS_DIR, 'manifest.json');
export { UIPRMD_DIR };

/** A file with bytes in it, or a folder with entries. */
function hasContent(path: string): boolean {
  try {
    const s = statSync(path);
    return s.isDirectory() ? readdirSync(path).length > 0 : s.size > 0;
  } catch {
    return false;
  }
}

/**
 * Whether the shared data at `path` that `what` needs is here. `found` is how many items the
 * caller found in it (manifest entries, takes); without it, a non-empty file or folder counts.
 * Missing or empty: throws in CI, naming the path; otherwise warns and returns false, to skip.
 */
export function sharedDataOrSkip(path: string, what: string, found?: number): boolean {
  if (found === undefined ? hasContent(path) : found > 0) return true;
  const why = !existsSync(path) ? `${path} does not exist` : found === undefined ? `${path} is empty` : `none found in ${path}`;
  const msg = `${what}: ${why} (the data lives in ../shared beside the project; CLIPS_DIR and UIPRMD_DIR point elsewhere)`;
  if (process.env.CI) throw new Error(`Unit tests cannot run in CI without their shared data: ${msg}`);
  console.warn(`\n  SKIPPED ${msg}\n`);
  return false;
}

/** The clip manifest's entries, or [] (after sharedDataOrSkip's warning) when it is missing or empty. */
export function clipManifest<T extends { file: string }>(what: string): T[] {
  let list: unknown = [];
  if (existsSync(MANIFEST)) {
    try {
      list = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    } catch (err) {
      throw new Error(`${MANIFEST} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!Array.isArray(list)) throw new Error(`${MANIFEST} is not a list of clips`);
  }
  const entries = list as T[];
  return sharedDataOrSkip(MANIFEST, what, entries.length) ? entries : [];
}
