/**
 * Reference ranges of the running measures, with what each means in plain words and where the
 * number comes from. Ranges are rough guides for healthy adult runners, not pass/fail lines; where
 * no study gives a cut-off, the source says so.
 */
export type RunningMetricId =
  | 'cadence'
  | 'contactTime'
  | 'footStrike'
  | 'kneeFlexionAtContact'
  | 'shankAngle'
  | 'overstride'
  | 'peakKneeFlexionStance'
  | 'hipExtensionAtToeOff'
  | 'trunkThighExtensionAtToeOff'
  | 'trunkLean'
  | 'verticalOscillation';

export interface RunningReference {
  label: string;
  unit: string;
  /** Typical or target range; a missing end is open. */
  low?: number;
  high?: number;
  meaning: string;
  source: string;
}

export const RUNNING_REFERENCES: Readonly<Record<RunningMetricId, RunningReference>> = {
  cadence: {
    label: 'Cadence', unit: 'steps/min', low: 160, high: 180,
    meaning: 'Steps per minute. Most runners choose 160-180 (elites up to about 210); taking 5-10% more, shorter steps at the same speed eases the load on knees and hips.',
    source: 'Heiderscheit et al. 2011 (cadence and joint loading); FORM-SPEC',
  },
  contactTime: {
    label: 'Ground contact time', unit: 'ms', low: 200, high: 300,
    meaning: 'How long each foot stays on the ground. Recreational runners are typically around 200-300 ms; it shortens as speed rises.',
    source: 'Typical values in running biomechanics studies; rule of thumb, no injury cut-off',
  },
  footStrike: {
    label: 'Foot strike', unit: 'deg',
    meaning: 'How the foot meets the ground: heel first (strike angle above about 8 deg toe-up), flat (midfoot), or ball first (below about -1.6 deg). No one pattern is proven safer; heel striking with a straight knee far in front of the body is the pattern to question.',
    source: 'Altman & Davis 2012 (strike angle classes); FORM-SPEC',
  },
  kneeFlexionAtContact: {
    label: 'Knee bend at contact', unit: 'deg', low: 10, high: 25,
    meaning: 'A slightly bent knee as the foot lands lets the leg absorb the impact; an almost straight knee sends it up the leg.',
    source: 'Commonly reported range for treadmill running (e.g. Souza 2016 review); rule of thumb',
  },
  shankAngle: {
    label: 'Shin angle at contact', unit: 'deg', low: 0, high: 10,
    meaning: 'Shin tilt from vertical as the foot lands, positive with the foot out in front of the knee. A large forward tilt is a sign of reaching out (overstriding).',
    source: 'Souza 2016 (tibia angle at initial contact as an overstride sign); no validated cut-off',
  },
  overstride: {
    label: 'Foot ahead of hips at contact', unit: 'leg lengths', high: 0.3,
    meaning: 'How far in front of the hips the foot lands, as a share of leg length. Landing closer under the body usually comes with a higher cadence and less braking.',
    source: 'No validated cut-off; lower is generally preferred (Heiderscheit 2011 shows it shrinking with higher cadence)',
  },
  peakKneeFlexionStance: {
    label: 'Knee bend in stance (peak)', unit: 'deg', low: 40,
    meaning: 'The most the knee bends while the foot is on the ground. Well under about 40-45 deg suggests the leg is too stiff to absorb the landing.',
    source: 'Souza 2016; FORM-SPEC',
  },
  hipExtensionAtToeOff: {
    label: 'Hip extension at push-off', unit: 'deg', low: 10, high: 25,
    meaning: 'How far the thigh reaches behind vertical as the foot leaves the ground.',
    source: 'Typical sagittal values in running studies; rule of thumb',
  },
  trunkThighExtensionAtToeOff: {
    label: 'Pelvic tilt / lower-back arch (proxy)', unit: 'deg',
    meaning: 'No pose model sees the pelvis or the lower back, so this is a stand-in: how far the thigh goes behind the line of the trunk at push-off. The hip joint itself extends only so far; a large value suggests the pelvis tipping forward and the lower back arching to get the leg behind, the pattern linked with front-of-hip (hip flexor) pain. Compare a runner with themselves over time rather than with a norm.',
    source: 'Proxy of our own, explained in FORM-SPEC; no validated range',
  },
  trunkLean: {
    label: 'Trunk forward lean', unit: 'deg', low: 3, high: 11,
    meaning: 'Lean of the trunk (hips to shoulders) from vertical. Runners choose about 7 deg (plus or minus 4); more lean shifts load from the knees to the hips and back.',
    source: 'Teng & Powers 2014; FORM-SPEC',
  },
  verticalOscillation: {
    label: 'Vertical bounce', unit: 'leg lengths', low: 0.06, high: 0.12,
    meaning: 'How much the hips rise and fall each step, as a share of leg length (about 5-10 cm for most adults). Bouncing much more spends energy going up instead of forward.',
    source: 'Typical values from running studies and sports watches; rule of thumb',
  },
};
