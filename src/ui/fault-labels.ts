import { faultDefinition } from '../shared/exercises';
import type { RepRecord } from '../shared/exercise-core';

/** A fault's short name from its exercise's definition, for lists and summaries. */
export function faultLabel(id: string, side?: string): string {
  const label = faultDefinition(id)?.label ?? id.replace(/-/g, ' ');
  return side ? `${label} (${side})` : label;
}

/** One rep's verdict in words: its faults, "Good form", or no verdict when the keypoints were mostly lost. */
export function repVerdict(rep: RepRecord): string {
  if (rep.uncertain) return 'Uncertain: I lost sight of you for much of this rep';
  return rep.faults.length ? rep.faults.map((f) => faultLabel(f)).join(', ') : 'Good form';
}

/** What the camera's view could not check during a rep, or null when everything was checked. */
export function notCheckedText(rep: RepRecord): string | null {
  return rep.notChecked?.length ? `not checked from here: ${rep.notChecked.map((f) => faultLabel(f).toLowerCase()).join(', ')}` : null;
}
