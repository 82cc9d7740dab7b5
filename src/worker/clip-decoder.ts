/**
 * Frame-accurate decoding of a video file with mediabunny (container demuxing) and WebCodecs:
 * every frame with its own timestamp, the frame rate and duration from the container.
 */
import { ALL_FORMATS, BlobSource, CanvasSink, Input, type InputVideoTrack } from 'mediabunny';
import { ClipError, type ClipSource } from '../shared/clip-analysis';

/** Frames go to the model at most this size (long side); the models work at 192-256 px anyway. */
const MAX_ANALYSIS_SIDE = 960;

export interface DecodedFrame {
  bitmap: ImageBitmap;
  /** Seconds from the start of the video. */
  t: number;
  /** Multiply the bitmap's pixel coordinates by this to get source (display) pixels. */
  scale: number;
}

export class ClipDecoder {
  private readonly analysisSink: CanvasSink;
  private readonly stillSink: CanvasSink;
  private readonly scale: number;
  /** The first frame's timestamp: frame times are reported from 0. */
  private readonly t0: number;

  private constructor(private readonly input: Input, track: InputVideoTrack, readonly source: ClipSource, t0: number) {
    const longSide = Math.max(source.width, source.height);
    this.scale = Math.max(1, longSide / MAX_ANALYSIS_SIDE);
    const width = Math.round(source.width / this.scale), height = Math.round(source.height / this.scale);
    this.analysisSink = new CanvasSink(track, { width, height, fit: 'fill', poolSize: 2 });
    this.stillSink = new CanvasSink(track);
    this.t0 = t0;
  }

  /** Opens the file and reads its container; a file that is not a decodable video throws a ClipError. */
  static async open(file: Blob, name: string): Promise<ClipDecoder> {
    const input = new Input({ source: new BlobSource(file), formats: ALL_FORMATS });
    try {
      let format;
      try {
        format = await input.getFormat();
      } catch {
        throw new ClipError('corrupt', `"${name}" is not a video file this app can read (or it is damaged). Use an MP4, MOV or WebM video.`);
      }
      const track = await input.getPrimaryVideoTrack();
      if (!track) throw new ClipError('corrupt', `"${name}" has no video in it. Choose a video clip.`);
      if (!track.codec || !(await track.canDecode())) {
        const codec = (await track.getCodecParameterString().catch(() => null)) ?? track.codec;
        throw new ClipError('unsupported', `This browser cannot decode the video in "${name}" (${codec ? `codec ${codec}` : 'a codec it does not know'}). Convert it to H.264 MP4 or VP9 WebM, or record it in the app.`);
      }
      let stats, durationS, t0;
      try {
        [stats, durationS, t0] = await Promise.all([track.computePacketStats(), input.computeDuration(), track.getFirstTimestamp()]);
      } catch {
        throw new ClipError('corrupt', `"${name}" is damaged or incomplete: its frames cannot be read. Try exporting or copying the clip again.`);
      }
      if (stats.packetCount < 2 || !(stats.averagePacketRate > 0)) {
        throw new ClipError('corrupt', `"${name}" holds no playable frames. Try exporting or copying the clip again.`);
      }
      const source: ClipSource = {
        name,
        container: format.name,
        codec: await track.getCodecParameterString().catch(() => track.codec),
        width: track.displayWidth,
        height: track.displayHeight,
        fps: stats.averagePacketRate,
        durationS: Math.max(0, durationS - t0),
        frameCount: stats.packetCount,
      };
      return new ClipDecoder(input, track, source, t0);
    } catch (err) {
      input.dispose();
      throw err;
    }
  }

  /** Every frame from fromS (seconds from the start) on, in presentation order, scaled for the model. */
  async *frames(fromS = 0): AsyncGenerator<DecodedFrame> {
    for await (const wrapped of this.analysisSink.canvases(fromS + this.t0)) {
      const bitmap = await createImageBitmap(wrapped.canvas);
      yield { bitmap, t: wrapped.timestamp - this.t0, scale: this.scale };
    }
  }

  /** The frame shown at time t (seconds from the start), at full size, for key frames and the scrubber. */
  async still(t: number): Promise<ImageBitmap> {
    const wrapped = await this.stillSink.getCanvas(t + this.t0);
    if (!wrapped) throw new ClipError('corrupt', `No frame at ${t.toFixed(2)} s.`);
    return createImageBitmap(wrapped.canvas);
  }

  dispose(): void {
    this.input.dispose();
  }
}
