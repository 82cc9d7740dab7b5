/**
 * What `npm run eval` must find before it scores anything: every labelled clip it was asked to run
 * (scripts/eval/clip-labels.ts, and the golden-check clips) in the clips folder, UI-PRMD takes
 * for every movement it scores and the RepCount-A squats. Anything missing fails the run, naming it, instead of the totals
 * quietly covering fewer clips than are labelled.
 */

/** The wanted clip files not among the files present, in label order, each once. */
export function missingClips(wanted: readonly { file: string }[], present: Iterable<string>): string[] {
  const have = new Set(present);
  return [...new Set(wanted.map((w) => w.file))].filter((f) => !have.has(f));
}

export interface EvalDataCheck {
  clipsDir: string;
  /** The clips the run will analyse. */
  clips: readonly { file: string }[];
  /** The file names in clipsDir. */
  present: Iterable<string>;
  /** When UI-PRMD is scored: its folder and the takes found there per movement. */
  uiprmd?: { dir: string; takes: Readonly<Record<string, number>> };
  /** When RepCount-A is scored (with UI-PRMD): its folder and the videos its index lists. */
  repCount?: { dir: string; videos: number };
}

/** Why eval cannot score all it labels (one line per problem, naming the files), or null when all is there. */
export function evalDataMissing({ clipsDir, clips, present, uiprmd, repCount }: EvalDataCheck): string | null {
  const problems: string[] = [];
  const missing = missingClips(clips, present);
  if (missing.length) {
    problems.push(`${missing.length} labelled clip${missing.length === 1 ? '' : 's'} missing from ${clipsDir}: ${missing.join(', ')} (--clips DIR or CLIPS_DIR)`);
  }
  const noTakes = uiprmd ? Object.entries(uiprmd.takes).filter(([, n]) => n === 0).map(([m]) => m) : [];
  if (uiprmd && noTakes.length) {
    problems.push(`no UI-PRMD takes for ${noTakes.map((m) => `uiprmd_${m}_*.csv`).join(', ')} in ${uiprmd.dir} (UIPRMD_DIR, or --no-uiprmd)`);
  }
  if (repCount && repCount.videos === 0) problems.push(`no RepCount-A squats (index.json) in ${repCount.dir} (REPCOUNT_DIR, or --no-uiprmd)`);
  return problems.length ? problems.join('\n') : null;
}
