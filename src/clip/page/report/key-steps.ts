/** Which steps the report shows as key frames: one typical step per foot, at contact and toe-off. */
import { type RunningStep, stats } from '../../../shared/gait';
import type { Side } from '../../../shared/exercise-core';

/** The measures drawn on the key frames; a typical step is near the foot's mean in all of them. */
const DRAWN: ReadonlyArray<keyof RunningStep> = ['kneeFlexionAtContactDeg', 'shankAngleDeg', 'footStrikeAngleDeg', 'hipExtensionAtToeOffDeg'];

const numberOf = (s: RunningStep, k: keyof RunningStep): number | null => {
  const v = s[k];
  // An implausible strike angle (no class) is misplaced points, not a measure.
  if (k === 'footStrikeAngleDeg' && s.strike === null) return null;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/**
 * The foot's most typical step: among its steps with a toe-off, the one closest to the foot's
 * means (in standard deviations, summed over the drawn measures); a missing measure counts as far
 * off, so a step with everything measured wins over an equally typical one without.
 */
export function typicalStep(steps: readonly RunningStep[], foot: Side): RunningStep | null {
  const own = steps.filter((s) => s.foot === foot);
  const candidates = own.filter((s) => s.toeOffFrame !== null);
  const pool = candidates.length ? candidates : own;
  if (!pool.length) return null;
  const spread = DRAWN.map((k) => stats(own.map((s) => numberOf(s, k)).filter((v): v is number => v !== null)));
  const distance = (s: RunningStep): number =>
    DRAWN.reduce((sum, k, i) => {
      const v = numberOf(s, k), st = spread[i];
      if (!st) return sum;
      return sum + (v === null ? 3 : Math.abs(v - st.mean) / Math.max(st.sd, 1e-6));
    }, 0);
  return pool.reduce((best, s) => (distance(s) < distance(best) ? s : best));
}

export interface KeyFrame {
  id: string;
  foot: Side;
  kind: 'contact' | 'toe-off';
  frame: number;
  step: RunningStep;
}

export function keyFrames(steps: readonly RunningStep[]): KeyFrame[] {
  return (['left', 'right'] as const).flatMap((foot) => {
    const step = typicalStep(steps, foot);
    if (!step) return [];
    const contact: KeyFrame = { id: `${foot}-contact`, foot, kind: 'contact', frame: step.contactFrame, step };
    return step.toeOffFrame === null ? [contact] : [contact, { id: `${foot}-toe-off`, foot, kind: 'toe-off', frame: step.toeOffFrame, step }];
  });
}
