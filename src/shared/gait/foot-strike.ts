/**
 * Foot strike from the foot angle at contact (heel to toe against the floor) relative to the
 * runner's flat foot, after Altman & Davis 2012: above about 8 degrees toe-up the heel lands first
 * (rearfoot), below about -1.6 the forefoot does, in between the foot lands flat (midfoot).
 */
export type FootStrike = 'rearfoot' | 'midfoot' | 'forefoot';

export const REARFOOT_ABOVE_DEG = 8;
export const FOREFOOT_BELOW_DEG = -1.6;

/** Three classes from the strike angle (foot angle at contact minus the flat-foot angle). */
export function classifyFootStrike(strikeAngleDeg: number): FootStrike {
  if (strikeAngleDeg > REARFOOT_ABOVE_DEG) return 'rearfoot';
  if (strikeAngleDeg < FOREFOOT_BELOW_DEG) return 'forefoot';
  return 'midfoot';
}

/** The two-class split (heel first or not), which 2D video reads most reliably. */
export const isRearfootStrike = (strikeAngleDeg: number): boolean => strikeAngleDeg > REARFOOT_ABOVE_DEG;

/**
 * Strike angles beyond this (either way) are not feet landing but misplaced heel or toe points
 * (motion blur, a foot too small in the picture, the legs' points mixed): such a step gets no class.
 */
export const PLAUSIBLE_STRIKE_DEG = 40;

export const isPlausibleStrikeAngle = (strikeAngleDeg: number): boolean => Math.abs(strikeAngleDeg) <= PLAUSIBLE_STRIKE_DEG;
