import type { KeypointName } from '../pose';
import type { Cue } from './session-types';

interface CueDef {
  text: string;
  /** Lower is more important: getting into position < corrections < status and praise. */
  priority: number;
  /** Spoken (corrections, milestones) or shown only (status hints). */
  speak: boolean;
}

/** Every user-facing cue sentence, in one place. */
export const CUES = {
  // Getting into position and calibrating.
  'no-person': { text: 'Step into view of the camera.', priority: 0, speak: true },
  'one-person': { text: 'Only one person in the picture, please.', priority: 1, speak: true },
  'too-close': { text: 'Move further from the camera so all of you fits in the picture.', priority: 2, speak: true },
  'show-feet': { text: 'Step back so I can see your feet.', priority: 3, speak: true },
  'show-head': { text: 'Step back so your head and shoulders are in the picture.', priority: 3, speak: true },
  'face-camera': { text: 'Turn to face the camera.', priority: 4, speak: true },
  'turn-side-on': { text: 'Turn side-on to the camera.', priority: 4, speak: true },
  'front-or-side': { text: 'Either face the camera squarely or turn fully side-on.', priority: 4, speak: true },
  'stand-tall': { text: 'Stand up tall with your feet under your hips.', priority: 6, speak: true },
  // The same for floor work, where the camera sits on the floor too.
  'floor-too-close': { text: 'Move the camera further away so all of you, head to feet, is in the picture.', priority: 2, speak: true },
  'floor-show-feet': { text: 'Move the camera so your feet are in the picture too.', priority: 3, speak: true },
  'floor-show-head': { text: 'Move the camera so your head and shoulders are in the picture too.', priority: 3, speak: true },
  'floor-camera-at-feet': {
    text: 'Put the camera on the floor at your feet, looking along your body, so it sees both hips.', priority: 4, speak: true,
  },
  'floor-camera-beside': { text: 'Put the camera on the floor beside you so it sees you side-on.', priority: 4, speak: true },
  'lie-down': { text: 'Lie on your back in the start position, face and whole body in view.', priority: 6, speak: true },
  'kneel-on-one-knee': { text: 'Kneel on one knee with the other foot flat in front of you, side-on to the camera.', priority: 6, speak: true },
  'hands-and-knees': { text: 'Get on your hands and knees, side-on to the camera, knees under your hips and hands under your shoulders.', priority: 6, speak: true },
  'hold-still': { text: 'Hold still for a moment while I measure you.', priority: 7, speak: false },
  ready: { text: 'All set. Start whenever you like.', priority: 40, speak: true },

  // Corrections, most important first.
  'knees-in': { text: 'Press your knees out so they stay in line with your toes.', priority: 10, speak: true },
  'side-lean': { text: 'Stay tall through your chest; no tipping to the side.', priority: 10, speak: true },
  'hip-hike': { text: 'Keep your hips level: lift from the thigh, not by hitching your waist.', priority: 11, speak: true },
  'forward-lean': { text: 'Chest up, you are tipping too far forward.', priority: 11, speak: true },
  'hip-drop': { text: 'Do not let the hip sag; firm up the standing side.', priority: 12, speak: true },
  'heel-lift': { text: 'Keep your heels planted.', priority: 12, speak: true },
  'hip-shift': { text: 'Sit straight down with your weight even on both feet.', priority: 13, speak: true },
  'knee-low': { text: 'Keep the knee up above hip height.', priority: 14, speak: true },
  shallow: { text: 'Go a little lower, aiming for thighs almost level with the floor.', priority: 15, speak: true },
  'low-lift': { text: 'Bring the knee up to hip height.', priority: 15, speak: true },
  'stretch-arching': { text: 'Do not lean back: tuck your tailbone under and keep your lower back long.', priority: 12, speak: true },
  'stretch-trunk-forward': { text: 'Lift your chest and stay tall over your hips.', priority: 13, speak: true },
  'stretch-hips-back': { text: 'Your hips drifted back: ease them forward again until you feel the stretch.', priority: 14, speak: true },
  'stretch-hips-forward': { text: 'Ease your hips forward until you feel a stretch at the front of the back hip.', priority: 25, speak: true },
  'hips-tip': { text: 'Keep both hips level, as if balancing a glass of water on your lower back.', priority: 11, speak: true },
  'trunk-sag': { text: 'Do not let your back sag: draw your belly in and keep your back flat.', priority: 12, speak: true },
  'leg-low': { text: 'Reach the leg straight back until it is level with your back.', priority: 15, speak: true },
  'arm-low': { text: 'Reach the opposite arm forward, level with your back.', priority: 16, speak: true },
  'low-curl': { text: 'Bring the heel higher behind you, until the lower leg is about level.', priority: 15, speak: true },
  'knee-forward': { text: 'Keep the knee pointing down; only the lower leg moves.', priority: 13, speak: true },
  'short-hold': { text: 'Hold the top a little longer.', priority: 16, speak: true },
  'knee-bent': { text: 'Keep the knee straight as the leg lifts.', priority: 14, speak: true },
  'hips-uneven': { text: 'Keep both hips at the same height.', priority: 11, speak: true },
  'too-fast': { text: 'Slow down: slide the heel in and out with control.', priority: 17, speak: true },
  'tilt-rushed': { text: 'Slower: tip the pelvis back gently, then let it go slowly.', priority: 17, speak: true },
  'hips-lift': { text: 'Keep your hips on the floor and your feet relaxed: tip the pelvis, do not push up.', priority: 11, speak: true },
  'knee-not-up': { text: 'Bring the knee further up toward your chest.', priority: 15, speak: true },
  'low-bridge': { text: 'Lift the hips higher, until shoulders, hips and knees line up.', priority: 15, speak: true },
  'arm-still': { text: 'Reach the opposite arm back overhead as the leg goes out.', priority: 15, speak: true },
  'tempo-down-fast': { text: 'Take the lowering more slowly.', priority: 17, speak: true },
  'tempo-down-slow': { text: 'Lower a little quicker.', priority: 17, speak: true },
  'tempo-bottom-short': { text: 'Pause a little longer at the bottom.', priority: 17, speak: true },
  'tempo-bottom-long': { text: 'Shorten the pause at the bottom.', priority: 17, speak: true },
  'tempo-up-fast': { text: 'Come up more slowly.', priority: 17, speak: true },
  'tempo-up-slow': { text: 'Drive up a little quicker.', priority: 17, speak: true },

  // Holds and milestones.
  'hold-done': { text: 'Good, lower the leg.', priority: 20, speak: true },
  'switch-sides': { text: 'That side is done. Switch legs when ready.', priority: 20, speak: true },
  'test-done': { text: 'Both sides done. Nice work.', priority: 20, speak: true },
  hold: { text: 'Hold it there.', priority: 30, speak: false },
  // What the camera's view cannot check: said once, shown while nothing more important is.
  'side-view-no-hike': {
    text: 'I see you from the side, where hip hiking can\'t be checked. For that, put the camera at your feet.', priority: 35, speak: true,
  },
  'squat-part-way': {
    text: 'You are turned part way to the camera, so some checks are off (the summary says which). Face the camera or turn fully side-on to have them all made.', priority: 36, speak: true,
  },
  'march-side-no-pelvis': {
    text: 'From this angle I count your knee lifts and their height, but cannot see whether your hips stay level. For that, put the camera in front of you.', priority: 35, speak: true,
  },
  'curl-side-no-pelvis': {
    text: 'From this angle I count your curls and how high the heel comes, but cannot see whether your hips stay level. For that, put the camera in front of you.', priority: 35, speak: true,
  },
  'hold-side-no-pelvis': {
    text: 'From this angle I time your hold on your knee height, but cannot see whether your hips stay level. For that, put the camera in front of you.', priority: 35, speak: true,
  },
  'feet-out-of-view': {
    text: 'Your feet are out of the picture. Reps still count; to have your knees and heels checked too, step back or tilt the camera down.', priority: 36, speak: true,
  },
  'shoulders-out-of-view': {
    text: 'Your shoulders are out of the picture. Reps still count; to have your upper body checked too, step back or tilt the camera up.', priority: 36, speak: true,
  },
  'end-view-no-height': {
    text: 'From here I can check your hips stay level, not how high they lift. For height, put the camera beside you.', priority: 35, speak: true,
  },
} as const satisfies Record<string, CueDef>;

export type CueKey = keyof typeof CUES | `cant-see:${KeypointName}`;

const PART_WORDS: Partial<Record<string, string>> = { foot_index: 'toes', nose: 'face' };
/** After framing and view cues, before asking the person to stand tall. */
const CANT_SEE_PRIORITY = 5;

/** "I can't see your left knee": a check whose keypoints are missing says so instead of guessing. */
function cantSeeText(name: KeypointName): string {
  const m = /^(left|right)_(.+)$/.exec(name);
  const part = m ? m[2]! : name;
  const words = PART_WORDS[part] ?? part.replace(/_/g, ' ');
  return `I can't see your ${m ? `${m[1]} ` : ''}${words}.`;
}

export function cue(key: CueKey): Cue {
  if (key.startsWith('cant-see:')) {
    return { key, text: cantSeeText(key.slice('cant-see:'.length) as KeypointName), priority: CANT_SEE_PRIORITY, speak: true };
  }
  const def: CueDef = CUES[key as keyof typeof CUES];
  return { key, text: def.text, priority: def.priority, speak: def.speak };
}
