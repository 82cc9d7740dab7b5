import { describe, expect, it } from 'vitest';
import { cue, CUES, type CueKey } from './cues';

describe('cue strings', () => {
  it('gives every key one non-empty, distinct sentence', () => {
    const texts = Object.values(CUES).map((c) => c.text);
    for (const t of texts) expect(t.trim().length).toBeGreaterThan(5);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('ranks getting into position above corrections above status', () => {
    expect(CUES['show-feet'].priority).toBeLessThan(CUES['hip-hike'].priority);
    expect(CUES['hip-hike'].priority).toBeLessThan(CUES.hold.priority);
    expect(CUES.hold.speak).toBe(false);
  });

  it('builds a cue from its key', () => {
    expect(cue('knees-in')).toEqual({ key: 'knees-in', ...CUES['knees-in'] });
  });

  it('says which keypoint it cannot see', () => {
    expect(cue('cant-see:left_knee').text).toBe("I can't see your left knee.");
    expect(cue('cant-see:right_foot_index').text).toBe("I can't see your right toes.");
    expect(cue('cant-see:nose' as CueKey).text).toBe("I can't see your face.");
  });
});
