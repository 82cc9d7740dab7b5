import type { RepRecord } from '../shared/exercise-core/session-types';

/** Short names of the form faults, for lists and summaries (cue sentences live in cues.ts). */
const FAULT_LABELS: Record<string, string> = {
  'hip-hike': 'Hip hike',
  'hip-drop': 'Hip drop',
  'side-lean': 'Side lean',
  'low-lift': 'Knee below target',
  'short-hold': 'Hold too short',
  'knee-low': 'Knee dropped',
  shallow: 'Shallow',
  'knees-in': 'Knees caving in',
  'hip-shift': 'Hips shifted',
  'forward-lean': 'Leaning forward',
  'heel-lift': 'Heels lifting',
  'tempo-down': 'Lowering tempo',
  'tempo-bottom': 'Pause at bottom',
  'tempo-up': 'Rising tempo',
  'knee-bent': 'Knee bent',
  'hips-uneven': 'Hips uneven',
  'too-fast': 'Too fast',
  'tilt-rushed': 'Too fast',
  'hips-lift': 'Hips lifting (pushing through the feet)',
  'knee-not-up': 'Knee not up to chest',
  'low-bridge': 'Hips not fully up',
  'arm-still': 'Opposite arm still',
};

export function faultLabel(id: string, side?: string): string {
  const label = FAULT_LABELS[id] ?? id.replace(/-/g, ' ');
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
