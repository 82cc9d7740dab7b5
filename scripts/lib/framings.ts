/**
 * The framings people film in, made from a real clip with an ffmpeg video filter: the end-to-end
 * tests run the live view and clip mode on them, and the README's framing table lists them.
 */
export interface Framing {
  id: string;
  /** What a person would see in the picture. */
  label: string;
  /** ffmpeg -vf filter; `center` is where the person stands across the picture (0 left, 1 right). */
  filter(center: number): string;
}

export const FRAMINGS: readonly Framing[] = [
  { id: 'feet-out', label: 'bottom 20% cut off: feet out of the picture (a laptop on a desk)', filter: () => 'crop=iw:ih*0.8:0:0' },
  { id: 'head-out', label: 'top 20% cut off: head out of the picture (a close camera)', filter: () => 'crop=iw:ih*0.8:0:ih*0.2' },
  { id: 'portrait', label: 'portrait 9:16 crop of a landscape clip (a phone held upright)', filter: (c) => `crop=ih*9/16:ih:(iw-ih*9/16)*${c}:0` },
  { id: 'tilted-4', label: 'picture turned 4 degrees (a phone leaned against a wall)', filter: () => 'rotate=4*PI/180' },
];

export function framing(id: string): Framing {
  const f = FRAMINGS.find((x) => x.id === id);
  if (!f) throw new Error(`no framing "${id}"`);
  return f;
}
