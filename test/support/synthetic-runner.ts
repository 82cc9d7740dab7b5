/**
 * A synthetic side-view runner for tests: a sagittal stick figure whose feet follow trajectories
 * with known events, so detectors can be checked against exact contact and toe-off times.
 *
 * Each foot's heel moves relative to the pelvis as c + A cos(phase), the phase running 0 -> pi
 * over stance and pi -> 2 pi over swing: the heel is furthest forward exactly at contact and
 * furthest back exactly at toe-off (the coordinate method's definitions). The foot angle eases
 * between key values with zero slope at contact and toe-off, so the toe's extremes fall there too.
 * The knee is placed by two-link inverse kinematics, the trunk leans a fixed angle.
 */
import type { KeypointMap, KeypointName } from '../../src/shared/pose/keypoints';
import type { PoseFrame, Side } from '../../src/shared/exercise-core/session-types';

export interface SyntheticRunOptions {
  fps?: number;
  durationS?: number;
  cadenceSpm?: number;
  /** Contact time over stride time. */
  dutyFactor?: number;
  /** +1 runs toward +x. */
  direction?: 1 | -1;
  legPx?: number;
  /** Foot angle at contact relative to flat, degrees (positive toe up = rearfoot). */
  footAngleAtContactDeg?: number;
  trunkLeanDeg?: number;
  /** Peak-to-peak vertical oscillation of the pelvis over leg length. */
  verticalOscillation?: number;
  /** Pelvis drift across the frame, px/s (a camera that does not follow the runner). */
  driftPxPerS?: number;
  /** Time of the first left contact. */
  firstContactS?: number;
  /** Mean heel position ahead of the pelvis (leg lengths) and its swing amplitude. */
  heelCentre?: number;
  heelAmplitude?: number;
  noisePx?: number;
  seed?: number;
  /** MoveNet-like output: no heels or toes. */
  withoutFeet?: boolean;
}

export interface SyntheticRun {
  frames: PoseFrame[];
  contacts: Record<Side, number[]>;
  toeOffs: Record<Side, number[]>;
  strideS: number;
  legPx: number;
}

const TAU = 2 * Math.PI;
const rad = (deg: number): number => (deg * Math.PI) / 180;

function gaussian(seed: number): () => number {
  let s = seed >>> 0 || 1;
  const uniform = (): number => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(TAU * uniform());
}

/** Eases from a to b over u in [0, 1] with zero slope at both ends. */
const ease = (a: number, b: number, u: number): number => a + ((b - a) * (1 - Math.cos(Math.PI * u))) / 2;

