/**
 * Frame-accurate decoding of a video file with mediabunny (container demuxing) and WebCodecs:
 * every frame with its own timestamp, the frame rate and duration from the container.
 */
import { ALL_FORMATS, BlobSource, CanvasSink, Input, VideoSampleSink, type InputVideoTrack } from 'mediabunny';
import { ClipError, type ClipSource } from '../../shared/clip';
import { copyFramePixels, FrameScratch, toRgb } from '../../shared/frames';

/** Frames go to the model at most this size (long side); the models work at 192-256 px anyway. */
const MAX_ANALYSIS_SIDE = 960;

export interface DecodedFrame {
  /** RGB at analysis size, row by row (a [height, width, 3] tensor's data); valid until the next frame. */
  rgb: Int32Array<ArrayBufferLike>;
  width: number;
  height: number;
  /** Seconds from the start of the video. */
  t: number;
  /** Multiply the frame's pixel coordinates by this to get source (display) pixels. */
  scale: number;
}

export class ClipDecoder {
  private readonly samples: VideoSampleSink;
  private readonly stillSink: CanvasSink;
  private readonly scale: number;
  private readonly width: number;
  private readonly height: number;
  /** The first frame's timestamp: frame times are reported from 0. */
  private readonly t0: number;

  private constructor(private readonly input: Input, track: InputVideoTrack, readonly source: ClipSource, t0: number) {
    const longSide = Math.max(source.width, source.height);
    this.scale = Math.max(1, longSide / MAX_ANALYSIS_SIDE);
    this.width = Math.round(source.width / this.scale);
    this.height = Math.round(source.height / this.scale);
    this.samples = new VideoSampleSink(track);
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

  /**
   * Every frame from fromS (seconds from the start) on, in presentation order, as RGB at analysis
   * size: each decoded frame is copied out and converted in one pass (no canvas, no bitmap), and
   * the decoder gets its buffer back at once.
   */
  async *frames(fromS = 0): AsyncGenerator<DecodedFrame> {
    const scratch = new FrameScratch();
    const rgb = new Int32Array(this.width * this.height * 3);
    for await (const sample of this.samples.samples(fromS + this.t0)) {
      const t = sample.timestamp - this.t0;
      let pixels;
      try {
        pixels = await copyFramePixels(sample, scratch);
      } finally {
        sample.close();
      }
      toRgb(pixels, this.width, this.height, rgb);
      yield { rgb, width: this.width, height: this.height, t, scale: this.scale };
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
