/** "Get into position": what is missing before an exercise can be checked, as one cue. */
import type { CueKey } from './cues';
import { COCO_KEYPOINTS, type KeypointMap, type KeypointName, isSeen, missingKeypoints, point } from '../pose';
import type { CameraView, PoseFrame, Posture } from './session-types';
import { detectView, estimateTurnDeg, nearestView } from './view';

/** Fewer confident keypoints than this is no person at all. */
const MIN_PERSON_KEYPOINTS = 4;
/**
 * The people counter (src/engine/people-counter.ts) counts whole-ish poses (pose score 0.35 and 8
 * confident keypoints or more), so a person cut off at the shoulders can fall short of it: a side-on squat with the top
 * fifth of the picture cropped counted 0 people on every check while the pose model saw 8-17
 * keypoints. Its 0 is believed only when the pose model sees fewer than this.
 */
const SEEN_DESPITE_NO_COUNT = 6;
/** A keypoint this close to the frame's top or bottom edge (share of height) is about to leave it. */
const EDGE_MARGIN = 0.01;

/** Framing cues: on the floor the camera sits on the floor too, so it is moved rather than the person stepping back. */
const STANDING_FRAMING = { tooClose: 'too-close', showFeet: 'show-feet', showHead: 'show-head' } as const;
const FLOOR_FRAMING = { tooClose: 'floor-too-close', showFeet: 'floor-show-feet', showHead: 'floor-show-head' } as const;
const FRAMING_CUES: Record<Posture, { tooClose: CueKey; showFeet: CueKey; showHead: CueKey }> = {
  standing: STANDING_FRAMING, lying: FLOOR_FRAMING, kneeling: FLOOR_FRAMING,
};
/** Lying or kneeling, the camera is on the floor and the body may run across the picture. */
const onFloor = (posture: Posture) => posture !== 'standing';

export type PositionResult =
  | { ok: true; view: CameraView }
  | { ok: false; person: boolean; cue: CueKey };

export interface PositionRequirements {
  views: readonly CameraView[];
  /** Lying or kneeling, the body may run across the picture: the left and right edges crop it too. */
  posture: Posture;
  forcedView?: CameraView;
  requiredKeypoints(view: CameraView): ReadonlyArray<readonly KeypointName[]>;
}

/**
 * Whether a set can start and carry on: someone, one person only, a view the exercise takes, and the
 * keypoints its reps are counted from. Standing, the rest of the body is advice (framingAdvice):
 * people film with the feet or the head cut off, and the checks that need those parts switch off.
 * Lying down the camera is moved rather than the person, and the whole body is asked for first.
 */
export function checkPosition(frame: PoseFrame, req: PositionRequirements): PositionResult {
  const kps = frame.keypoints;
  const seenCount = COCO_KEYPOINTS.filter((n) => isSeen(kps, n)).length;
  const counterSawNobody = frame.people === 0 && seenCount < SEEN_DESPITE_NO_COUNT;
  if (counterSawNobody || seenCount < MIN_PERSON_KEYPOINTS) return { ok: false, person: false, cue: 'no-person' };
  if (frame.people !== undefined && frame.people > 1) return { ok: false, person: true, cue: 'one-person' };

  const framing = FRAMING_CUES[req.posture];
  if (onFloor(req.posture)) {
    const { feet, head } = inPicture(frame, true);
    if (!feet && !head) return { ok: false, person: true, cue: framing.tooClose };
    if (!feet) return { ok: false, person: true, cue: framing.showFeet };
    if (!head) return { ok: false, person: true, cue: framing.showHead };
  }

  const view = req.forcedView ?? detectView(kps, req.posture) ?? partWayView(frame, req.posture);
  if (view === null || (!req.forcedView && !req.views.includes(view))) return { ok: false, person: true, cue: viewCue(req) };
  const missing = missingRequired(kps, req.requiredKeypoints(view));
  if (missing.length > 0) {
    // A foot or a shoulder is missing far more often from being out of the picture than from anything else.
    const feet = missing.some((n) => n.endsWith('_ankle')), shoulders = missing.some((n) => n.endsWith('_shoulder'));
    const cue: CueKey = feet && shoulders ? framing.tooClose : feet ? framing.showFeet : shoulders ? framing.showHead : `cant-see:${missing[0]!}`;
    return { ok: false, person: true, cue };
  }
  return { ok: true, view };
}

/** Turned part way, the view whose checks come nearer; null when the turn cannot be told. */
function partWayView(frame: PoseFrame, posture: PositionRequirements['posture']): CameraView | null {
  // Lying, the body's turn from the camera is not what decides the view (see detectView).
  if (posture === 'lying') return null;
  const turn = estimateTurnDeg(frame.keypoints, frame.world);
  return turn === null ? null : nearestView(turn);
}

/** Whether an ankle, and a head or shoulder keypoint, lie inside the picture (not on its edge). */
function inPicture(frame: PoseFrame, lying: boolean): { feet: boolean; head: boolean; shoulders: boolean } {
  const within = (v: number, size: number) => v > EDGE_MARGIN * size && v < (1 - EDGE_MARGIN) * size;
  const inFrame = (name: KeypointName) => {
    const p = point(frame.keypoints, name);
    return p !== null && within(p.y, frame.height) && (!lying || within(p.x, frame.width));
  };
  const shoulders = inFrame('left_shoulder') || inFrame('right_shoulder');
  return {
    feet: inFrame('left_ankle') || inFrame('right_ankle'),
    head: shoulders || (['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'] as const).some(inFrame),
    shoulders,
  };
}

/**
 * Standing with part of the body out of the picture: the set goes on, and this says once which
 * checks are off until the person steps back (null when the whole body is in view).
 */
export function framingAdvice(frame: PoseFrame, posture: PositionRequirements['posture']): CueKey | null {
  if (onFloor(posture)) return null;
  const { feet, shoulders } = inPicture(frame, false);
  return !feet ? 'feet-out-of-view' : !shoulders ? 'shoulders-out-of-view' : null;
}

/** What to ask for when the person is seen from a view the exercise cannot use. */
export function viewCue(req: Pick<PositionRequirements, 'views' | 'posture'>): CueKey {
  if (onFloor(req.posture)) return req.views.includes('front') ? 'floor-camera-at-feet' : 'floor-camera-beside';
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
