import type { ClipAnalysis, ClipErrorInfo } from '../shared/clip-analysis';

/**
 * What the command line tools and end-to-end tests read from the page (window.formcheck): the
 * last clip analysis or clip error. Part of the automation contract, like the data-testids.
 */
export interface AutomationState {
  clipAnalysis?: ClipAnalysis;
  clipError?: ClipErrorInfo;
}

declare global {
  interface Window {
    formcheck?: AutomationState;
  }
}

export function publish(state: AutomationState): void {
  window.formcheck = state;
}
