import type { ExerciseDefinition, RepCounts } from './exercise-definition';
import type { CameraView, RepRecord, SetSummary } from './session-types';

/** What a set adds up to (so far, or at its end) from its tracker's rep records. */
export function summarizeSet(
  def: ExerciseDefinition,
  { repsDetail, holds }: { repsDetail: RepRecord[]; holds?: SetSummary['holds'] },
  reps: RepCounts,
  view: CameraView | null,
  durationS: number,
): SetSummary {
  return {
    exercise: def.info.id,
    view,
    durationS,
    reps: { ...reps },
    repsDetail,
    ...(holds ? { holds } : {}),
    faultCounts: countFaults(repsDetail),
    checks: (def.adjustable ?? []).map((a) => a.fault),
  };
}

/** How many reps showed each fault (a rep counts once per fault). */
export function countFaults(reps: readonly RepRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rep of reps) for (const id of new Set(rep.faults)) counts[id] = (counts[id] ?? 0) + 1;
  return counts;
}
