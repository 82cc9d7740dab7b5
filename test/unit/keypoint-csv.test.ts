import { describe, expect, it } from 'vitest';
import { parseKeypointCsv, parseKeypointCsvWithLabels } from '../../scripts/lib/keypoint-csv';

const CSV = [
  'frame,t_s,rep,left_hip_u,left_hip_v,right_hip_u,right_hip_v,left_knee_u,left_knee_v',
  '0,0.0000,1,10,-90,-10,-90,10,-50',
  '1,0.0333,1,11,-91,-9,-90,,',
  '2,0.0667,2,12,-92,-8,-90,12,-10',
].join('\n');

describe('keypoint CSV', () => {
  it('reads frames, times and rep labels; a missing cell is a missing keypoint', () => {
    const { frames, repLabels } = parseKeypointCsvWithLabels(CSV);
    expect(frames.map((f) => f.t)).toEqual([0, 0.0333, 0.0667]);
    expect(repLabels).toEqual([1, 1, 2]);
    expect(frames[1]!.keypoints.left_knee).toBeUndefined();
    expect(frames[0]!.keypoints.left_hip!.score).toBe(1);
  });

  it('keeps v pointing down and frames the whole take with a margin', () => {
    const frames = parseKeypointCsv(CSV, { margin: 0.5 });
    const f = frames[0]!;
    // Extent 82 (v -92..-10), so the square frame is 164 wide; the body sits in the middle.
    expect(f.width).toBeCloseTo(164);
    expect(f.height).toBeCloseTo(164);
    expect(f.keypoints.left_knee!.y - f.keypoints.left_hip!.y).toBeCloseTo(40);
    expect(f.keypoints.left_hip!.x - f.keypoints.right_hip!.x).toBeCloseTo(20);
    expect(frames[2]!.keypoints.left_hip!.y).toBeCloseTo(41);
  });

  it('reads score columns when present and works without a rep column', () => {
    const { frames, repLabels } = parseKeypointCsvWithLabels('frame,t_s,nose_u,nose_v,nose_score\n0,0.5,1,2,0.2\n');
    expect(repLabels).toBeNull();
    expect(frames[0]!.keypoints.nose!.score).toBe(0.2);
  });

  it('rejects files it cannot read', () => {
    expect(() => parseKeypointCsv('')).toThrow();
    expect(() => parseKeypointCsv('frame,nose_u,nose_v\n0,1,2')).toThrow(/t_s/);
    expect(() => parseKeypointCsv('frame,t_s\n0,0')).toThrow(/columns/);
  });
});
