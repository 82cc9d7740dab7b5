/** "Get into position": what is missing before an exercise can be checked, as one cue. */
import type { CueKey } from './cues';
import { COCO_KEYPOINTS, type KeypointMap, type KeypointName } from './keypoints';
import { isSeen, missingKeypoints, point } from './pose-points';
import type { CameraView, PoseFrame } from './session-types';
import { detectView } from './view';

/** Fewer confident keypoints than this is no person at all. */
const MIN_PERSON_KEYPOINTS = 4;
/** A keypoint this close to the frame's top or bottom edge (share of height) is about to leave it. */
const EDGE_MARGIN = 0.01;

export type PositionResult =
  | { ok: true; view: CameraView }
  | { ok: false; person: boolean; cue: CueKey };

export interface PositionRequirements {
  views: readonly CameraView[];
  forcedView?: CameraView;
  requiredKeypoints(view: CameraView): ReadonlyArray<readonly KeypointName[]>;
}

export function checkPosition(frame: PoseFrame, req: PositionRequirements): PositionResult {
  const kps = frame.keypoints;
  const seenCount = COCO_KEYPOINTS.filter((n) => isSeen(kps, n)).length;
  if (frame.people === 0 || seenCount < MIN_PERSON_KEYPOINTS) return { ok: false, person: false, cue: 'no-person' };
  if (frame.people !== undefined && frame.people > 1) return { ok: false, person: true, cue: 'one-person' };

  const inFrame = (name: KeypointName) => {
    const p = point(kps, name);
    return p !== null && p.y > EDGE_MARGIN * frame.height && p.y < (1 - EDGE_MARGIN) * frame.height;
  };
  const feet = inFrame('left_ankle') || inFrame('right_ankle');
  const head = (['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder'] as const).some(inFrame);
  if (!feet && !head) return { ok: false, person: true, cue: 'too-close' };
  if (!feet) return { ok: false, person: true, cue: 'show-feet' };
  if (!head) return { ok: false, person: true, cue: 'show-head' };

  const view = req.forcedView ?? detectView(kps);
  if (view === null || (!req.forcedView && !req.views.includes(view))) {
    return { ok: false, person: true, cue: req.views.length > 1 ? 'front-or-side' : req.views[0] === 'side' ? 'turn-side-on' : 'face-camera' };
  }
  const missing = missingRequired(kps, req.requiredKeypoints(view));
  if (missing.length > 0) {
    // An ankle is missing far more often from being below the frame than from anything else.
    const cue: CueKey = missing.some((n) => n.endsWith('_ankle')) ? 'show-feet' : `cant-see:${missing[0]!}`;
    return { ok: false, person: true, cue };
  }
  return { ok: true, view };
}

/** Missing keypoints of the alternative closest to complete (empty when one is complete). */
export function missingRequired(kps: KeypointMap, alternatives: ReadonlyArray<readonly KeypointName[]>): KeypointName[] {
  let best: KeypointName[] | null = null;
  for (const names of alternatives) {
    const missing = missingKeypoints(kps, names);
    if (best === null || missing.length < best.length) best = missing;
  }
  return best ?? [];
}
