/**
 * Analysis of a side-view running clip as a whole: clean the keypoint series, find the steps by the
 * coordinate method, measure each step and the clip, and say how far each number can be trusted.
 */
import type { PoseFrame, Side } from '../exercise-core';
import { cadenceFromContacts } from './cadence';
import { captureQuality } from './capture-quality';
import { cleanSeries } from './clean-series';
import { trunkLean, trunkLeanSeries, verticalOscillation } from './clip-metrics';
import type { FootStrike } from './foot-strike';
import { footSignals } from './foot-signals';
import type { TrackSet } from './keypoint-tracks';
import { detectGaitEvents } from './gait-events';
import { legOf, pelvisOf } from './leg-picking';
import { metricReliability } from './metric-reliability';
import { runningDirection } from './running-direction';
import { RUNNING_REFERENCES, type RunningMetricId } from './running-references';
import type { MetricSummary, PerFrameSeries, RunningReport } from './running-report';
import { kneeFlexionDeg } from './sagittal-angles';
import { sideStats, stats, type SideStats } from './side-stats';
import { stepMetrics, type RunningStep } from './step-metrics';

export interface RunningOptions {
  /** Frame rate of the video. */
  fps: number;
  /** How many times slower than real time the video plays (2 for 50 fps footage played at 25). */
  slowMotionFactor?: number;
  /** Low-pass cutoff for the keypoints, Hz of real time. */
  cutoffHz?: number;
}

const CUTOFF_HZ = 7;

const TILT_PROXY_EXPLANATION =
  'No pose model has points on the pelvis or the spine, so pelvic tilt and lower-back arch cannot be measured directly. ' +
  'As a stand-in we measure how far the thigh goes behind the line of the trunk (hip to shoulder) as the foot pushes off. ' +
  'The hip joint itself only extends so far; beyond that the leg gets behind the body by the pelvis tipping forward and the lower back arching. ' +
  'A large value therefore hints at that pattern. It is a proxy: compare it with the same runner over time rather than with other people.';

const orNull = (v: readonly number[]): Array<number | null> => v.map((x) => (Number.isFinite(x) ? x : null));

function perFrameSeries(frames: readonly PoseFrame[], set: TrackSet, dir: 1 | -1, legPx: number, swapped: boolean[], lean: Array<number | null>): Omit<PerFrameSeries, 'events'> {
  const feet = footSignals(set, dir, legPx);
  const pelvisY = frames.map((f) => pelvisOf(f.keypoints)?.y ?? null);
  const seenY = pelvisY.filter((y): y is number => y !== null);
  const meanY = seenY.length ? seenY.reduce((a, b) => a + b, 0) / seenY.length : 0;
  const kneeOf = (f: PoseFrame, side: Side): number | null => {
    const hip = pelvisOf(f.keypoints), leg = legOf(f.keypoints, side);
    return hip && leg.knee && leg.ankle ? kneeFlexionDeg(hip, leg.knee, leg.ankle) : null;
  };
  return {
    t: frames.map((f) => f.t),
    kneeFlexionDeg: { left: frames.map((f) => kneeOf(f, 'left')), right: frames.map((f) => kneeOf(f, 'right')) },
    footHeight: { left: orNull(feet.footHeight.left), right: orNull(feet.footHeight.right) },
    footForward: { left: orNull(feet.heelForward.left), right: orNull(feet.heelForward.right) },
    trunkLeanDeg: lean,
    pelvisHeight: pelvisY.map((y) => (y !== null ? (meanY - y) / legPx : null)),
    legsSwapped: swapped,
  };
}

type StepNumberKey = {
  [K in keyof RunningStep]: RunningStep[K] extends number | null ? K : never;
}[keyof RunningStep];

const STEP_MEASURES: Partial<Record<RunningMetricId, { key: StepNumberKey; minScale: number }>> = {
  contactTime: { key: 'contactTimeMs', minScale: 0 },
  footStrike: { key: 'footStrikeAngleDeg', minScale: 5 },
  kneeFlexionAtContact: { key: 'kneeFlexionAtContactDeg', minScale: 5 },
  shankAngle: { key: 'shankAngleDeg', minScale: 5 },
  overstride: { key: 'overstrideRatio', minScale: 0.05 },
  peakKneeFlexionStance: { key: 'peakKneeFlexionStanceDeg', minScale: 5 },
  hipExtensionAtToeOff: { key: 'hipExtensionAtToeOffDeg', minScale: 5 },
  trunkThighExtensionAtToeOff: { key: 'trunkThighExtensionAtToeOffDeg', minScale: 5 },
};

