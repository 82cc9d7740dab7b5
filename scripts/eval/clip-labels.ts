/**
 * What each clip of ../shared/clips is expected to give, read off its manifest entry
 * (reps_or_steps, count_confidence): the exercise it shows, the count or cadence a person made,
 * and whether that count is exact enough to score. The manifest itself is never edited to match
 * the code; where its words do not fit an exercise the app has, the clip is listed with why.
 */
import type { ClipExercise } from '../../src/shared/clip-analysis';

export interface ClipLabel {
  file: string;
  exercise: ClipExercise;
  /** Reps (rep exercises) or steps a minute (running) the manifest gives. */
  expected: number;
  /**
   * The manifest marks the count approximate (confidence below high, "approx.", "~"): the
   * measured value is shown but kept out of the totals.
   */
  approximate: boolean;
  /** Running footage in slow motion: how many times slower than real time. */
  slowMotion?: number;
  /** The form notes call the reps clean: every flagged rep is a false flag. */
  clean?: boolean;
  /** In the quick set run inside the test command (short clips, several exercises). */
  quick?: boolean;
  /** The manifest's words this label rests on. */
  source: string;
}

export const CLIP_LABELS: readonly ClipLabel[] = [
  { file: 'squat_side_gymlytics.mp4', exercise: 'squat', expected: 8, approximate: false, clean: true, source: '8 reps in 0-20.0 s; high' },
  { file: 'squat_frontoblique_band_5fps_tfjs.mp4', exercise: 'squat', expected: 2, approximate: false, source: '3 descents, 2 complete reps + 3rd ends mid-ascent; high' },
  { file: 'squat_front_counteroverlay_rjsong.mp4', exercise: 'squat', expected: 20, approximate: false, clean: true, source: '20 reps, burned-in counter; high' },
  { file: 'squat_side_nikan.mp4', exercise: 'squat', expected: 1, approximate: true, source: 'starts at the bottom, 1 full slow rep; medium (rep definition ambiguous)' },
  { file: 'squat_side_hanshitha.mp4', exercise: 'squat', expected: 6, approximate: false, clean: true, source: '6 reps in 0-13.5 s; high' },
  { file: 'squat_front_crossfit_mrpose.mp4', exercise: 'squat', expected: 3, approximate: false, clean: true, quick: true, source: '3 reps, 4th descent just starting at the end; high' },
  { file: 'squat_side_crossfit_mrpose.mp4', exercise: 'squat', expected: 4, approximate: false, clean: true, source: '4 reps in 0-16.3 s; high' },
  { file: 'squat_side_6count_ikramali.mp4', exercise: 'squat', expected: 1, approximate: false, clean: true, source: '1 complete very slow rep + a 2nd descent ending in a bottom hold; high' },
  { file: 'squat_front_dark_rjsong.mp4', exercise: 'squat', expected: 12, approximate: true, clean: true, source: '12 squats in 0-27 s, then down to the floor for push-ups; medium-high' },
  { file: 'highknees_front_hanshitha.mp4', exercise: 'march', expected: 27, approximate: true, source: 'approx. 27 knee raises; medium' },
  { file: 'bridge_side_darebee_beproj.mp4', exercise: 'glute-bridge', expected: 5, approximate: false, clean: true, quick: true, source: '5 glute-bridge reps in 0-9.7 s; high' },
  { file: 'bridge_side_lenagalanova.mp4', exercise: 'glute-bridge', expected: 3, approximate: false, clean: true, source: '3 bridge reps; high' },
  { file: 'deadbug_side_lenagalanova.mp4', exercise: 'heel-slide', expected: 6, approximate: true, source: '~6 single-leg heel-slide extensions; low-medium' },
  { file: 'slr_supine_side_physiobody.mp4', exercise: 'straight-leg-raise', expected: 1, approximate: false, clean: true, quick: true, source: '1 rep (supine straight leg raise); high' },
  { file: 'heelslide_supine_oblique_physiobody.mp4', exercise: 'heel-slide', expected: 1, approximate: false, clean: true, source: '1 rep (supine heel slide); high' },
  { file: 'heelslide_supine_oblique_physiobody_L.mp4', exercise: 'heel-slide', expected: 1, approximate: false, clean: true, quick: true, source: '1 rep (supine heel slide, the other leg); high' },
  { file: 'run_side_treadmill_60fps_mhuang.mp4', exercise: 'running', expected: 167, approximate: true, source: 'stride period 0.717 s by autocorrelation -> ~167 steps/min; medium' },
  { file: 'run_side_outdoor_pan_pauldess1.mp4', exercise: 'running', expected: 176, approximate: true, slowMotion: 2, source: 'stride period 0.68 s by autocorrelation -> ~176 spm; medium (the footage is 2x slow motion: see test/unit/gait-real-clips.test.ts)' },
];

/**
 * Clips the labels do not fit an exercise the app counts, and why (listed in the report so their
 * absence is explained, never scored).
 */
export const UNSCORED_CLIPS: Readonly<Record<string, string>> = {
  'highknees_side_wahoo_tomnotch.mp4': 'side view: the march needs the front view (the app asks to face the camera)',
  'lungekneedrive_side_wahoo_tomnotch.mp4': 'reverse lunge with knee drive: no lunge exercise; side view',
  'kneeraise_front_singleleg_tfjs.mp4': 'one sustained single-leg stance, no reps (used for the golden-keypoint check)',
  'run_side_silhouette_slowmo_pan_mwfan.mp4': 'slow motion of unknown factor, ~4-5 contacts: too few steps for a cadence (the app says so)',
  'run_side_track_pan_betterfr.mp4': 'approx. 21 steps, low confidence, weak periodicity',
  'walk_side_alejandra.mp4': 'walking, ~8 heel strikes: the running report refuses it',
  'pelvictilt_supine_side_lenagalanova.mp4': 'pelvic tilts, not counted in the manifest',
  'hipabduction_standing_front_darebee_beproj.mp4': 'standing hip abduction: no such exercise in the app',
  'sidelying_legraise_physiobody.mp4': 'side-lying hip abduction: no such exercise in the app',
  'seated_kneeext_physiobody.mp4': 'seated knee extension: no such exercise in the app',
};
