/**
 * The newest camera frame, handed from the page to the pose worker through shared memory (a
 * triple buffer): the page writes each frame into its back buffer and publishes it; the worker,
 * whenever it is free, takes the most recently published one. Nothing queues, so the worker never
 * starts on a frame older than the newest (messages posted while a worker computes are delivered
 * late and one at a time: frames arrived 60-95 ms old that way on a 2-core laptop).
 *
 * The writer and the reader each own one buffer; the third is the published one. Publishing swaps
 * the writer's buffer with it, taking swaps the reader's, so neither ever touches a buffer the
 * other is using.
 */

const FRESH = 4;
/** Control words: the published buffer (| FRESH until taken), closed, a change counter to wait on. */
const STATE = 0, CLOSED = 1, CHANGES = 2;
const CONTROL_BYTES = 16;
/** Per buffer: capture time (s), availableAt (ms), width, height, prepMs. */
const META = 5;
const META_BYTES = 3 * META * 8;

/** A frame's RGB pixels at model size, row by row (a [height, width, 3] tensor's data). */
export interface ExchangedFrame {
  /** Valid until the next take(). */
  rgb: Int32Array;
  width: number;
  height: number;
  /** Capture time, seconds. */
  t: number;
  /** When the page received the camera frame, as performance.timeOrigin + performance.now() ms. */
  availableAt: number;
  /** Copying and converting it for the model. */
  prepMs: number;
}

export class FrameExchange {
  private readonly control: Int32Array;
  private readonly meta: Float64Array;
  /** Int32 values each buffer holds. */
  readonly capacity: number;
  private back = 0;
  private front = 1;

  /** Opens an exchange whose memory the other side created. */
  constructor(readonly shared: SharedArrayBuffer) {
    this.control = new Int32Array(shared, 0, 4);
    this.meta = new Float64Array(shared, CONTROL_BYTES, 3 * META);
    this.capacity = (shared.byteLength - CONTROL_BYTES - META_BYTES) / 12;
  }

  /** An exchange for frames of up to `pixels` pixels. */
  static create(pixels: number): FrameExchange {
    const exchange = new FrameExchange(new SharedArrayBuffer(CONTROL_BYTES + META_BYTES + 3 * pixels * 3 * 4));
    Atomics.store(exchange.control, STATE, 2);
    return exchange;
  }

  private buffer(index: number, length = this.capacity): Int32Array {
    return new Int32Array(this.shared, CONTROL_BYTES + META_BYTES + index * this.capacity * 4, length);
  }

  /** Writer: the buffer to write the next frame into (width x height x 3 values). */
  backBuffer(width: number, height: number): Int32Array {
    if (width * height * 3 > this.capacity) throw new RangeError(`A ${width}x${height} frame does not fit the exchange.`);
    return this.buffer(this.back, width * height * 3);
  }

  /** Writer: publishes the frame now in the back buffer. */
  publish(frame: Omit<ExchangedFrame, 'rgb'>): void {
    this.meta.set([frame.t, frame.availableAt, frame.width, frame.height, frame.prepMs], this.back * META);
    this.back = Atomics.exchange(this.control, STATE, this.back | FRESH) & 3;
    this.changed();
  }

  /** Either side: no more frames; a waiting take() returns null. */
  close(): void {
    Atomics.store(this.control, CLOSED, 1);
    this.changed();
  }

  get closed(): boolean {
    return Atomics.load(this.control, CLOSED) === 1;
  }

  private changed(): void {
    Atomics.add(this.control, CHANGES, 1);
    Atomics.notify(this.control, CHANGES);
  }

  /** Reader: the newest frame not taken yet, waiting for one if needed; null once closed. */
  async take(): Promise<ExchangedFrame | null> {
    for (;;) {
      if (this.closed) return null;
      const changes = Atomics.load(this.control, CHANGES);
      if (Atomics.load(this.control, STATE) & FRESH) break;
      const wait = Atomics.waitAsync(this.control, CHANGES, changes);
      if (wait.async) await wait.value;
    }
    this.front = Atomics.exchange(this.control, STATE, this.front) & 3;
    const [t = 0, availableAt = 0, width = 0, height = 0, prepMs = 0] = this.meta.subarray(this.front * META, this.front * META + META);
    return { rgb: this.buffer(this.front, width * height * 3), width, height, t, availableAt, prepMs };
  }
}
