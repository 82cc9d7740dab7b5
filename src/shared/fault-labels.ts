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
  'knee-not-up': 'Knee not up to chest',
  'low-bridge': 'Hips not fully up',
  'arm-still': 'Opposite arm still',
};

export function faultLabel(id: string, side?: string): string {
  const label = FAULT_LABELS[id] ?? id.replace(/-/g, ' ');
  return side ? `${label} (${side})` : label;
}
