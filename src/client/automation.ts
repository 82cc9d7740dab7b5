import type { ClipAnalysis, ClipErrorInfo } from '../shared/clip-analysis';
import type { WorkerMemory } from '../worker/worker-memory';

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
  /** The clip worker's tensors, and the memory of the page and all its workers. */
  memory(): Promise<WorkerMemory & { totalBytes: number | null }>;
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

type MemoryMeasure = { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> };

/**
 * Memory of the page and all its workers, WASM heaps included (Chromium, cross-origin isolated;
 * it waits for a garbage collection, up to about 20 s); null where the browser cannot tell.
 */
export async function totalMemoryBytes(): Promise<number | null> {
  const measure = (performance as Performance & MemoryMeasure).measureUserAgentSpecificMemory;
  return measure ? (await measure.call(performance)).bytes : null;
}
