/** 2D geometry in image coordinates (x right, y down); angles in degrees. */
export interface Point {
  x: number;
  y: number;
}

export const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

export const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

export const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** Interior angle a-b-c at b, 0..180 (180 = straight). */
export function angleAt(a: Point, b: Point, c: Point): number {
  const v1x = a.x - b.x, v1y = a.y - b.y;
  const v2x = c.x - b.x, v2y = c.y - b.y;
  return Math.abs(toDegrees(Math.atan2(v1x * v2y - v1y * v2x, v1x * v2x + v1y * v2y)));
}

/** Signed angle of the segment from -> to against image vertical (pointing up): positive when `to` lies toward +x. */
export function angleFromVertical(from: Point, to: Point): number {
  return toDegrees(Math.atan2(to.x - from.x, from.y - to.y));
}

/** Signed angle of the segment from -> to against image horizontal (pointing +x): positive when `to` is higher. */
export function angleFromHorizontal(from: Point, to: Point): number {
  return toDegrees(Math.atan2(from.y - to.y, to.x - from.x));
}

/** Median of the finite values; null when there are none. */
export function median(values: Iterable<number | null>): number | null {
  const v = [...values].filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}
