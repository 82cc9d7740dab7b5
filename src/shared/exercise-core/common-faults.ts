/** Faults more than one exercise checks, defined once; each exercise lists the ones it uses. */
import { bothSides } from '../pose';
import type { FaultDefinition } from './exercise-definition';

export const HIP_HIKE: FaultDefinition = { id: 'hip-hike', label: 'Hip hike', cue: 'hip-hike', keypoints: bothSides('hip') };
export const HIP_DROP: FaultDefinition = { id: 'hip-drop', label: 'Hip drop', cue: 'hip-drop', keypoints: bothSides('hip') };
export const SIDE_LEAN: FaultDefinition = {
  id: 'side-lean', label: 'Side lean', cue: 'side-lean', keypoints: [...bothSides('shoulder'), ...bothSides('hip')],
};
/** A hold at the top that ended before its seconds were up. */
export const SHORT_HOLD: FaultDefinition = { id: 'short-hold', label: 'Hold too short', cue: 'short-hold', keypoints: [] };

/** The standing checks of pelvis and trunk, made from the front (march, hip-flexor test). */
export const LIFT_FAULTS: readonly FaultDefinition[] = [HIP_HIKE, HIP_DROP, SIDE_LEAN];
