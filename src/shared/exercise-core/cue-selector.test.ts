import { describe, expect, it } from 'vitest';
import { cue } from './cues';
import { CueSelector } from './cue-selector';

describe('CueSelector', () => {
  it('shows only the most important candidate', () => {
    const s = new CueSelector();
    expect(s.select(0, [cue('shallow'), cue('knees-in'), cue('hold')])?.key).toBe('knees-in');
    expect(new CueSelector().select(0, [])).toBeNull();
  });

  it('changes the shown cue at most once per second', () => {
    const s = new CueSelector();
    s.select(0, [cue('shallow')]);
    expect(s.select(0.5, [cue('knees-in')])?.key).toBe('shallow');
    expect(s.select(0.9, [])?.key).toBe('shallow');
    expect(s.select(1.0, [cue('knees-in')])?.key).toBe('knees-in');
    expect(s.select(1.5, [])?.key).toBe('knees-in');
    expect(s.select(2.0, [])).toBeNull();
  });

  it('releases spoken cues no more often than every 3 s', () => {
    const s = new CueSelector();
    expect(s.select(0, [cue('knees-in')])?.speak).toBe(true);
    expect(s.select(1.2, [cue('forward-lean')])).toMatchObject({ key: 'forward-lean', speak: false });
    expect(s.select(2.9, [cue('forward-lean')])?.speak).toBe(false);
    expect(s.select(3.0, [cue('forward-lean')])?.speak).toBe(true);
    expect(s.select(3.5, [cue('forward-lean')])?.speak).toBe(true);
  });

  it('never marks a status hint to be spoken', () => {
    const s = new CueSelector();
    expect(s.select(10, [cue('hold-still')])?.speak).toBe(false);
  });
});
