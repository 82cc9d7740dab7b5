/** Camera frames as the model takes them: the shared-memory exchange and pixel conversion. */
export { FrameExchange } from './frame-exchange';
export { copyFramePixels, FrameScratch } from './frame-pixels';
export { toRgb } from './yuv-to-rgb';
