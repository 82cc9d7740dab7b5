/** Cadence (steps per minute) from the contacts of both feet. */
import { median } from '../pose';

export interface Cadence {
  /** Steps per minute of real time (from video time and the slow-motion factor); null with under 3 contacts. */
  spm: number | null;
  /** Steps between the first and the last contact, counting a missed contact as the step it stands for. */
  steps: number;
  /** Median step time, real seconds. */
  stepTimeS: number | null;
  /** Coefficient of variation of the step times (0.05 = 5%); high values mean unsteady running or tracking trouble. */
  stepTimeCv: number | null;
  /** Intervals that looked like a missed contact (about two or more steps long). */
  missedContacts: number;
}

/** An interval this many median steps long or more holds missed contacts. */
const MISSED_AT = 1.5;

/**
 * Steps per minute from the median step time. An interval of about two steps is a missed contact
 * and counts as two steps of half its length; the median keeps an odd first or last contact (a
 * standing start, a runner leaving the frame) from dragging the cadence.
 */
export function cadenceFromContacts(contactTimes: readonly number[], slowMotionFactor = 1): Cadence {
  const times = [...contactTimes].sort((a, b) => a - b);
  const intervals = times.slice(1).map((t, i) => t - times[i]!);
  const typical = median(intervals);
  if (times.length < 3 || typical === null || typical <= 0) {
    return { spm: null, steps: Math.max(0, times.length - 1), stepTimeS: null, stepTimeCv: null, missedContacts: 0 };
  }
  let steps = 0, missed = 0;
  const regular: number[] = [];
  const perStep: number[] = [];
  for (const iv of intervals) {
    const n = Math.max(1, Math.round(iv / typical));
    if (iv >= MISSED_AT * typical) missed += n - 1;
    else regular.push(iv);
    for (let k = 0; k < n; k++) perStep.push(iv / n);
    steps += n;
  }
  const stepS = median(perStep)!;
  const mean = regular.reduce((a, b) => a + b, 0) / Math.max(1, regular.length);
  const sd = Math.sqrt(regular.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, regular.length - 1));
  return {
    spm: (60 / stepS) * slowMotionFactor,
    steps,
    stepTimeS: stepS / slowMotionFactor,
    stepTimeCv: regular.length >= 2 ? sd / mean : null,
    missedContacts: missed,
  };
}
