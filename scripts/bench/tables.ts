/** The benchmark's printed tables (Markdown, so they paste into the README as they are). */
import type { BareRow, BenchReport, ClipRow, FailedRow, LiveRow, SkippedRow } from './report';

type Cell = string | number;

/** A Markdown table with padded columns: the first `labels` columns left-aligned, the figures right-aligned. */
export function markdownTable(header: readonly string[], rows: readonly (readonly Cell[])[], labels = 1): string {
  const text = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(3, ...text.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) => `| ${widths.map((w, i) => (i < labels ? (row[i] ?? '').padEnd(w) : (row[i] ?? '').padStart(w))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < labels ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(text[0]!), rule, ...text.slice(1).map(line)].join('\n');
}

/** a / b to two decimals, or '-' when there is nothing to compare. */
export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '-';
  return `${(a / b).toFixed(2)}x`;
}

const ms = (v: number): string => (Number.isFinite(v) ? String(Math.round(v)) : '-');

export function liveTable(rows: readonly LiveRow[]): string {
  return markdownTable(
    ['model', 'backend', 'runs on', 'frames from', 'offered', 'processed', 'dropped', 'fps', 'infer ms med / p90', 'latency ms med / p90', 'UI rAF fps', 'longest rAF gap ms', 'long tasks'],
    rows.map((r) => [
      r.model, r.backend, r.mode === 'main' ? 'main thread' : 'worker', r.feed === 'track' ? 'camera track' : '<video>', r.offered, r.processed, r.dropped, r.fps,
      `${ms(r.inferMsMedian)} / ${ms(r.inferMsP90)}`, `${ms(r.latencyMsMedian)} / ${ms(r.latencyMsP90)}`, r.rafFps, ms(r.rafGapMaxMs), r.longTasks,
    ]),
    4,
  );
}

const find = (live: readonly LiveRow[], model: string, backend: string, mode: LiveRow['mode']) =>
  live.find((r) => r.model === model && r.backend === backend && r.mode === mode);

/** The limits: the bare model's fps and the camera's frame rate, per model and backend. */
export function limitsTable(bare: readonly BareRow[], live: readonly LiveRow[]): string {
  return markdownTable(
    ['model', 'backend', 'bare model fps', 'bare infer ms med', 'camera fps'],
    bare.map((b) => [b.model, b.backend, b.fps, ms(b.inferMsMedian), find(live, b.model, b.backend, 'worker')?.cameraFps ?? '-']),
    2,
  );
}

export function ratioTable(bare: readonly BareRow[], live: readonly LiveRow[]): string {
  return markdownTable(
    ['model', 'backend', 'worker / bare fps', 'worker / camera fps', 'worker / limit fps', 'worker / main fps', 'worker / bare infer ms', 'longest rAF gap ms worker vs main', 'long tasks worker vs main'],
    bare.map((b) => {
      const worker = find(live, b.model, b.backend, 'worker');
      const main = find(live, b.model, b.backend, 'main');
      return [
        b.model, b.backend,
        ratio(worker?.fps, b.fps), ratio(worker?.fps, worker?.cameraFps), ratio(worker?.fps, worker ? Math.min(b.fps, worker.cameraFps) : undefined), ratio(worker?.fps, main?.fps), ratio(worker?.inferMsMedian, b.inferMsMedian),
        `${worker ? ms(worker.rafGapMaxMs) : '-'} vs ${main ? ms(main.rafGapMaxMs) : '-'}`, `${worker?.longTasks ?? '-'} vs ${main?.longTasks ?? '-'}`,
      ];
    }),
    2,
  );
}

/** Opening the live view to the first pose, and the latency against the inference it contains. */
export function startupTable(live: readonly LiveRow[]): string {
  return markdownTable(
    ['model', 'backend', 'runs on', 'first pose ms (fresh browser)', 'first pose ms (files cached)', 'latency / infer ms'],
    live.map((r) => [r.model, r.backend, r.mode === 'main' ? 'main thread' : 'worker', r.firstPoseMs ?? '-', r.firstPoseCachedMs ?? '-', ratio(r.latencyMsMedian, r.inferMsMedian)]),
    3,
  );
}

export function skippedList(rows: readonly SkippedRow[]): string {
  return rows.map((r) => `- ${r.model} on ${r.backend}: ${r.reason}`).join('\n');
}

export function failedList(rows: readonly FailedRow[]): string {
  return rows.map((r) => `- ${r.config}: ${r.reason}`).join('\n');
}

export function formatLiveReport(report: Pick<BenchReport, 'live' | 'bare' | 'skipped'>): string {
  const parts = [
    '### Live pipeline', liveTable(report.live),
    '### Limits', limitsTable(report.bare, report.live),
    '### Ratios', ratioTable(report.bare, report.live),
    '### Start-up and latency', startupTable(report.live),
  ];
  if (report.skipped.length) parts.push('### Skipped, and what auto picks', skippedList(report.skipped));
  return parts.join('\n\n');
}

export function clipTable(rows: readonly ClipRow[]): string {
  return markdownTable(
    ['clip', 'model', 'workers', 'result', 'frames', 'clip s', 'analysis s', 'speed (clip s / analysis s)', 'ms / frame'],
    rows.map((r) => [r.clip, r.model, r.workers ?? '-', r.result, r.frames, r.durationS ?? '-', r.analysisS ?? '-', r.speed === null ? '-' : `${r.speed}x`, r.msPerFrame ?? '-']),
    4,
  );
}
