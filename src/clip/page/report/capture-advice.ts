/**
 * The capture-quality verdict of a running report in the reader's terms: one overall level, which
 * measures were reliable, rough or unreliable and why, and what to change when filming next time.
 */
import {
  LABEL_AGREEMENT_MIN, type Reliability, type RunningMetricId, type RunningReport, TIMING_FPS,
  TRAVEL_MAX_WIDTHS, UNSTEADY_CV, WHOLE_BODY_MIN,
} from '../../../shared/gait';

export interface MetricVerdict {
  id: RunningMetricId;
  label: string;
  reasons: string[];
}

export interface CaptureVerdict {
  level: Reliability;
  byLevel: Record<Reliability, MetricVerdict[]>;
  advice: string[];
}

const RANK: Record<Reliability, number> = { reliable: 0, rough: 1, unreliable: 2 };

/** Rough by design (a proxy), so it says nothing about the recording. */
const INTRINSICALLY_ROUGH: readonly RunningMetricId[] = ['trunkThighExtensionAtToeOff'];

/** Fewer steps than this make averages and left/right comparisons shaky: advise a longer clip. */
const ENOUGH_STEPS = 10;

export function captureVerdict(report: RunningReport): CaptureVerdict {
  const byLevel: Record<Reliability, MetricVerdict[]> = { reliable: [], rough: [], unreliable: [] };
  let level: Reliability = report.quality.notes.length ? 'rough' : 'reliable';
  for (const [id, m] of Object.entries(report.summary.metrics) as Array<[RunningMetricId, RunningReport['summary']['metrics'][RunningMetricId]]>) {
    byLevel[m.reliability.level].push({ id, label: m.reference.label, reasons: m.reliability.reasons });
    if (!INTRINSICALLY_ROUGH.includes(id) && RANK[m.reliability.level] > RANK[level]) level = m.reliability.level;
  }
  return { level, byLevel, advice: filmingAdvice(report) };
}

function filmingAdvice(r: RunningReport): string[] {
  const q = r.quality;
  const advice: string[] = [];
  if (q.view === 'front' || q.view === 'oblique') advice.push('Set the camera square to the running direction, at hip height, so it looks straight at the runner’s side.');
  if (q.wholeBodyShare < WHOLE_BODY_MIN) advice.push('Move the camera back or zoom out until the head and both feet stay in the picture the whole time.');
  if (q.runners === 'several') advice.push('Film with nobody else in view, including people passing behind the runner.');
  if (q.slowMotionSuspected) advice.push('If the clip is slow motion, pick its slow-motion factor before analysing, so times and cadence come out in real time.');
  else if (q.effectiveFps < TIMING_FPS) advice.push(`Film at ${TIMING_FPS} frames per second or more (most phones offer it in the camera settings): landings and push-offs last only a few frames.`);
  if (!q.heelAndToe) advice.push('Choose a BlazePose model: it tracks the heels and toes that foot strike is measured from.');
  else if (r.summary.metrics.footStrike.reliability.level !== 'reliable') advice.push('Make the feet larger and sharper in the picture: film closer, in bright light, so the shoes are not blurred.');
  if (q.legLabelAgreement !== null && q.legLabelAgreement < LABEL_AGREEMENT_MIN) advice.push('Wear close-fitting clothes that stand out from the background, so the model can keep the two legs apart.');
  if (Math.abs(q.travelWidths) > TRAVEL_MAX_WIDTHS) advice.push('Use a treadmill, or turn the camera to follow the runner, so the viewing angle stays the same along the clip.');
  if (r.cadence.steps < ENOUGH_STEPS) advice.push('Record longer: 10 to 30 seconds of steady running gives enough steps to average.');
  if (r.cadence.stepTimeCv !== null && r.cadence.stepTimeCv > UNSTEADY_CV) advice.push('Keep a steady pace through the clip, and avoid clips with cuts or speed changes.');
  return advice;
}
