/**
 * The march's hip-hike limit on real motion: pelvic hikes of known size injected into the correct
 * UI-PRMD hurdle steps (front, and turned 30 degrees), so the check meets real keypoint jitter and
 * real people's own hitching of the hip line. A hike of h degrees raises the lifting side's hip by
 * the pelvis width times sin(h), growing with the knee's rise through each labelled rep, and carries
 * that leg (knee, ankle, foot) up rigidly with it.
 *
 * Leave-two-subjects-out: on six subjects the limit is the smallest on the march's Settings grid
 * that flags at most FALSE_FLAG_BUDGET of their (uninjected) correct reps in every view; it is then
 * judged on the two left out, on their uninjected reps (false flags) and with each injected hike
 * (detections). The app ships the same choice made on all eight.
 */
import { march, MARCH_THRESHOLDS } from '../../src/shared/exercises/march';
import type { Keypoint, KeypointMap, KeypointName } from '../../src/shared/pose/keypoints';
import type { PoseFrame, Side } from '../../src/shared/exercise-core/session-types';
import { assertInFolds, FOLDS } from './squat-folds';
import { listObliqueTakes, listTakes, readTake, runKeypointFrames, settingsGrid, type Tally, type Take } from './uiprmd';

export const HIKES_DEG = [2, 4, 6, 8, 10] as const;
export const FALSE_FLAG_BUDGET = 0.05;
/** The share of reps a hike must be caught on to count as caught. */
export const CAUGHT_SHARE = 0.8;
export const HIKE_VIEWS = ['front', 'turned 30'] as const;
export type HikeView = (typeof HIKE_VIEWS)[number];

const LEG: readonly string[] = ['hip', 'knee', 'ankle', 'heel', 'foot_index'];
const y = (kps: KeypointMap, name: string): number | null => kps[name as KeypointName]?.y ?? null;
/** The upper middle value (not geometry's mean of the two middles): the figures quoted in the README and march.ts were measured with it. */
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * The frames with a hike of `hikeDeg` injected into every labelled rep, on the side whose knee rises
 * more in it. `yawDeg`: the camera's turn, which shortens the pelvis as seen (its true width is
 * the seen width over cos(yaw)).
 */
export function injectHike(frames: readonly PoseFrame[], labels: ReadonlyArray<number | null>, hikeDeg: number, yawDeg = 0): PoseFrame[] {
  const standing = frames.slice(0, 30);
  if (!labels.some((l) => l !== null)) throw new Error('no labelled reps to inject a hike into');
  const widthSeen = median(standing.map((f) => Math.abs((f.keypoints.left_hip?.x ?? NaN) - (f.keypoints.right_hip?.x ?? NaN))).filter(Number.isFinite));
  if (!(widthSeen > 0)) throw new Error('no standing hip width in the first frames');
  const rise = (widthSeen / Math.cos((yawDeg * Math.PI) / 180)) * Math.sin((hikeDeg * Math.PI) / 180);
  const kneeY0 = (side: Side) => median(standing.map((f) => y(f.keypoints, `${side}_knee`)).filter((v): v is number => v !== null));
  const k0 = { left: kneeY0('left'), right: kneeY0('right') };
  const out = frames.map((f) => ({ ...f, keypoints: { ...f.keypoints } }));
  for (const label of new Set(labels.filter((l): l is number => l !== null))) {
    const idx = labels.flatMap((l, i) => (l === label ? [i] : []));
    const liftOf = (side: Side, i: number) => k0[side] - (y(frames[i]!.keypoints, `${side}_knee`) ?? k0[side]);
    const peak = (side: Side) => Math.max(...idx.map((i) => liftOf(side, i)));
    const side: Side = peak('left') >= peak('right') ? 'left' : 'right';
    const top = peak(side);
    if (!(top > 0)) continue;
    for (const i of idx) {
      const dy = rise * Math.max(0, Math.min(1, liftOf(side, i) / top));
      for (const part of LEG) {
        const name = `${side}_${part}` as KeypointName;
        const p: Keypoint | undefined = out[i]!.keypoints[name];
        if (p) out[i]!.keypoints[name] = { ...p, y: p.y - dy };
      }
    }
  }
  return out;
}

