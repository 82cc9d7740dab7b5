import { useEffect, useRef } from 'react';
import { faultLabel } from '../fault-labels';
import type { KeyFrame } from '../../shared/exercise-core';
import { drawSkeleton } from '../skeleton';

/** The worst rep's key frame: the picture with its skeleton over it, faulty joints in red. */
export function KeyFrameView({ keyFrame }: { keyFrame: KeyFrame }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx) drawSkeleton(ctx, keyFrame.keypoints, new Set(keyFrame.faultyKeypoints), keyFrame.width, keyFrame.height);
  }, [keyFrame]);
  const faults = keyFrame.faults.map((f) => faultLabel(f)).join(', ');
  return (
    <figure className="key-frame" data-testid="key-frame">
      <div className="key-frame-picture" style={{ aspectRatio: `${keyFrame.width} / ${keyFrame.height}` }}>
        <img src={keyFrame.image} width={keyFrame.width} height={keyFrame.height} alt={`Rep ${keyFrame.repIndex}, the set's worst: ${faults}`} />
        <canvas ref={canvas} data-testid="key-frame-skeleton" />
      </div>
      <figcaption>Rep {keyFrame.repIndex}: {faults}</figcaption>
    </figure>
  );
}
