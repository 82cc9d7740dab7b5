/** Clip mode's pure part: what a clip analysis is, and concluding a rep set or a run from its frames. */
export { type ClipAnalysis, ClipError, type ClipErrorInfo, type ClipExercise, clipModel, type ClipProgress, type ClipSource, isClipExercise, MAX_CLIP_S, MIN_RUNNING_CLIP_S, SLOW_MOTION_FACTORS } from './clip-analysis';
export { type ClipOptions, concludeClip } from './clip-conclusion';
