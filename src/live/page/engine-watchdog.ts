/**
 * No result for this long while the page is shown and frames flow: the worker died or hangs. A
 * slow engine (emulated graphics, 0.5-1.5 s a frame) gets ten of its own frame times.
 */
const WATCHDOG_MS = 6000;
/** The first result after a start may also wait for kernels to compile. */
const FIRST_RESULT_MS = 30_000;

/**
 * Tells a pose engine that stopped answering: no result for too long while the camera kept
 * delivering frames (a frozen camera is not the engine's fault). Times are performance.now() ms;
 * `offered` is the feed's count of camera frames offered so far.
 */
export class EngineWatchdog {
  private watchSince = 0;
  private lastResultAt: number | null = null;
  /** Camera frames offered when the last result came: the watchdog waits only while new ones arrive. */
  private offeredAtResult = 0;
  private lastInferMs = 0;

  /** A feed started or resumed: its first result may take longer. */
  restart(offered: number, now: number): void {
    this.lastResultAt = null;
    this.offeredAtResult = offered;
    this.watchSince = now;
  }

  result(inferMs: number, offered: number, now: number): void {
    this.lastResultAt = now;
    this.lastInferMs = inferMs;
    this.offeredAtResult = offered;
  }

  /** The engine stopped answering. */
  stalled(offered: number, now: number): boolean {
    if (offered === this.offeredAtResult) return false;
    const limit = this.lastResultAt === null ? FIRST_RESULT_MS : Math.max(WATCHDOG_MS, 10 * this.lastInferMs);
    return now - (this.lastResultAt ?? this.watchSince) > limit;
  }
}
