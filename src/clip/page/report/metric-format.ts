/** How running measures read in the report: rounded to what 2D video can resolve, in plain units. */
import type { RunningReference } from '../../../shared/gait';

export interface FormattedNumber {
  number: string;
  /** Unit text that follows the number ('°', ' ms', '% of leg length'). */
  suffix: string;
}

/** A rounded number; never '-0'. */
export const fixedText = (v: number, digits = 0): string => Number(v.toFixed(digits)).toFixed(digits);

/**
 * Angles to whole degrees (2D video is good to about 5), times to whole milliseconds, leg-length
 * ratios as a percentage of leg length, which reads more naturally than a fraction.
 */
export function formatParts(v: number, unit: string): FormattedNumber {
  switch (unit) {
    case 'deg': return { number: fixedText(v), suffix: '°' };
    case 'ms': return { number: fixedText(v), suffix: ' ms' };
    case 'leg lengths': return { number: fixedText(100 * v), suffix: '% of leg length' };
    case 'steps/min': return { number: fixedText(v), suffix: ' steps/min' };
    default: return { number: fixedText(v, 1), suffix: ` ${unit}` };
  }
}

export const formatValue = (v: number, unit: string): string => {
  const p = formatParts(v, unit);
  return p.number + p.suffix;
};

/** The reference range in words, or null when the measure has none. */
export function referenceText(ref: RunningReference): string | null {
  const part = (v: number) => formatParts(v, ref.unit);
  if (ref.low !== undefined && ref.high !== undefined) return `Typical: ${part(ref.low).number}–${part(ref.high).number}${part(ref.high).suffix}`;
  if (ref.low !== undefined) return `Typical: ${formatValue(ref.low, ref.unit)} or more`;
  if (ref.high !== undefined) return `Typical: up to ${formatValue(ref.high, ref.unit)}`;
  return null;
}

export type RangePosition = 'below' | 'within' | 'above';

/** Where a value falls against the reference, compared at the precision it is shown with. */
export function rangePosition(v: number, ref: RunningReference): RangePosition | null {
  if (ref.low === undefined && ref.high === undefined) return null;
  const shown = (x: number) => Number(formatParts(x, ref.unit).number);
  if (ref.low !== undefined && shown(v) < shown(ref.low)) return 'below';
  if (ref.high !== undefined && shown(v) > shown(ref.high)) return 'above';
  return 'within';
}

export const RANGE_TEXT: Record<RangePosition, string> = {
  below: 'below the typical range',
  within: 'within the typical range',
  above: 'above the typical range',
};
