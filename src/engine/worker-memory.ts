import * as tf from '@tensorflow/tfjs-core';

/** The tfjs tensors a worker holds (its heap shows in the page's performance.measureUserAgentSpecificMemory). */
export interface WorkerMemory {
  tensors: number;
  tensorBytes: number;
}

export function workerMemory(): WorkerMemory {
  const { numTensors, numBytes } = tf.memory();
  return { tensors: numTensors, tensorBytes: numBytes };
}
