import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIP_LABELS } from '../../scripts/eval/clip-labels';
import { evalDataMissing, missingClips } from '../../scripts/eval/clip-presence';
import { GOLDEN_CHECKS } from '../../scripts/eval/golden';
import { CLIPS_DIR, sharedDataOrSkip } from '../support/shared-data';

describe('eval refuses to score fewer clips than it labels', () => {
  const labels = [{ file: 'a.mp4' }, { file: 'b.mp4' }, { file: 'c.mp4' }, { file: 'a.mp4' }];

  it('lists the labelled clips not present, in label order, each once', () => {
    expect(missingClips(labels, ['b.mp4', 'manifest.json'])).toEqual(['a.mp4', 'c.mp4']);
    expect(missingClips(labels, ['c.mp4', 'b.mp4', 'a.mp4'])).toEqual([]);
    expect(missingClips([], [])).toEqual([]);
  });

  it('names the folder and every missing file', () => {
    const msg = evalDataMissing({ clipsDir: '/data/clips', clips: labels, present: ['b.mp4'] });
    expect(msg).toBe('2 labelled clips missing from /data/clips: a.mp4, c.mp4 (--clips DIR or CLIPS_DIR)');
    expect(evalDataMissing({ clipsDir: '/data/clips', clips: labels, present: ['a.mp4', 'c.mp4'] })).toBe(
      '1 labelled clip missing from /data/clips: b.mp4 (--clips DIR or CLIPS_DIR)',
    );
  });

  it('names the UI-PRMD movements without takes', () => {
    const msg = evalDataMissing({ clipsDir: '/c', clips: [], present: [], uiprmd: { dir: '/k/ui-prmd', takes: { m01: 0, m02: 40 } } });
    expect(msg).toBe('no UI-PRMD takes for uiprmd_m01_*.csv in /k/ui-prmd (UIPRMD_DIR, or --no-uiprmd)');
    const both = evalDataMissing({ clipsDir: '/c', clips: [{ file: 'x.mp4' }], present: [], uiprmd: { dir: '/k', takes: { m01: 0, m02: 0 } } });
    expect(both?.split('\n')).toEqual([
      '1 labelled clip missing from /c: x.mp4 (--clips DIR or CLIPS_DIR)',
      'no UI-PRMD takes for uiprmd_m01_*.csv, uiprmd_m02_*.csv in /k (UIPRMD_DIR, or --no-uiprmd)',
    ]);
  });

  it('names the RepCount-A folder without videos', () => {
    expect(evalDataMissing({ clipsDir: '/c', clips: [], present: [], repCount: { dir: '/k/repcount_pose', videos: 0 } })).toBe(
      'no RepCount-A squats (index.json) in /k/repcount_pose (REPCOUNT_DIR, or --no-uiprmd)',
    );
  });

  it('passes when everything is there', () => {
    expect(evalDataMissing({ clipsDir: '/c', clips: labels, present: ['a.mp4', 'b.mp4', 'c.mp4'], uiprmd: { dir: '/k', takes: { m01: 3 } } })).toBeNull();
  });

  it.runIf(sharedDataOrSkip(CLIPS_DIR, 'the clips eval labels (test/unit/eval-clip-presence.test.ts)'))('finds every labelled and golden-check clip in the clips folder', () => {
    const wanted = [...CLIP_LABELS, ...GOLDEN_CHECKS.map((c) => ({ file: c.clip }))];
    expect(missingClips(wanted, readdirSync(CLIPS_DIR))).toEqual([]);
  });
});
