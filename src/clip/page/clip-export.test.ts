import { describe, expect, it } from 'vitest';
import type { ClipAnalysis } from '../../shared/clip/clip-analysis';
import { analysisJson, csvCell, fileStem, framesCsv, stepsCsv } from './clip-export';
import { analyzeRunning } from '../../shared/gait';
import { syntheticRun } from '../../../test/support/synthetic-runner';
import { BLAZEPOSE_KEYPOINTS } from '../../shared/pose/keypoints';

function runningClip(): ClipAnalysis {
  const { frames } = syntheticRun({ fps: 60, durationS: 4, cadenceSpm: 170 });
  const first = frames[0]!;
  return {
    exercise: 'running', model: 'blazepose-lite', backend: 'wasm', workers: 2,
    source: { name: 'my run, "easy".mp4', container: 'MP4', codec: 'avc1', width: first.width, height: first.height, fps: 60, durationS: 4, frameCount: frames.length },
    frames, analysisS: 2.4, running: analyzeRunning(frames, { fps: 60 }), reps: null, warnings: [],
  };
}

/** Splits CSV text that has no quoted line breaks into rows of raw cells (quotes kept). */
const rowsOf = (text: string): string[][] => text.trimEnd().split('\r\n').map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));

describe('csvCell', () => {
  it('leaves plain values alone and writes null, undefined and non-finite numbers as empty cells', () => {
    expect(csvCell('rearfoot')).toBe('rearfoot');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes inside', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});

describe('fileStem', () => {
  it('drops the folder and extension and replaces characters unsafe in file names', () => {
    expect(fileStem('C:\\clips\\Morning run 12:30.MOV')).toBe('Morning-run-12-30');
    expect(fileStem('/home/me/track.day.mp4')).toBe('track.day');
    expect(fileStem('.mp4')).toBe('clip');
  });
});

describe('clip exports of a running clip', () => {
  const a = runningClip();
  const report = a.running!;

  it('the JSON summary has the source, cadence, metrics with reliability, steps and quality, and no per-frame arrays', () => {
    const json = JSON.parse(analysisJson(a)) as Record<string, any>;
    expect(json.source.name).toBe('my run, "easy".mp4');
    expect(json.model).toBe('blazepose-lite');
    expect(json.realtimeRatio).toBe(0.6);
    expect(json.running.cadenceSpm).toBeCloseTo(170, 0);
    expect(json.running.steps).toHaveLength(report.steps.length);
    expect(json.running.metrics.kneeFlexionAtContact).toMatchObject({
      label: report.summary.metrics.kneeFlexionAtContact.reference.label,
      unit: 'deg',
      reliability: { level: expect.stringMatching(/reliable|rough|unreliable/), reasons: expect.any(Array) },
    });
    expect(json.running.metrics.cadence.reference).toMatchObject({ low: 160, high: 180 });
    expect(json.running.quality.view).toBe('side');
    expect(json.running.perFrame).toBeUndefined();
    expect(json.frames).toBe(a.frames.length);
    expect(json.reps).toBeNull();
  });

  it('the frames CSV has one row per frame: keypoints of every BlazePose name, then the per-frame angles', () => {
    const rows = rowsOf(framesCsv(a));
    const header = rows[0]!;
    expect(header.slice(0, 5)).toEqual(['frame', 't_s', 'nose_x', 'nose_y', 'nose_score']);
    expect(header).toHaveLength(2 + 3 * BLAZEPOSE_KEYPOINTS.length + 7);
    expect(header.slice(-7)).toEqual(['knee_flexion_left_deg', 'knee_flexion_right_deg', 'trunk_lean_deg', 'foot_height_left_leg', 'foot_height_right_leg', 'legs_swapped', 'event']);
    expect(rows).toHaveLength(a.frames.length + 1);
    expect(rows.every((r) => r.length === header.length)).toBe(true);

    const col = (name: string) => header.indexOf(name);
    const step = report.steps[2]!;
    const row = rows[step.contactFrame + 1]!;
    expect(Number(row[col('frame')])).toBe(step.contactFrame);
    expect(Number(row[col('t_s')])).toBeCloseTo(a.frames[step.contactFrame]!.t, 3);
    expect(Number(row[col('left_knee_x')])).toBeCloseTo(a.frames[step.contactFrame]!.keypoints.left_knee!.x, 1);
    expect(Number(row[col('knee_flexion_left_deg')])).toBeCloseTo(report.perFrame.kneeFlexionDeg.left[step.contactFrame]!, 1);
    expect(row[col('event')]).toContain(`contact ${step.foot}`);
    // The synthetic runner has no arms: those cells are empty, not zero.
    expect(row[col('left_wrist_x')]).toBe('');
    expect(row[col('left_wrist_score')]).toBe('');
  });

  it('the steps CSV has one row per step with every step field, empty cells for missing values', () => {
    const rows = rowsOf(stepsCsv(a));
    const header = rows[0]!;
    expect(header).toEqual([
      'step', 'foot', 'contact_s', 'toe_off_s', 'contact_frame', 'toe_off_frame', 'contact_time_ms', 'foot_angle_deg',
      'foot_strike_angle_deg', 'strike', 'knee_flexion_at_contact_deg', 'shank_angle_deg', 'overstride_leg_lengths',
      'peak_knee_flexion_stance_deg', 'hip_extension_at_toe_off_deg', 'trunk_thigh_extension_at_toe_off_deg', 'trunk_lean_at_contact_deg',
    ]);
    expect(rows).toHaveLength(report.steps.length + 1);
    const first = report.steps[0]!;
    const cells = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(cells.step).toBe('1');
    expect(cells.foot).toBe(first.foot);
    expect(Number(cells.contact_frame)).toBe(first.contactFrame);
    expect(Number(cells.knee_flexion_at_contact_deg)).toBeCloseTo(first.kneeFlexionAtContactDeg!, 1);
    expect(cells.strike).toBe(first.strike ?? '');

    const noToeOff = { ...a, running: { ...report, steps: [{ ...first, toeOffS: null, toeOffFrame: null, contactTimeMs: null, strike: null }] } };
    const sparse = Object.fromEntries(header.map((h, i) => [h, rowsOf(stepsCsv(noToeOff))[1]![i]]));
    expect(sparse).toMatchObject({ toe_off_s: '', toe_off_frame: '', contact_time_ms: '', strike: '' });
  });
});

describe('clip exports of a rep exercise', () => {
  const running = runningClip();
  const a: ClipAnalysis = {
    ...running, exercise: 'squat', model: 'movenet-lightning', running: null,
    reps: { exercise: 'squat', view: 'side', durationS: 4, reps: { total: 2, left: 0, right: 0 }, repsDetail: [], faultCounts: { shallow: 1 } },
  };

  it('keeps the rep summary in the JSON and writes keypoints only in the frames CSV', () => {
    const json = JSON.parse(analysisJson(a)) as Record<string, any>;
    expect(json.running).toBeNull();
    expect(json.reps.faultCounts).toEqual({ shallow: 1 });
    const header = rowsOf(framesCsv(a))[0]!;
    expect(header.at(-1)).toBe('right_foot_index_score');
    expect(rowsOf(stepsCsv(a))).toHaveLength(1);
  });
});
