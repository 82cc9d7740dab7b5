import { distance } from './geometry';
import { torsoLength } from './body-metrics';
import type { KeypointMap } from './keypoints';
import { point } from './pose-points';
import type { CameraView } from './session-types';

/**
 * Shoulder width over torso length: about 0.6-0.7 facing the camera (0.65 in UI-PRMD front takes),
 * near 0 side-on. Between the two limits the person is turned part way and neither view's
 * measurements hold, so the view is unknown.
 */
const FRONT_MIN_RATIO = 0.45;
const SIDE_MAX_RATIO = 0.2;

export function detectView(kps: KeypointMap): CameraView | null {
  const torso = torsoLength(kps);
  if (!torso) return null;
  const ls = point(kps, 'left_shoulder'), rs = point(kps, 'right_shoulder');
  // A profile hides the far shoulder: one shoulder seen over its own hip reads as side-on.
  if (!ls || !rs) return (ls && point(kps, 'left_hip')) || (rs && point(kps, 'right_hip')) ? 'side' : null;
  const ratio = distance(ls, rs) / torso;
  if (ratio >= FRONT_MIN_RATIO) return 'front';
  if (ratio <= SIDE_MAX_RATIO) return 'side';
  return null;
}
