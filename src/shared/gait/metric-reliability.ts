/** How far each running measure can be trusted on this clip, with the reasons. */
import { LABEL_AGREEMENT_MIN, ok, rough, unreliable, WHOLE_BODY_MIN, worst, type CaptureQuality, type Verdict } from './capture-quality';
import type { RunningMetricId } from './running-references';

export interface TrackingSummary {
  steps: number;
  stepTimeCv: number | null;
  /** Share of steps with a strike angle but an implausible one (null when no angles). */
  implausibleStrikeShare: number | null;
}

/** Contact times need a frame every few milliseconds; timing measures are rough below this rate. */
export const TIMING_FPS = 60;
/** Angles at an instant (contact, toe-off) move fast; below this rate the instant can be a frame off. */
const INSTANT_FPS = 50;
const MIN_FPS = 20;
const MIN_STEPS = 4;
const STEADY_STEPS = 6;
export const UNSTEADY_CV = 0.15;

export function metricReliability(q: CaptureQuality, tracking: TrackingSummary): Record<RunningMetricId | 'leftRight', Verdict> {
  const frameMs = Math.round(1000 / q.effectiveFps);
  const common = worst(
    q.view === 'front' ? unreliable('not a side view') : q.view === 'oblique' ? rough('camera at an angle to the runner') : q.view === 'unknown' ? unreliable('no body seen') : ok,
    q.wholeBodyShare < 0.5 ? unreliable('the whole body is rarely in the frame') : q.wholeBodyShare < WHOLE_BODY_MIN ? rough('the whole body is often out of the frame') : ok,
    q.runners === 'several' ? rough('more than one person in view') : ok,
    tracking.steps < MIN_STEPS ? unreliable(`only ${tracking.steps} steps found`) : ok,
    q.effectiveFps < MIN_FPS ? unreliable(`${Math.round(q.effectiveFps)} fps is too few frames for running`) : ok,
  );
  const slowMotion = q.slowMotionSuspected ? unreliable('looks like slow motion: real-time values need the slow-motion factor') : ok;
  const timing = q.effectiveFps < TIMING_FPS ? rough(`below ${TIMING_FPS} fps contact times are rough (one frame is ${frameMs} ms)`) : ok;
  const instant = q.effectiveFps < INSTANT_FPS ? rough(`at ${Math.round(q.effectiveFps)} fps the landing frame can be a frame off`) : ok;
  const steady = tracking.stepTimeCv !== null && tracking.stepTimeCv > UNSTEADY_CV ? rough('step times vary a lot (uneven running, a speed change in the video, or tracking trouble)') : ok;
  const fewSteps = tracking.steps < STEADY_STEPS ? rough('few steps to average') : ok;
  const feet = !q.heelAndToe
    ? unreliable('needs heel and toe points (BlazePose); MoveNet has no foot points')
    : (tracking.implausibleStrikeShare ?? 0) > 0.5
      ? unreliable('the heel and toe points are implausible on most steps (motion blur or small feet in the picture)')
      : (tracking.implausibleStrikeShare ?? 0) > 0.2
        ? rough('the heel and toe points are implausible on some steps')
        : ok;
  const proxy = rough('a stand-in measure: no pose model sees the pelvis or lower back');
  const bounce = Math.abs(q.travelWidths) > 0.3 ? rough('the runner crosses the frame, so the camera angle changes') : ok;
  return {
    cadence: worst(common, slowMotion, steady, fewSteps),
    contactTime: worst(common, slowMotion, timing),
    footStrike: worst(common, feet, instant),
    kneeFlexionAtContact: worst(common, instant),
    shankAngle: worst(common, instant),
    overstride: worst(common, instant),
    peakKneeFlexionStance: common,
    hipExtensionAtToeOff: worst(common, instant),
    trunkThighExtensionAtToeOff: worst(common, instant, proxy),
    trunkLean: common,
    verticalOscillation: worst(common, bounce),
    leftRight: worst(
      common,
      q.legLabelAgreement !== null && q.legLabelAgreement < LABEL_AGREEMENT_MIN ? unreliable('left and right legs were often mixed up by the pose model') : ok,
      rough('in a side view the far leg is partly hidden, so left/right differences are rough'),
    ),
  };
}
