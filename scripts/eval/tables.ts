/** Plain-text tables of the evaluation (Markdown, so they paste into the README and issues). */
import type { GoldenResult } from './golden';
import { withinTolerance, type ClipResult, type Totals } from './scores';
import { CAUGHT_SHARE, HIKE_VIEWS, HIKES_DEG, type HikeFoldReport } from './hike-injection';
import { POSERAC, type RepCountScores } from './repcount';
import { SQUAT_VIEWS, TUNED_FAULTS, type FoldReport } from './squat-folds';
import type { ReferenceReport } from './squat-reference';
import { REFERENCE_REPS, type ReferenceMargins } from '../../src/shared/exercises/squat-reference';
import { pct, type FaultRates, type UiprmdMovementReport } from './uiprmd';

const row = (cells: ReadonlyArray<string | number>) => `| ${cells.join(' | ')} |`;
const head = (cells: readonly string[]) => [row(cells), row(cells.map(() => '---'))];
const fx = (v: number | null, digits = 1, suffix = '') => (v === null ? '-' : `${v.toFixed(digits)}${suffix}`);
const share = (v: number | null) => (v === null ? '-' : `${(100 * v).toFixed(0)}%`);

/** The label as the tables show it: `8` for an exact count, `~27 ±3` for an approximate one. */
export function expectedCell(r: ClipResult): string {
  return r.approximate ? `~${r.expected} ±${r.tolerance ?? 0}` : `${r.expected}`;
}

export function clipTable(results: readonly ClipResult[]): string {
  const lines = head(['clip', 'exercise', 'model', 'expected', 'measured', 'off by', 'within tolerance', 'per rep', 'analysis / real time']);
  for (const r of results) {
    const off = r.measured === null ? 'refused' : r.exercise === 'running' ? `${fx((100 * (r.measured - r.expected)) / r.expected, 1, '%')}` : `${r.measured - r.expected}`;
    lines.push(row([
      r.file.replace(/\.mp4$/, ''), r.exercise, r.model, expectedCell(r),
      r.measured === null ? (r.error ?? '-') : r.exercise === 'running' ? fx(r.measured) : r.measured, off, withinTolerance(r) ? 'yes' : 'no',
      r.repVerdicts?.length ? r.repVerdicts.join(' ') : '-', r.durationS ? fx(r.analysisS / r.durationS, 2) : '-',
    ]));
  }
  return lines.join('\n');
}

const outOf = (n: number, of: number) => (of ? `${n}/${of} (${share(n / of)})` : '-');

/**
 * Totals per run. "within tolerance" columns score every clip (exact labels: the exact count;
 * approximate labels: within their tolerance; refused: outside); the exact-count, off-by-one and
 * error columns are over the exactly-labelled rep clips only, as rep-counting papers report them.
 */
export function totalsTable(byModel: ReadonlyArray<{ label: string; totals: Totals }>): string {
  const lines = head(['run', 'all clips within tolerance', 'rep clips within tolerance', 'of which approx. labels', 'exact-label rep clips', 'exact count', 'off by ≤1', 'mean abs error (reps)', 'mean rel. error', 'cadence within tolerance', 'cadence error (approx. refs)', 'reps flagged on clean clips', 'analysis / real time (median)']);
  for (const { label, totals: t } of byModel) {
    lines.push(row([label, outOf(t.repWithin + t.cadenceWithin, t.repClips + t.cadenceClips), outOf(t.repWithin, t.repClips), t.approxClips ? `${t.approxWithin}/${t.approxClips}` : '-',
      t.clips, share(t.exactCountRate), share(t.offByOneRate), fx(t.meanAbsError, 2), share(t.meanRelError),
      t.cadenceClips ? `${t.cadenceWithin}/${t.cadenceClips}` : '-', fx(t.cadenceErrorPct, 1, '%'), share(t.cleanFlaggedShare), fx(t.medianRealtimeRatio, 2)]));
  }
  return lines.join('\n');
}

export function goldenTable(results: readonly GoldenResult[]): string {
  const lines = head(['clip', 'model', 'frames (app / golden)', 'mean px', 'max px', 'picture px', 'worst keypoints (mean px)', 'frames 1-3 / rest (mean px)']);
  for (const g of results) {
    const worst = Object.entries(g.perKeypoint).sort((a, b) => b[1].meanPx - a[1].meanPx).slice(0, 3).map(([k, v]) => `${k} ${v.meanPx.toFixed(1)}`).join(', ');
    const f = g.perFrameMeanPx, mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    lines.push(row([g.clip.replace(/\.mp4$/, ''), g.model, `${g.framesApp} / ${g.framesGolden}`, fx(g.meanPx), fx(g.maxPx), g.frameSizePx, worst, `${fx(mean(f.slice(0, 3)))} / ${fx(mean(f.slice(3)))}`]));
  }
  return lines.join('\n');
}

function ratesRows(label: string, rates: Record<string, FaultRates>): string[] {
  return Object.entries(rates).map(([id, r]) => row([label, id, pct(r.falseFlags), pct(r.detections)]));
}

