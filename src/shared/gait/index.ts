/** Side-view running analysis: one entry point, its report types and the reference table. */
export { analyzeRunning, type RunningOptions } from './analyze-running';
export type { MetricSummary, PerFrameSeries, RunningReport, RunningSummary } from './running-report';
export type { RunningStep } from './step-metrics';
export type { CaptureQuality, Reliability, Verdict } from './capture-quality';
export type { RunningDirection } from './running-direction';
export type { FootStrike } from './foot-strike';
export { RUNNING_REFERENCES, type RunningMetricId, type RunningReference } from './running-references';

// Used by the rest of the app.
export { LABEL_AGREEMENT_MIN, TRAVEL_MAX_WIDTHS, WHOLE_BODY_MIN } from './capture-quality';
export { leadingLeg, pelvisOf, trailingLeg } from './leg-picking';
export { TIMING_FPS, UNSTEADY_CV } from './metric-reliability';
export { type Stats, stats } from './side-stats';
