/**
 * A set that goes on in a fresh session: after a page reload or a restarted pose worker, the reps
 * already done are carried into the new session's counts and summary.
 */
import { countFaults, type ExerciseSession, type KeyFrame, type SetSummary } from '../../shared/exercise-core';
import { SIDES } from '../../shared/pose';

/** The best hold per side across both parts (each part reports its best). */
function joinHolds(a: SetSummary['holds'], b: SetSummary['holds']): SetSummary['holds'] {
  if (!a || !b) return a ?? b;
  const seconds = { left: 0, right: 0 };
  const brokeAt: NonNullable<NonNullable<SetSummary['holds']>['brokeAt']> = {};
  for (const side of SIDES) {
    const best = b[side] > a[side] ? b : a;
    seconds[side] = best[side];
    const broke = best.brokeAt?.[side];
    if (broke) brokeAt[side] = broke;
  }
  return { ...seconds, differenceS: Math.abs(seconds.left - seconds.right), brokeAt };
}

/**
 * One summary of a set done in two parts. Reps are numbered on from the earlier part's count; their
 * times stay as each part measured them (each part has its own clock).
 */
export function joinSetParts(earlier: SetSummary, later: SetSummary): SetSummary {
  if (earlier.exercise !== later.exercise) throw new Error(`Cannot join a ${earlier.exercise} set with a ${later.exercise} set.`);
  // Numbered on from the earlier count (a rep counted just before a reload may lack its record).
  const offset = Math.max(earlier.reps.total, ...earlier.repsDetail.map((r) => r.index));
  const repsDetail = [...earlier.repsDetail, ...later.repsDetail.map((r) => ({ ...r, index: r.index + offset }))];
  const holds = joinHolds(earlier.holds, later.holds);
  return {
    exercise: later.exercise,
    view: later.view ?? earlier.view,
    durationS: earlier.durationS + later.durationS,
    reps: {
      total: earlier.reps.total + later.reps.total,
      left: earlier.reps.left + later.reps.left,
      right: earlier.reps.right + later.reps.right,
    },
    repsDetail,
    ...(holds ? { holds } : {}),
    faultCounts: countFaults(repsDetail),
    ...(later.checks ?? earlier.checks ? { checks: later.checks ?? earlier.checks } : {}),
    ...(worseKeyFrame(earlier.keyFrame, later.keyFrame && { ...later.keyFrame, repIndex: later.keyFrame.repIndex + offset }) ?? {}),
  };
}

/** The key frame of the rep with more faults; the earlier one on a tie. */
function worseKeyFrame(a: KeyFrame | undefined, b: KeyFrame | undefined): { keyFrame: KeyFrame } | undefined {
  const keyFrame = !b || (a && a.faults.length >= b.faults.length) ? a : b;
  return keyFrame ? { keyFrame } : undefined;
}

/** The session, counting on from the reps of an earlier part of the same set. */
export function continueSet(session: ExerciseSession, earlier: SetSummary): ExerciseSession {
  return {
    update(frame) {
      const snap = session.update(frame);
      return {
        ...snap,
        reps: { total: snap.reps.total + earlier.reps.total, left: snap.reps.left + earlier.reps.left, right: snap.reps.right + earlier.reps.right },
      };
    },
    progress: () => joinSetParts(earlier, session.progress()),
    finish: () => joinSetParts(earlier, session.finish()),
  };
}
