/**
 * Draws a video frame with the model's skeleton and the measured angles onto a canvas, cropped to
 * the runner. Legs are coloured by side (the charts' colours), after the analysis' swap repair, so
 * the leg drawn blue is the one the left-leg numbers belong to.
 */
import { type Point, MIN_KEYPOINT_SCORE, SKELETON_EDGES, type KeypointName } from '../../../shared/pose';
import type { PoseFrame, Side } from '../../../shared/exercise-core';
import { repairedSide, type Overlay, type Rect } from './frame-overlay';

export const SIDE_COLOUR: Record<Side, string> = { left: '#58a6ff', right: '#ffa657' };
const CENTRE_COLOUR = '#e6edf3';
const BACKGROUND = '#0d1117';

export interface FrameDrawing {
  /** The decoded frame at source size; null draws the skeleton on a plain background. */
  image: ImageBitmap | null;
  frame: PoseFrame;
  /** The model's left/right leg labels were exchanged in this frame by the analysis. */
  swapped: boolean;
  overlay: Overlay;
  crop: Rect;
  /** Text in a band along the bottom edge (e.g. which foot, which event, when). */
  caption?: string;
}

const sideOfName = (name: KeypointName): Side | null => (name.startsWith('left_') ? 'left' : name.startsWith('right_') ? 'right' : null);

function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Sizes the canvas to the crop (at most `maxHeight` tall, at most twice the source size) and draws. */
export function drawFrame(canvas: HTMLCanvasElement, d: FrameDrawing, maxHeight: number): void {
  const scale = Math.min(2, maxHeight / d.crop.h);
  const width = Math.round(d.crop.w * scale), height = Math.round(d.crop.h * scale);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const toCanvas = (p: Point): Point => ({ x: (p.x - d.crop.x) * scale, y: (p.y - d.crop.y) * scale });

  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  if (d.image) {
    ctx.setTransform(scale, 0, 0, scale, -d.crop.x * scale, -d.crop.y * scale);
    ctx.drawImage(d.image, 0, 0, d.frame.width, d.frame.height);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  }

  const line = Math.max(2, height / 240);
  const seen = (name: KeypointName): Point | null => {
    const k = d.frame.keypoints[name];
    return k && k.score >= MIN_KEYPOINT_SCORE ? toCanvas(k) : null;
  };
  const colourOf = (a: KeypointName, b: KeypointName): string => {
    const sa = sideOfName(a), sb = sideOfName(b);
    return sa && sa === sb ? SIDE_COLOUR[repairedSide(sa, d.swapped)] : CENTRE_COLOUR;
  };

  ctx.lineCap = 'round';
  ctx.setLineDash([3 * line, 3 * line]);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.75)';
  ctx.lineWidth = line * 0.75;
  for (const [a, b] of d.overlay.guides) {
    const p = toCanvas(a), q = toCanvas(b);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(q.x, q.y);
    ctx.stroke();
  }
  ctx.setLineDash([]);

  // A dark outline under each bone keeps it visible on light clothes and backgrounds.
  for (const pass of ['outline', 'colour'] as const) {
    for (const [a, b] of SKELETON_EDGES) {
      const p = seen(a), q = seen(b);
      if (!p || !q) continue;
      ctx.strokeStyle = pass === 'outline' ? 'rgba(0, 0, 0, 0.55)' : colourOf(a, b);
      ctx.lineWidth = pass === 'outline' ? line + 2 : line;
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(q.x, q.y);
      ctx.stroke();
    }
  }
  for (const name of Object.keys(d.frame.keypoints) as KeypointName[]) {
    const p = seen(name);
    if (!p) continue;
    const side = sideOfName(name);
    ctx.fillStyle = side ? SIDE_COLOUR[repairedSide(side, d.swapped)] : CENTRE_COLOUR;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.6)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.arc(p.x, p.y, line * 1.3, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }

  drawLabels(ctx, d.overlay, toCanvas, width, height);
  if (d.caption) drawCaption(ctx, d.caption, width, height);
}

const fontPx = (height: number): number => Math.max(12, Math.round(height / 26));

function drawLabels(ctx: CanvasRenderingContext2D, overlay: Overlay, toCanvas: (p: Point) => Point, width: number, height: number): void {
  const size = fontPx(height);
  ctx.font = `600 ${size}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  const pad = size * 0.35, boxH = size * 1.5, gap = size * 0.7;
  const placed: Rect[] = [];
  const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const l of [...overlay.labels].sort((a, b) => a.at.y - b.at.y)) {
    const at = toCanvas(l.at);
    const w = ctx.measureText(l.text).width + 2 * pad;
    const box: Rect = { x: l.towards === 1 ? at.x + gap : at.x - gap - w, y: at.y - boxH / 2, w, h: boxH };
    box.x = Math.max(2, Math.min(width - w - 2, box.x));
    // Labels of nearby joints stack downwards instead of covering each other.
    while (placed.some((p) => overlaps(p, box))) box.y += boxH + 2;
    box.y = Math.max(2, Math.min(height - boxH - 2, box.y));
    placed.push(box);
    roundedRect(ctx, box.x, box.y, box.w, box.h, size * 0.3);
    ctx.fillStyle = 'rgba(13, 17, 23, 0.85)';
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = l.side ? SIDE_COLOUR[l.side] : CENTRE_COLOUR;
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(l.text, box.x + pad, box.y + boxH / 2);
  }
}

function drawCaption(ctx: CanvasRenderingContext2D, caption: string, width: number, height: number): void {
  const size = fontPx(height);
  const band = size * 1.8;
  ctx.fillStyle = 'rgba(0, 0, 0, 0.72)';
  ctx.fillRect(0, height - band, width, band);
  ctx.font = `600 ${size}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  ctx.fillText(caption, size * 0.6, height - band / 2, width - size * 1.2);
}
