import { distance } from './geometry';
import { torsoLength } from './body-metrics';
import { bodyAxis } from './floor-metrics';
import type { KeypointMap } from './keypoints';
import { point } from './pose-points';
import type { Posture } from './exercise-definition';
import type { CameraView } from './session-types';

/**
 * Shoulder width over torso length: about 0.6-0.7 facing the camera (0.65 in UI-PRMD front takes),
 * near 0 side-on. Between the two limits the person is turned part way and neither view's
 * measurements hold, so the view is unknown.
 */
const FRONT_MIN_RATIO = 0.45;
const SIDE_MAX_RATIO = 0.2;

/**
 * Lying down, the view that shows the hip line is the camera at the feet (or head) looking along
 * the body, which runs up the picture with the shoulders apart; or a camera overhead, which shows
 * the shoulders nearly as wide as standing square to it (the 0.65 above). A camera low beside the
 * person runs the body across the picture and squeezes its width (0.5-0.55 on the floor clips): side.
 */
const LYING_ALONG_MIN_RATIO = 0.3;
const LYING_OVERHEAD_MIN_RATIO = 0.6;

export function detectView(kps: KeypointMap, posture: Posture = 'standing'): CameraView | null {
  const torso = torsoLength(kps);
  if (!torso) return null;
  const ls = point(kps, 'left_shoulder'), rs = point(kps, 'right_shoulder');
  // A profile hides the far shoulder: one shoulder seen over its own hip reads as side-on.
  if (!ls || !rs) return (ls && point(kps, 'left_hip')) || (rs && point(kps, 'right_hip')) ? 'side' : null;
  const ratio = distance(ls, rs) / torso;
  if (posture === 'lying') {
    const along = Math.abs(bodyAxis(kps)?.unit.y ?? 0) >= Math.SQRT1_2;
    return ratio >= LYING_OVERHEAD_MIN_RATIO || (along && ratio >= LYING_ALONG_MIN_RATIO) ? 'front' : 'side';
  }
  if (ratio >= FRONT_MIN_RATIO) return 'front';
  if (ratio <= SIDE_MAX_RATIO) return 'side';
  return null;
}