export function analyzeRunning(frames: readonly PoseFrame[], opts: RunningOptions): RunningReport {
  const factor = opts.slowMotionFactor ?? 1;
  const cleaned = cleanSeries(frames, { fps: opts.fps, slowMotionFactor: factor, cutoffHz: opts.cutoffHz ?? CUTOFF_HZ });
  const direction = runningDirection(cleaned.frames);
  const dir = direction.sign ?? 1;
  const legPx = cleaned.legLengthPx;

  // Unsmoothed positions: the events' envelopes are smoothed after they are taken (see gait-events).
  const raw = legPx ? footSignals(cleaned.unsmoothed, dir, legPx) : null;
  const events = raw
    ? detectGaitEvents({ t: cleaned.set.t, ...raw, toeHeight: raw.footHeight, lowPassHz: (opts.cutoffHz ?? CUTOFF_HZ) / factor })
    : { stances: [], stepS: null, labelAgreement: null };
  const contacts = events.stances.map((s) => s.contact);
  const cadence = cadenceFromContacts(contacts.map((c) => c.t), factor);
  const videoSpm = factor === 1 ? cadence.spm : cadenceFromContacts(contacts.map((c) => c.t)).spm;

  const steps = legPx ? stepMetrics({ frames: cleaned.frames, stances: events.stances, dir, legPx, slowMotionFactor: factor }) : [];
  const leanSeries = trunkLeanSeries(cleaned.frames, dir);
  const lean = trunkLean(leanSeries);
  const bounce = legPx && events.stepS ? verticalOscillation(cleaned.frames, contacts, legPx, Math.round((1.6 * events.stepS * opts.fps))) : [];

  const quality = captureQuality({
    frames, fps: opts.fps, slowMotionFactor: opts.slowMotionFactor, videoCadenceSpm: videoSpm,
    heelAndToe: raw?.hasHeelAndToe ?? false, legLabelAgreement: events.labelAgreement, travelWidths: direction.travelWidths,
  });
  if (direction.sign === null) quality.notes.push('Could not tell which way the runner faces: forward and backward may be mixed up.');
  if (!legPx) quality.notes.push('Hips, knees and ankles were not seen well enough to measure anything.');
  const withAngle = steps.filter((s) => s.footStrikeAngleDeg !== null);
  const implausibleStrikeShare = withAngle.length ? withAngle.filter((s) => s.strike === null).length / withAngle.length : null;
  const reliability = metricReliability(quality, { steps: cadence.steps, stepTimeCv: cadence.stepTimeCv, implausibleStrikeShare });

  const summarize = (id: RunningMetricId, value: number | null, sides: SideStats | null): MetricSummary => ({
    value, unit: RUNNING_REFERENCES[id].unit, sides, reference: RUNNING_REFERENCES[id], reliability: reliability[id],
  });
  const perStep = (id: RunningMetricId): MetricSummary => {
    const m = STEP_MEASURES[id]!;
    // Implausible strike angles are misplaced points, not landings: they stay out of the averages.
    const value = (s: RunningStep): number | null => (id === 'footStrike' && s.strike === null ? null : s[m.key]);
    const sides = sideStats(steps.map((s) => ({ foot: s.foot, value: value(s) })), m.minScale);
    return summarize(id, sides.all?.mean ?? null, sides);
  };
  const strikeCounts: Record<FootStrike, number> & { unknown: number } = { rearfoot: 0, midfoot: 0, forefoot: 0, unknown: 0 };
  for (const s of steps) strikeCounts[s.strike ?? 'unknown']++;
  const classified = steps.length - strikeCounts.unknown;
  const bounceSides = sideStats(bounce.map((b) => ({ foot: b.foot, value: b.value })), 0.01);

  const metrics = {
    cadence: summarize('cadence', cadence.spm, null),
    contactTime: perStep('contactTime'),
    footStrike: perStep('footStrike'),
    kneeFlexionAtContact: perStep('kneeFlexionAtContact'),
    shankAngle: perStep('shankAngle'),
    overstride: perStep('overstride'),
    peakKneeFlexionStance: perStep('peakKneeFlexionStance'),
    hipExtensionAtToeOff: perStep('hipExtensionAtToeOff'),
    trunkThighExtensionAtToeOff: perStep('trunkThighExtensionAtToeOff'),
    trunkLean: summarize('trunkLean', lean?.mean ?? null, null),
    verticalOscillation: summarize('verticalOscillation', stats(bounce.map((b) => b.value))?.mean ?? null, bounceSides),
  } satisfies Record<RunningMetricId, MetricSummary>;

  const perFrame: PerFrameSeries = {
    ...perFrameSeries(cleaned.frames, cleaned.set, dir, legPx ?? 1, cleaned.swapped, leanSeries),
    events: steps.flatMap((s) => [
      { kind: 'contact' as const, foot: s.foot, t: s.contactS, frame: s.contactFrame },
      ...(s.toeOffS !== null && s.toeOffFrame !== null ? [{ kind: 'toe-off' as const, foot: s.foot, t: s.toeOffS, frame: s.toeOffFrame }] : []),
    ]),
  };

  return {
    cadenceSpm: quality.slowMotionSuspected ? null : cadence.spm,
    cadence: { ...cadence, videoSpm },
    steps,
    summary: {
      metrics,
      strikeCounts,
      rearfootShare: classified ? strikeCounts.rearfoot / classified : null,
      trunkLeanRangeDeg: lean ? { low: lean.low, high: lean.high } : null,
      tiltProxyExplanation: TILT_PROXY_EXPLANATION,
      leftRight: reliability.leftRight,
    },
    quality: { ...quality, metrics: reliability },
    direction,
    perFrame,
    legLengthPx: legPx,
    stepVideoS: events.stepS,
  };
}
