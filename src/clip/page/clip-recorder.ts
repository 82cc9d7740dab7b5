/** Records the camera to a WebM blob with MediaRecorder. */
const TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

export function recorderMimeType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return TYPES.find((t) => MediaRecorder.isTypeSupported(t)) ?? null;
}

export class ClipRecorder {
  private readonly chunks: Blob[] = [];
  private readonly recorder: MediaRecorder;
  private readonly stopped: Promise<Blob>;

  constructor(stream: MediaStream, mimeType: string) {
    this.recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 6_000_000 });
    this.recorder.addEventListener('dataavailable', (e) => {
      if (e.data.size > 0) this.chunks.push(e.data);
    });
    this.stopped = new Promise((resolve, reject) => {
      this.recorder.addEventListener('stop', () => resolve(new Blob(this.chunks, { type: mimeType })));
      this.recorder.addEventListener('error', () => reject(new Error('Recording failed.')));
    });
    this.recorder.start(1000);
  }

  stop(): Promise<Blob> {
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    return this.stopped;
  }
}
