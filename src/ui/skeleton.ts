import { MIN_KEYPOINT_SCORE, SKELETON_EDGES, type KeypointMap, type KeypointName } from '../shared/pose';

const OK_COLOUR = '#3ddc97';
const FAULT_COLOUR = '#ff4d4f';

/** Draws the skeleton in the source frame's pixels; bones touching a faulty keypoint are red. */
export function drawSkeleton(
  ctx: CanvasRenderingContext2D,
  keypoints: KeypointMap,
  faulty: ReadonlySet<string>,
  width: number,
  height: number,
): void {
  if (ctx.canvas.width !== width || ctx.canvas.height !== height) {
    ctx.canvas.width = width;
    ctx.canvas.height = height;
  }
  ctx.clearRect(0, 0, width, height);
  const seen = (name: KeypointName) => {
    const k = keypoints[name];
    return k && k.score >= MIN_KEYPOINT_SCORE ? k : undefined;
  };
  const scale = Math.max(width, height) / 640;
  ctx.lineCap = 'round';
  ctx.lineWidth = 4 * scale;
  for (const [a, b] of SKELETON_EDGES) {
    const p = seen(a);
    const q = seen(b);
    if (!p || !q) continue;
    ctx.strokeStyle = faulty.has(a) || faulty.has(b) ? FAULT_COLOUR : OK_COLOUR;
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(q.x, q.y);
    ctx.stroke();
  }
  for (const [name, k] of Object.entries(keypoints)) {
    if (!k || k.score < MIN_KEYPOINT_SCORE) continue;
    ctx.fillStyle = faulty.has(name) ? FAULT_COLOUR : '#ffffff';
    ctx.beginPath();
    ctx.arc(k.x, k.y, 5 * scale, 0, Math.PI * 2);
    ctx.fill();
  }
}