export function uiprmdTables(reports: readonly UiprmdMovementReport[]): string {
  const out: string[] = [];
  for (const m of reports) {
    out.push(`UI-PRMD ${m.movement} ${m.name} through the ${m.exercise} logic`, '');
    const counts = head(['view', 'takes', 'reps counted / labelled (correct)', 'exact takes (correct)', 'reps counted / labelled (incorrect)', 'exact takes (incorrect)']);
    for (const view of ['front', 'side'] as const) {
      const part = (correct: boolean) => {
        const ts = m.takes.filter((t) => t.view === view && t.correct === correct);
        return [`${ts.reduce((a, t) => a + t.counted, 0)}/${ts.reduce((a, t) => a + t.labelled, 0)}`, `${ts.filter((t) => t.counted === t.labelled).length}/${ts.length}`];
      };
      counts.push(row([view, m.takes.filter((t) => t.view === view).length, ...part(true), ...part(false)]));
    }
    out.push(...counts, '');
    out.push(...head(['view', 'fault', 'correct reps flagged (false flags)', 'incorrect reps flagged (detections)']));
    for (const view of ['front', 'side'] as const) out.push(...ratesRows(view, m.rates[view]));
    out.push('', ...head(['subject / view', 'fault', 'false flags', 'detections']));
    for (const [subject, byView] of Object.entries(m.perSubject)) {
      for (const view of ['front', 'side'] as const) out.push(...ratesRows(`${subject} ${view}`, byView[view]));
    }
    out.push('');
  }
  return out.join('\n');
}


/** The squat's leave-subjects-out table: held-out rates per view, any check and each check, then each fold's limits. */
export function squatFoldTable(r: FoldReport): string {
  const out = ['Squat fault checks on UI-PRMD deep squats, leave-two-subjects-out (every subject judged by limits chosen without them)', ''];
  out.push(...head(['view', 'incorrect reps flagged (held out)', 'correct reps flagged (held out)', 'fit: incorrect / correct flagged', ...TUNED_FAULTS.map((f) => `${f}: incorrect / correct (held out)`)]));
  for (const view of SQUAT_VIEWS) {
    const h = r.heldOut[view], a = r.all.fit[view];
    out.push(row([view, pct(h.any.detections), pct(h.any.falseFlags), `${pct(a.any.detections)} / ${pct(a.any.falseFlags)}`,
      ...TUNED_FAULTS.map((f) => `${h.byFault[f]!.detections.flagged} / ${h.byFault[f]!.falseFlags.flagged}`)]));
  }
  out.push('', ...head(['limits chosen on', ...Object.keys(r.all.limits)]));
  for (const f of r.folds) out.push(row([`all but ${f.heldOut.join(', ')}`, ...Object.values(f.limits)]));
  out.push(row(['all eight (shipped)', ...Object.values(r.all.limits)]));
  out.push('', `Clean real clips (recorded keypoints): ${pct(r.clean)} reps flagged by the shipped limits.`, '');
  return out.join('\n');
}

/** The squat judged against each person's own reference set (scripts/eval/squat-reference.ts), held out. */
export function squatReferenceTable(r: ReferenceReport): string {
  const out = [`Squat checks against the person's own reference (their first ${REFERENCE_REPS} correct reps in the view; the reps judged exclude them), leave-two-subjects-out`, ''];
  out.push(...head(['view', 'incorrect reps flagged (held out)', 'correct reps flagged (held out)', 'fit: incorrect / correct flagged', ...TUNED_FAULTS.map((f) => `${f}: incorrect / correct (held out)`)]));
  for (const view of SQUAT_VIEWS) {
    const h = r.heldOut[view], a = r.all.fit[view];
    out.push(row([view, pct(h.any.detections, 1), pct(h.any.falseFlags, 1), `${pct(a.any.detections, 1)} / ${pct(a.any.falseFlags, 1)}`,
      ...TUNED_FAULTS.map((f) => `${h.byFault[f]!.detections.flagged} / ${h.byFault[f]!.falseFlags.flagged}`)]));
  }
  const margins = (m: ReferenceMargins) => Object.values(m).map((v) => (v === null ? 'shared limit' : v));
  out.push('', ...head(['margins chosen on', ...Object.keys(r.all.margins)]));
  for (const f of r.folds) out.push(row([`all but ${f.heldOut.join(', ')}`, ...margins(f.margins)]));
  out.push(row(['all eight (shipped)', ...margins(r.all.margins)]));
  out.push('', `Clean real clips, each against its own first reps: ${pct(r.clean)} later reps flagged by the shipped margins.`, '');
  return out.join('\n');
}

export function repCountTable(s: RepCountScores): string {
  const out = [`RepCount-A squats (${s.videos} videos, normalised landmarks: a lower bound on accuracy, see scripts/eval/repcount.ts): MAE ${s.mae.toFixed(2)}, off-by-one ${s.offByOne.toFixed(2)}; PoseRAC, trained on RepCount, whole test set: MAE ${POSERAC.mae}, off-by-one ${POSERAC.offByOne}`, ''];
  out.push(...head(['video', 'annotated', 'counted']), ...s.results.map((r) => row([r.file.replace(/\.json$/, ''), r.annotated, r.counted])), '');
  return out.join('\n');
}

/** The march's hip-hike limit judged on hikes injected into real correct hurdle steps, held out. */
export function hikeFoldTable(r: HikeFoldReport): string {
  const out = ['March hip hike: hikes injected into correct UI-PRMD hurdle steps, leave-two-subjects-out', ''];
  out.push(...head(['view', 'correct reps flagged (held out)', ...HIKES_DEG.map((h) => `${h}° hike caught`), `smallest caught on ${CAUGHT_SHARE * 100}%`]));
  for (const view of HIKE_VIEWS) {
    const v = r.heldOut[view];
    out.push(row([view, pct(v.falseFlags), ...HIKES_DEG.map((h) => pct(v.detections[h]!)), r.smallestCaught[view] === null ? 'none tried' : `${r.smallestCaught[view]}°`]));
  }
  out.push('', `Limits chosen: ${r.folds.map((f) => `all but ${f.heldOut.join(', ')} ${f.limit}°`).join('; ')}; all eight (shipped) ${r.all}°.`, '');
  return out.join('\n');
}
