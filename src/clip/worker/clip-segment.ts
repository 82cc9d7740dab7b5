import * as tf from '@tensorflow/tfjs-core';
import { ClipError } from '../../shared/clip';
import { inSegment } from './clip-segments';
import type { ClipSegment, SegmentResult } from '../helper-contract';
import type { KeypointMap } from '../../shared/pose';
import type { PoseFrame } from '../../shared/exercise-core';
import type { ClipDecoder } from './clip-decoder';
import type { ClipModel } from './clip-model';
import { PEOPLE_INTERVAL_S } from '../../engine/people-counter';

function scaled(kps: KeypointMap, s: number): KeypointMap {
  if (s === 1) return kps;
  const out: KeypointMap = {};
  for (const [name, p] of Object.entries(kps) as Array<[keyof KeypointMap, NonNullable<KeypointMap[keyof KeypointMap]>]>) {
    out[name] = { ...p, x: p.x * s, y: p.y * s };
  }
  return out;
}

export interface SegmentControl {
  cancelled(): boolean;
  /** Called after each frame of the segment itself (not the lead-in). */
  onFrame(framesDone: number): void;
}

/**
 * Runs the model over one segment of the clip: the lead-in frames only settle the model's tracking;
 * the segment's own frames come back as poses in source pixels. A decoding failure part-way ends
 * the segment early (the file is damaged there); cancelling throws.
 */
export async function analyzeSegment(decoder: ClipDecoder, { model, people }: ClipModel, segment: ClipSegment, control: SegmentControl): Promise<SegmentResult> {
  const { width, height } = decoder.source;
  const frames: PoseFrame[] = [];
  try {
    for await (const frame of decoder.frames(segment.decodeFromS)) {
      if (control.cancelled()) throw new ClipError('cancelled', 'Analysis cancelled.');
      if (frame.t >= segment.toS) break;
      const pixels = tf.tensor3d(frame.rgb, [frame.height, frame.width, 3], 'int32');
      try {
        const detection = await model.estimate(pixels, frame.t * 1000);
        if (!inSegment(segment, frame.t)) continue;
        const count = await people?.update(pixels, frame.t, PEOPLE_INTERVAL_S.clip);
        frames.push({ t: frame.t, keypoints: scaled(detection.keypoints, frame.scale), ...(detection.world ? { world: detection.world } : {}), width, height, people: count });
      } finally {
        pixels.dispose();
      }
      control.onFrame(frames.length);
    }
  } catch (err) {
    if (err instanceof ClipError) throw err;
    return { frames, endedEarly: true };
  }
  return { frames, endedEarly: false };
}
