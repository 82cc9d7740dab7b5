/**
 * Exponential moving average with a time constant, so it behaves the same at 15 or 60 fps.
 * Pose models already smooth keypoints; this only takes the edge off derived scoring signals.
 */
export class Ema {
  private last: { t: number; v: number } | null = null;

  constructor(private readonly timeConstantS: number) {}

  get value(): number | null {
    return this.last?.v ?? null;
  }

  /** A sample older than the last one (time went backwards) restarts the filter. */
  update(t: number, v: number): number {
    const prev = this.last;
    if (!prev || t < prev.t || this.timeConstantS <= 0) {
      this.last = { t, v };
    } else {
      const alpha = 1 - Math.exp(-(t - prev.t) / this.timeConstantS);
      this.last = { t, v: prev.v + alpha * (v - prev.v) };
    }
    return this.last.v;
  }

  reset(): void {
    this.last = null;
  }
}
