import type { ExerciseId } from '../../src/shared/exercise-core/session-types';

/** What every benchmark section gets: the served app, the camera clip and the time budget. */
export interface BenchContext {
  appUrl: string;
  /** The clip, and the .y4m Chromium plays (and loops) as the camera. */
  clipPath: string;
  cameraFile: string;
  exercise: ExerciseId;
  /** Measurement window per configuration, after warmupS of warm-up. */
  seconds: number;
  warmupS: number;
  /** How long the bare model runs per model and backend. */
  bareSeconds: number;
  /** Progress lines go to stderr, so stdout keeps only the tables. */
  log(line: string): void;
}
