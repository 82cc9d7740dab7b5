/** "Get into position": what is missing before an exercise can be checked, as one cue. */
import type { CueKey } from './cues';
import { COCO_KEYPOINTS, type KeypointMap, type KeypointName } from './keypoints';
import { isSeen, missingKeypoints, point } from './pose-points';
import type { Posture } from './exercise-definition';
import type { CameraView, PoseFrame } from './session-types';
import { detectView } from './view';

/** Fewer confident keypoints than this is no person at all. */
const MIN_PERSON_KEYPOINTS = 4;
/** A keypoint this close to the frame's top or bottom edge (share of height) is about to leave it. */
const EDGE_MARGIN = 0.01;

/** Framing cues: lying down the camera sits on the floor, so it is moved rather than the person stepping back. */
const FRAMING_CUES: Record<Posture, { tooClose: CueKey; showFeet: CueKey; showHead: CueKey }> = {
  standing: { tooClose: 'too-close', showFeet: 'show-feet', showHead: 'show-head' },
  lying: { tooClose: 'floor-too-close', showFeet: 'floor-show-feet', showHead: 'floor-show-head' },
};

export type PositionResult =
  | { ok: true; view: CameraView }
  | { ok: false; person: boolean; cue: CueKey };

export interface PositionRequirements {
  views: readonly CameraView[];
  /** Lying down, the body may run across the picture: the left and right edges crop it too. */
  posture: Posture;
  forcedView?: CameraView;
  requiredKeypoints(view: CameraView): ReadonlyArray<readonly KeypointName[]>;
}

export function checkPosition(frame: PoseFrame, req: PositionRequirements): PositionResult {
  const kps = frame.keypoints;
  const seenCount = COCO_KEYPOINTS.filter((n) => isSeen(kps, n)).length;
  if (frame.people === 0 || seenCount < MIN_PERSON_KEYPOINTS) return { ok: false, person: false, cue: 'no-person' };
  if (frame.people !== undefined && frame.people > 1) return { ok: false, person: true, cue: 'one-person' };

  const lying = req.posture === 'lying';
  const framing = FRAMING_CUES[req.posture];
  const within = (v: number, size: number) => v > EDGE_MARGIN * size && v < (1 - EDGE_MARGIN) * size;
  const inFrame = (name: KeypointName) => {
    const p = point(kps, name);
    return p !== null && within(p.y, frame.height) && (!lying || within(p.x, frame.width));
  };
  const feet = inFrame('left_ankle') || inFrame('right_ankle');
  const head = (['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder'] as const).some(inFrame);
  if (!feet && !head) return { ok: false, person: true, cue: framing.tooClose };
  if (!feet) return { ok: false, person: true, cue: framing.showFeet };
  if (!head) return { ok: false, person: true, cue: framing.showHead };

  const view = req.forcedView ?? detectView(kps, req.posture);
  if (view === null || (!req.forcedView && !req.views.includes(view))) return { ok: false, person: true, cue: viewCue(req) };
  const missing = missingRequired(kps, req.requiredKeypoints(view));
  if (missing.length > 0) {
    // An ankle is missing far more often from being out of the frame than from anything else.
    const cue: CueKey = missing.some((n) => n.endsWith('_ankle')) ? framing.showFeet : `cant-see:${missing[0]!}`;
    return { ok: false, person: true, cue };
  }
  return { ok: true, view };
}

/** What to ask for when the person is seen from a view the exercise cannot use. */
export function viewCue(req: Pick<PositionRequirements, 'views' | 'posture'>): CueKey {
  if (req.posture === 'lying') return req.views.includes('front') ? 'floor-camera-at-feet' : 'floor-camera-beside';
  return req.views.length > 1 ? 'front-or-side' : req.views[0] === 'side' ? 'turn-side-on' : 'face-camera';
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
