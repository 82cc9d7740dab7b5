/**
 * Reads keypoint sequences stored as CSV (the UI-PRMD export in /work/shared/keypoints/ui-prmd/):
 * columns `frame`, `t_s`, optional `rep`, then `<name>_u`, `<name>_v` and optional `<name>_score`
 * per keypoint, in any length unit with v pointing down. Without a score column a keypoint scores 1.
 */
import { BLAZEPOSE_KEYPOINTS, type KeypointMap, type KeypointName } from '../../src/shared/pose/keypoints';
import type { PoseFrame } from '../../src/shared/exercise-core/session-types';

export interface KeypointCsvOptions {
  /** Empty border around the body's overall extent, as a share of that extent (the frame is square). */
  margin?: number;
}

export interface KeypointCsv {
  frames: PoseFrame[];
  /** The `rep` column (labelled repetition per frame), or null when the file has none. */
  repLabels: Array<number | null> | null;
}

const DEFAULT_MARGIN = 0.25;

/**
 * Coordinates are shifted into a square frame whose side is the larger extent of all keypoints over
 * the whole file plus `margin` on each side, so framing checks see the whole body well inside it.
 */
export function parseKeypointCsvWithLabels(text: string, options: KeypointCsvOptions = {}): KeypointCsv {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]?.split(',').map((h) => h.trim());
  if (!header) throw new Error('keypoint CSV is empty');
  const col = (name: string) => header.indexOf(name);
  const tCol = col('t_s');
  if (tCol < 0) throw new Error('keypoint CSV has no t_s column');
  const repCol = col('rep');
  const points = BLAZEPOSE_KEYPOINTS.filter((n) => col(`${n}_u`) >= 0 && col(`${n}_v`) >= 0).map((name) => ({
    name, u: col(`${name}_u`), v: col(`${name}_v`), score: col(`${name}_score`),
  }));
  if (points.length === 0) throw new Error('keypoint CSV has no <name>_u/<name>_v columns');

  const raw: Array<{ t: number; kps: Array<{ name: KeypointName; u: number; v: number; score: number }> }> = [];
  const repLabels: Array<number | null> = [];
  for (const [i, line] of lines.slice(1).entries()) {
    const cells = line.split(',');
    const num = (c: number) => (c >= 0 && cells[c]?.trim() ? Number(cells[c]) : NaN);
    const t = num(tCol);
    if (!Number.isFinite(t)) throw new Error(`keypoint CSV line ${i + 2}: bad t_s`);
    const kps = points.flatMap((p) => {
      const u = num(p.u), v = num(p.v), s = p.score >= 0 ? num(p.score) : 1;
      return Number.isFinite(u) && Number.isFinite(v) && Number.isFinite(s) ? [{ name: p.name, u, v, score: s }] : [];
    });
    raw.push({ t, kps });
    const rep = num(repCol);
    repLabels.push(Number.isFinite(rep) ? rep : null);
  }

  let uMin = Infinity, uMax = -Infinity, vMin = Infinity, vMax = -Infinity;
  for (const f of raw) {
    for (const k of f.kps) {
      uMin = Math.min(uMin, k.u); uMax = Math.max(uMax, k.u);
      vMin = Math.min(vMin, k.v); vMax = Math.max(vMax, k.v);
    }
  }
  const extent = Math.max(uMax - uMin, vMax - vMin, Number.EPSILON);
  const size = extent * (1 + 2 * (options.margin ?? DEFAULT_MARGIN));
  const dx = (size - (uMax - uMin)) / 2 - uMin, dy = (size - (vMax - vMin)) / 2 - vMin;
  const frames = raw.map((f): PoseFrame => {
    const keypoints: KeypointMap = {};
    for (const k of f.kps) keypoints[k.name] = { x: k.u + dx, y: k.v + dy, score: k.score };
    return { t: f.t, keypoints, width: size, height: size };
  });
  return { frames, repLabels: repCol >= 0 ? repLabels : null };
}

export function parseKeypointCsv(text: string, options?: KeypointCsvOptions): PoseFrame[] {
  return parseKeypointCsvWithLabels(text, options).frames;
}
