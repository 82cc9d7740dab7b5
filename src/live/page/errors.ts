import { CameraError } from '../../ui/camera';
import { PoseEngineError } from './pose-errors';

export type ErrorAction = 'retry' | 'home' | 'summary';

export interface AppError {
  title: string;
  message: string;
  actions: ErrorAction[];
}

/** Turns anything thrown while starting or running a set into words a person can act on. */
export function describeError(err: unknown): AppError {
  if (err instanceof CameraError) {
    switch (err.kind) {
      case 'denied':
        return {
          title: 'Camera access is blocked',
          message: 'Allow camera access for this page (the camera icon in the address bar), then try again. The video stays on this device.',
          actions: ['retry', 'home'],
        };
      case 'not-found':
        return { title: 'No camera found', message: 'Connect a camera, or pick another one on the start page, then try again.', actions: ['retry', 'home'] };
      case 'busy':
        return { title: 'The camera is busy', message: 'Another app or tab is using the camera. Close it, then try again.', actions: ['retry', 'home'] };
      case 'lost':
        return {
          title: 'The camera stopped',
          message: `${err.message} Your reps so far are kept: see them, or reconnect the camera and carry on.`,
          actions: ['summary', 'retry', 'home'],
        };
      default:
        return { title: 'The camera could not start', message: err.message, actions: ['retry', 'home'] };
    }
  }
  if (err instanceof PoseEngineError) {
    switch (err.kind) {
      case 'model-file':
        return { title: 'The pose model failed to load', message: err.message, actions: ['retry', 'home'] };
      case 'backend':
        return {
          title: 'This browser cannot run the pose model',
          message: `${err.message} Turn WebAssembly (or hardware graphics) back on if it was switched off, or use an up-to-date Chrome, Edge, Firefox or Safari.`,
          actions: ['retry', 'home'],
        };
      case 'stopped':
        return { title: 'The pose engine stopped', message: err.message, actions: ['summary', 'retry', 'home'] };
      default:
        return { title: 'Something went wrong', message: err.message, actions: ['retry', 'home'] };
    }
  }
  const message = err instanceof Error ? err.message : String(err);
  return { title: 'Something went wrong', message, actions: ['retry', 'home'] };
}
