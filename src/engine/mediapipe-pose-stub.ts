// pose-detection imports @mediapipe/pose for its optional 'mediapipe' runtime, whose pose.js has no
// ES export and breaks Vite's bundler. This app only uses the tfjs runtime (the mediapipe one cannot
// run in a module worker), so the import resolves here instead.
export class Pose {
  constructor() {
    throw new Error('The MediaPipe runtime is not bundled; use the tfjs runtime.');
  }
}
export const VERSION = 'stub';
