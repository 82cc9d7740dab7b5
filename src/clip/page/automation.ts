import type { ClipAnalysis, ClipErrorInfo } from '../../shared/clip';
import type { WorkerMemory } from '../../engine/worker-memory';

/**
 * What the command line tools and end-to-end tests read from the page (window.formcheck): the
 * clip page's readiness and its last clip analysis or clip error. Part of the automation contract, like the data-testids.
 */
export interface AutomationState {
  /** The clip page's models have loaded (they load while a person picks a clip). */
  clipModelsReady?: boolean;
  clipAnalysis?: ClipAnalysis;
  clipError?: ClipErrorInfo;
}

/** What soak tests read from an open clip page (window.formcheckClip). */
export interface ClipAutomation {
  /** The clip worker's tensors. */
  memory(): Promise<WorkerMemory>;
}

declare global {
  interface Window {
    formcheck?: AutomationState;
    formcheckClip?: ClipAutomation;
  }
}

export function publish(state: AutomationState): void {
  window.formcheck = state;
}