interface HurdleTake { take: Take; view: HikeView; frames: PoseFrame[]; labels: Array<number | null> }

export function correctHurdleTakes(): HurdleTake[] {
  const front = listTakes('m02').filter((t) => t.correct && t.view === 'front');
  const turned = listObliqueTakes('m02').filter((t) => t.correct && t.yawDeg === 30);
  return [...front, ...turned].map((take) => {
    const { frames, repLabels } = readTake(take);
    return { take, view: take.yawDeg === undefined ? 'front' : 'turned 30', frames, labels: repLabels ?? [] };
  });
}

const emptyTally = (): Tally => ({ flagged: 0, of: 0 });

/** Reps counted whose pelvis was judged (frontal checks on), and how many of them carry a hip hike. */
function hikeFlags(frames: readonly PoseFrame[], limit: number): Tally {
  const reps = runKeypointFrames(frames, 'march', { thresholds: { hikeDeg: limit } }).repsDetail.filter((r) => !r.notChecked?.includes('hip-hike'));
  return { flagged: reps.filter((r) => r.faults.includes('hip-hike')).length, of: reps.length };
}
const add = (a: Tally, b: Tally): Tally => ({ flagged: a.flagged + b.flagged, of: a.of + b.of });

/** The smallest limit flagging at most the budget of these takes' correct reps in every view, with the false flags of each limit tried. */
export function chooseHikeLimit(takes: readonly HurdleTake[]): number {
  for (const limit of settingsGrid(march, 'hikeDeg')) {
    const ok = HIKE_VIEWS.every((view) => {
      const t = takes.filter((x) => x.view === view).map((x) => hikeFlags(x.frames, limit)).reduce(add, emptyTally());
      return t.flagged <= FALSE_FLAG_BUDGET * t.of;
    });
    if (ok) return limit;
  }
  throw new Error('no hip-hike limit on the grid keeps false flags within the budget');
}

export interface HikeRates {
  falseFlags: Tally;
  /** Per injected hike (degrees): correct reps with it flagged. */
  detections: Record<number, Tally>;
}

function rates(takes: readonly HurdleTake[], limitOf: (t: HurdleTake) => number): Record<HikeView, HikeRates> {
  const out = {} as Record<HikeView, HikeRates>;
  for (const view of HIKE_VIEWS) {
    const mine = takes.filter((t) => t.view === view);
    out[view] = {
      falseFlags: mine.map((t) => hikeFlags(t.frames, limitOf(t))).reduce(add, emptyTally()),
      detections: Object.fromEntries(HIKES_DEG.map((h) => [h, mine.map((t) => hikeFlags(injectHike(t.frames, t.labels, h, t.take.yawDeg ?? 0), limitOf(t))).reduce(add, emptyTally())])),
    };
  }
  return out;
}

export interface HikeFoldReport {
  folds: Array<{ heldOut: readonly string[]; limit: number }>;
  heldOut: Record<HikeView, HikeRates>;
  /** The smallest injected hike caught on CAUGHT_SHARE of held-out reps, per view (null: none of those tried). */
  smallestCaught: Record<HikeView, number | null>;
  /** Chosen on all eight subjects (what the app ships). */
  all: number;
}

export function hikeFoldReport(takes: readonly HurdleTake[]): HikeFoldReport {
  assertInFolds(takes.map((t) => t.take.subject));
  const folds = FOLDS.map((heldOut) => ({ heldOut, limit: chooseHikeLimit(takes.filter((t) => !heldOut.includes(t.take.subject))) }));
  const heldOut = rates(takes, (t) => folds.find((f) => f.heldOut.includes(t.take.subject))!.limit);
  const smallestCaught = Object.fromEntries(HIKE_VIEWS.map((view) => [view,
    HIKES_DEG.find((h) => { const d = heldOut[view].detections[h]!; return d.of > 0 && d.flagged >= CAUGHT_SHARE * d.of; }) ?? null])) as Record<HikeView, number | null>;
  return { folds, heldOut, smallestCaught, all: chooseHikeLimit(takes) };
}

export const shippedHikeLimit = (): number => MARCH_THRESHOLDS.hikeDeg;
