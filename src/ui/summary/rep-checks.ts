/**
 * What a set's summary says about each rep: every check of the exercise as good, fault, not
 * checkable from this view, or uncertain (the keypoints were mostly lost), and the one number that
 * says how far the rep went (a squat's depth, a knee's height, a leg's travel).
 */
import type { RepRecord } from '../../shared/exercise-core';

export type CheckStatus = 'good' | 'fault' | 'not-checkable' | 'uncertain';

export function checkStatus(rep: RepRecord, fault: string): CheckStatus {
  if (rep.uncertain) return 'uncertain';
  if (rep.faults.includes(fault)) return 'fault';
  if (rep.notChecked?.includes(fault)) return 'not-checkable';
  return 'good';
}

/**
 * The checks to show for a set: the exercise's adjustable ones, then any other a rep was flagged
 * with or could not make from its view, in order of first appearance.
 */
export function setChecks(adjustable: readonly string[], reps: readonly RepRecord[]): string[] {
  return [...new Set([...adjustable, ...reps.flatMap((r) => [...r.faults, ...(r.notChecked ?? [])])])];
}

/** The per-rep measures the trackers record, in the order they are looked for. */
const MEASURES = [
  { key: 'depth', label: 'Depth', hint: '0 = thighs level, below 0 deeper' },
  { key: 'peakLift', label: 'Knee height', hint: '1 = hip height' },
  { key: 'peakCurl', label: 'Heel height', hint: '1 = lower leg level behind you' },
  { key: 'legBelowDeg', label: 'Leg height', hint: 'degrees below the line of the back at the top, 0 = level' },
  { key: 'peakThighDeg', label: 'Hips forward', hint: 'degrees the back thigh went behind upright' },
  { key: 'peakTiltDeg', label: 'Tilt', hint: 'degrees the hip angle opened' },
  { key: 'peakMove', label: 'Travel', hint: 'how far the moving part went, in body segment lengths' },
] as const;

export interface RepMeasure {
  label: string;
  hint: string;
  /** One per rep, in order; null for a rep without it. */
  values: Array<number | null>;
}

/** The first measure any rep of the set has, or null when none has one. */
export function repMeasure(reps: readonly RepRecord[]): RepMeasure | null {
  const m = MEASURES.find((x) => reps.some((r) => typeof r.metrics[x.key] === 'number'));
  return m ? { label: m.label, hint: m.hint, values: reps.map((r) => r.metrics[m.key] ?? null) } : null;
}
