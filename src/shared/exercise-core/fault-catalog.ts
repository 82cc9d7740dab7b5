import { type KeypointName, sided } from '../pose';
import type { CueKey } from './cues';
import type { FaultDefinition } from './exercise-definition';
import type { ActiveFault } from './session-types';

/** An exercise's own fault list, read by its tracker: the cue each fault speaks and the keypoints it colours. */
export class FaultCatalog {
  private readonly byId: ReadonlyMap<string, FaultDefinition>;

  constructor(faults: readonly FaultDefinition[]) {
    this.byId = new Map(faults.map((f) => [f.id, f]));
  }

  private definition(id: string): FaultDefinition {
    const f = this.byId.get(id);
    if (!f) throw new Error(`The fault ${id} is not in the exercise's definition.`);
    return f;
  }

  cue(id: string): CueKey {
    return this.definition(id).cue;
  }

  /** The correction for a fault that was too slow where its definition has one, else its usual cue. */
  slowCue(id: string): CueKey {
    const f = this.definition(id);
    return f.slowCue ?? f.cue;
  }

  cues(active: readonly ActiveFault[]): CueKey[] {
    return active.map((f) => this.cue(f.id));
  }

  /** The keypoints to draw red for these faults; a sided fault colours its own side where its definition says which part. */
  keypoints(active: readonly ActiveFault[]): KeypointName[] {
    return [...new Set(active.flatMap((f) => {
      const def = this.definition(f.id);
      return def.sidedPart && f.side ? [sided(f.side, def.sidedPart)] : def.keypoints;
    }))];
  }
}
