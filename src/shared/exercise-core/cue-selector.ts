import type { Cue } from './session-types';

export interface CueSelectorConfig {
  /** A shown cue stays at least this long: at most one new cue per second. */
  minShowS: number;
  /** Spoken cues are released for speech at most this often. */
  speakCooldownS: number;
}

const DEFAULTS: CueSelectorConfig = { minShowS: 1, speakCooldownS: 3 };

/**
 * Picks the one cue to show: the most important candidate, changed at most once per `minShowS`.
 * A spoken cue has `speak` true only once the cooldown since the last released cue has passed, so
 * the UI can simply speak a cue (once per key) whenever `speak` is true.
 */
export class CueSelector {
  private readonly config: CueSelectorConfig;
  private shown: { cue: Cue; since: number; released: boolean } | null = null;
  private lastReleaseS = -Infinity;

  constructor(config: Partial<CueSelectorConfig> = {}) {
    this.config = { ...DEFAULTS, ...config };
  }

  select(t: number, candidates: readonly Cue[]): Cue | null {
    const best = candidates.reduce<Cue | null>((a, c) => (a === null || c.priority < a.priority ? c : a), null);
    const shown = this.shown;
    const locked = shown !== null && t - shown.since < this.config.minShowS;
    if (!locked && best?.key !== shown?.cue.key) {
      this.shown = best ? { cue: best, since: t, released: false } : null;
    } else if (shown && best?.key === shown.cue.key) {
      shown.cue = best;
    }
    const now = this.shown;
    if (!now) return null;
    if (now.cue.speak && !now.released && t - this.lastReleaseS >= this.config.speakCooldownS) {
      now.released = true;
      this.lastReleaseS = t;
    }
    return { ...now.cue, speak: now.cue.speak && now.released };
  }

  reset(): void {
    this.shown = null;
  }
}
