/**
 * Puts camera frame timestamps (microseconds on the capture clock, which is not the page's) on
 * this thread's performance.now() clock. The smallest gap seen between a frame's timestamp and its
 * arrival is taken as the delivery delay of a frame read the moment it came, so a frame's
 * "available at" is when it could first have been read, however late it was.
 */
export class CaptureClock {
  private offsetMs = Infinity;

  arrived(timestampUs: number, nowMs: number): void {
    this.offsetMs = Math.min(this.offsetMs, nowMs - timestampUs / 1000);
  }

  /** When the frame with this timestamp was (or could have been) first available, in performance.now() ms. */
  availableAt(timestampUs: number): number {
    return timestampUs / 1000 + (Number.isFinite(this.offsetMs) ? this.offsetMs : 0);
  }
}
