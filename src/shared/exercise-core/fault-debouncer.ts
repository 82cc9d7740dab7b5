import type { ActiveFault } from './session-types';

/** Longest dropout (about two frames at 30 fps) that still counts as the fault persisting. */
const ONSET_GAP_S = 0.1;

const faultKey = (f: ActiveFault): string => (f.side ? `${f.id}:${f.side}` : f.id);

/**
 * A fault shows only after it has been present for `onsetS` (about 200 ms, so a noisy frame never
 * flashes a correction) and clears after being absent for `releaseS`.
 */
export class FaultDebouncer {
  private readonly tracked = new Map<string, { since: number; lastSeen: number; active: boolean; fault: ActiveFault }>();

  constructor(private readonly onsetS = 0.2, private readonly releaseS = 0.2) {}

  update(t: number, raw: readonly ActiveFault[]): ActiveFault[] {
    const seen = new Set<string>();
    for (const fault of raw) {
      const key = faultKey(fault);
      seen.add(key);
      const entry = this.tracked.get(key);
      if (!entry) {
        this.tracked.set(key, { since: t, lastSeen: t, active: false, fault });
        continue;
      }
      if (!entry.active && t - entry.lastSeen > ONSET_GAP_S) entry.since = t;
      entry.lastSeen = t;
      entry.fault = fault;
    }
    const active: ActiveFault[] = [];
    for (const [key, entry] of this.tracked) {
      const absentFor = t - entry.lastSeen;
      if (absentFor > (entry.active ? this.releaseS : ONSET_GAP_S)) {
        this.tracked.delete(key);
        continue;
      }
      if (!entry.active && seen.has(key) && t - entry.since >= this.onsetS) entry.active = true;
      if (entry.active) active.push(entry.fault);
    }
    return active;
  }

  reset(): void {
    this.tracked.clear();
  }
}
