/**
 * Lets calls to a helper worker fail as soon as the helper dies. Promise.race against one
 * never-settling "crashed" promise would leak: every race leaves a reaction on that promise, and
 * with it the call's result (a segment's frames), for as long as the helper lives.
 */
export class CrashWatch {
  private readonly waiting = new Set<(err: Error) => void>();
  private crash: Error | null = null;

  /** The helper died: every call in flight, and every later one, rejects with err. */
  fail(err: Error): void {
    this.crash ??= err;
    for (const reject of this.waiting) reject(err);
    this.waiting.clear();
  }

  /** Settles as call does, or rejects when the helper dies first; keeps nothing once settled. */
  guard<P extends Promise<unknown>>(call: P): Promise<Awaited<P>> {
    if (this.crash) return Promise.reject(this.crash);
    return new Promise<Awaited<P>>((resolve, reject) => {
      this.waiting.add(reject);
      call.then((value) => resolve(value as Awaited<P>), reject).finally(() => this.waiting.delete(reject));
    });
  }

  /** Calls in flight (for tests). */
  get inFlight(): number {
    return this.waiting.size;
  }
}