export function syntheticRun(options: SyntheticRunOptions = {}): SyntheticRun {
  const fps = options.fps ?? 60;
  const duration = options.durationS ?? 6;
  const stride = 120 / (options.cadenceSpm ?? 170);
  const duty = options.dutyFactor ?? 0.38;
  const dir = options.direction ?? 1;
  const leg = options.legPx ?? 400;
  const thigh = leg / 2, shank = leg / 2, foot = 0.28 * leg;
  const contactAngle = rad(options.footAngleAtContactDeg ?? 12);
  const toeOffAngle = rad(-35);
  const lean = rad(options.trunkLeanDeg ?? 7);
  const vo = (options.verticalOscillation ?? 0.1) * leg;
  const drift = options.driftPxPerS ?? 0;
  const first = options.firstContactS ?? 0.2;
  const centre = (options.heelCentre ?? -0.05) * leg, amp = (options.heelAmplitude ?? 0.42) * leg;
  const noise = gaussian(options.seed ?? 7);
  const noisePx = options.noisePx ?? 0;
  const width = 4 * leg, height = 3 * leg;
  const groundY = 2.6 * leg;

  const offset: Record<Side, number> = { left: first, right: first + stride / 2 };
  const contacts: Record<Side, number[]> = { left: [], right: [] };
  const toeOffs: Record<Side, number[]> = { left: [], right: [] };
  for (const side of ['left', 'right'] as Side[]) {
    for (let tc = offset[side] - stride * Math.ceil(offset[side] / stride); tc < duration; tc += stride) {
      if (tc >= 0) contacts[side].push(tc);
      if (tc + duty * stride >= 0 && tc + duty * stride < duration) toeOffs[side].push(tc + duty * stride);
    }
  }

  /** Stride phase in [0, 1): 0 at contact. */
  const phaseOf = (t: number, side: Side): number => (((t - offset[side]) / stride) % 1 + 1) % 1;

  const frames: PoseFrame[] = [];
  for (let i = 0; i * (1 / fps) < duration; i++) {
    const t = i / fps;
    // Lowest at mid-stance of either foot: twice per stride.
    const pelvis = {
      x: width / 2 + drift * (t - duration / 2),
      y: groundY - 0.93 * leg + (vo / 2) * Math.cos(TAU * 2 * (phaseOf(t, 'left') - duty / 2)),
    };
    const kps: KeypointMap = {};
    const put = (name: KeypointName, x: number, y: number, score = 0.9): void => {
      kps[name] = { x: x + noisePx * noise(), y: y + noisePx * noise(), score };
    };
    for (const side of ['left', 'right'] as Side[]) {
      const p = phaseOf(t, side);
      const stance = p < duty;
      const u = stance ? p / duty : (p - duty) / (1 - duty);
      const heelRel = centre + amp * Math.cos(stance ? Math.PI * u : Math.PI * (1 + u));
      // Foot angle: contact -> flat at mid-stance -> toe-off (heel up) -> flat mid-swing -> contact.
      const angle = stance
        ? u < 0.5 ? ease(contactAngle, 0, u / 0.5) : ease(0, toeOffAngle, (u - 0.5) / 0.5)
        : u < 0.5 ? ease(toeOffAngle, 0, u / 0.5) : ease(0, contactAngle, (u - 0.5) / 0.5);
      // Foot frame: forward along the sole, toe up for positive angles (image y down).
      const along = { x: dir * Math.cos(angle), y: -Math.sin(angle) };
      const up = { x: dir * -Math.sin(angle), y: -Math.cos(angle) };
      // The lower of heel and toe rests on the ground in stance and rises over the swing.
      const lift = stance ? 0 : 0.35 * leg * Math.sin(Math.PI * u);
      const lowest = Math.max(0, foot * along.y);
      const heel = { x: pelvis.x + dir * heelRel, y: groundY - lowest - lift };
      const toe = { x: heel.x + foot * along.x, y: heel.y + foot * along.y };
      const ankle = { x: heel.x + 0.22 * foot * along.x + 0.3 * foot * up.x, y: heel.y + 0.22 * foot * along.y + 0.3 * foot * up.y };
      // Knee: two-link IK, bending forward (toward the running direction).
      const dx = ankle.x - pelvis.x, dy = ankle.y - pelvis.y;
      const d = Math.min(Math.hypot(dx, dy), thigh + shank - 1e-6);
      const a = Math.acos(Math.min(1, (thigh * thigh + d * d - shank * shank) / (2 * thigh * d)));
      const base = Math.atan2(dy, dx);
      const kneeAngle = base - dir * a;
      const knee = { x: pelvis.x + thigh * Math.cos(kneeAngle), y: pelvis.y + thigh * Math.sin(kneeAngle) };
      const hipOffset = side === 'left' ? 4 : -4;
      put(`${side}_hip`, pelvis.x + hipOffset, pelvis.y);
      put(`${side}_knee`, knee.x, knee.y);
      put(`${side}_ankle`, ankle.x, ankle.y);
      if (!options.withoutFeet) {
        put(`${side}_heel`, heel.x, heel.y);
        put(`${side}_foot_index`, toe.x, toe.y);
      }
    }
    const torso = 0.75 * leg;
    const shoulder = { x: pelvis.x + dir * torso * Math.sin(lean), y: pelvis.y - torso * Math.cos(lean) };
    put('left_shoulder', shoulder.x + 3, shoulder.y);
    put('right_shoulder', shoulder.x - 3, shoulder.y);
    const head = { x: shoulder.x + dir * 0.05 * leg, y: shoulder.y - 0.3 * leg };
    put('nose', head.x + dir * 0.1 * leg, head.y);
    put('left_ear', head.x - dir * 0.02 * leg, head.y - 0.02 * leg);
    put('right_ear', head.x - dir * 0.02 * leg, head.y - 0.02 * leg);
    frames.push({ t, keypoints: kps, width, height, people: 1 });
  }
  return { frames, contacts, toeOffs, strideS: stride, legPx: leg };
}
