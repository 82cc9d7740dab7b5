/**
 * The files a clip report can be downloaded as: a JSON summary, the keypoints and angles of every
 * frame as CSV, and the running steps as CSV. Pure text builders; the UI turns them into downloads.
 */
import type { ClipAnalysis } from '../../shared/clip';
import type { RunningStep } from '../../shared/gait';
import { BLAZEPOSE_KEYPOINTS } from '../../shared/pose';

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break; empty for null. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string =>
  rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** A number cut to `digits` decimals without trailing zeros; null for missing or non-finite values. */
const fixed = (v: number | null | undefined, digits: number): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits));

/** The clip's name without folder or extension, safe to start a download's file name with. */
export function fileStem(clipName: string): string {
  const base = clipName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return stem || 'clip';
}

export function analysisJson(a: ClipAnalysis): string {
  const r = a.running;
  const summary = {
    exercise: a.exercise,
    model: a.model,
    backend: a.backend,
    source: a.source,
    frames: a.frames.length,
    analysisS: fixed(a.analysisS, 2),
    /** Analysis seconds per second of clip. */
    realtimeRatio: a.source.durationS > 0 ? fixed(a.analysisS / a.source.durationS, 2) : null,
    warnings: a.warnings,
    running: r && {
      cadenceSpm: r.cadenceSpm,
      cadence: r.cadence,
      direction: r.direction,
      legLengthPx: r.legLengthPx,
      stepVideoS: r.stepVideoS,
      metrics: Object.fromEntries(
        Object.entries(r.summary.metrics).map(([id, m]) => [id, {
          label: m.reference.label,
          value: m.value,
          unit: m.unit,
          reliability: m.reliability,
          sides: m.sides,
          reference: { low: m.reference.low ?? null, high: m.reference.high ?? null, source: m.reference.source },
        }]),
      ),
      strikeCounts: r.summary.strikeCounts,
      rearfootShare: r.summary.rearfootShare,
      trunkLeanRangeDeg: r.summary.trunkLeanRangeDeg,
      tiltProxyExplanation: r.summary.tiltProxyExplanation,
      leftRight: r.summary.leftRight,
      quality: r.quality,
      steps: r.steps,
    },
    reps: a.reps,
  };
  return JSON.stringify(summary, null, 2) + '\n';
}

export function framesCsv(a: ClipAnalysis): string {
  const pf = a.running?.perFrame ?? null;
  const header = [
    'frame', 't_s',
    ...BLAZEPOSE_KEYPOINTS.flatMap((n) => [`${n}_x`, `${n}_y`, `${n}_score`]),
    ...(pf ? ['knee_flexion_left_deg', 'knee_flexion_right_deg', 'trunk_lean_deg', 'foot_height_left_leg', 'foot_height_right_leg', 'legs_swapped', 'event'] : []),
  ];
  const events = new Map<number, string[]>();
  for (const e of pf?.events ?? []) events.set(e.frame, [...(events.get(e.frame) ?? []), `${e.kind} ${e.foot}`]);
  const rows = a.frames.map((f, i) => {
    const row: Array<string | number | null> = [i, fixed(f.t, 4)];
    for (const n of BLAZEPOSE_KEYPOINTS) {
      const k = f.keypoints[n];
      row.push(fixed(k?.x, 1), fixed(k?.y, 1), fixed(k?.score, 3));
    }
    if (pf) {
      row.push(
        fixed(pf.kneeFlexionDeg.left[i], 1), fixed(pf.kneeFlexionDeg.right[i], 1), fixed(pf.trunkLeanDeg[i], 1),
        fixed(pf.footHeight.left[i], 3), fixed(pf.footHeight.right[i], 3),
        pf.legsSwapped[i] ? 1 : 0, events.get(i)?.join('; ') ?? null,
      );
    }
    return row;
  });
  return csv([header, ...rows]);
}

/** Every field of a step, in the order of the columns; the type makes a new field a compile error here. */
const STEP_COLUMNS: { [K in keyof RunningStep]: { header: string; digits?: number } } = {
  foot: { header: 'foot' },
  contactS: { header: 'contact_s', digits: 4 },
  toeOffS: { header: 'toe_off_s', digits: 4 },
  contactFrame: { header: 'contact_frame' },
  toeOffFrame: { header: 'toe_off_frame' },
  contactTimeMs: { header: 'contact_time_ms', digits: 1 },
  footAngleDeg: { header: 'foot_angle_deg', digits: 1 },
  footStrikeAngleDeg: { header: 'foot_strike_angle_deg', digits: 1 },
  strike: { header: 'strike' },
  kneeFlexionAtContactDeg: { header: 'knee_flexion_at_contact_deg', digits: 1 },
  shankAngleDeg: { header: 'shank_angle_deg', digits: 1 },
  overstrideRatio: { header: 'overstride_leg_lengths', digits: 3 },
  peakKneeFlexionStanceDeg: { header: 'peak_knee_flexion_stance_deg', digits: 1 },
  hipExtensionAtToeOffDeg: { header: 'hip_extension_at_toe_off_deg', digits: 1 },
  trunkThighExtensionAtToeOffDeg: { header: 'trunk_thigh_extension_at_toe_off_deg', digits: 1 },
  trunkLeanAtContactDeg: { header: 'trunk_lean_at_contact_deg', digits: 1 },
};

export function stepsCsv(a: ClipAnalysis): string {
  const keys = Object.keys(STEP_COLUMNS) as Array<keyof RunningStep>;
  const header = ['step', ...keys.map((k) => STEP_COLUMNS[k].header)];
  const rows = (a.running?.steps ?? []).map((s, i) => [
    i + 1,
    ...keys.map((k) => {
      const v = s[k];
      const digits = STEP_COLUMNS[k].digits;
      return typeof v === 'number' && digits !== undefined ? fixed(v, digits) : v;
    }),
  ]);
  return csv([header, ...rows]);
}
