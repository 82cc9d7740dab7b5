/** Turns what the page reported into report rows. */
import type { LiveStats } from '../../src/live/page/live-automation';
import type { PoseRunner, BareBenchmark } from '../../src/live/contract';
import type { BareRow, LiveRow } from './report';
import type { ProbeReading } from './responsiveness';
import { median, percentile, round } from './stats';

export interface LiveConfig {
  model: string;
  backend: string;
  mode: PoseRunner;
}

/** The window between two readings of the page's live stats. */
export function liveRow(config: LiveConfig, before: LiveStats, after: LiveStats, probe: ProbeReading, firstPose: Pick<LiveRow, 'firstPoseMs' | 'firstPoseCachedMs'>): LiveRow {
  const seconds = (after.at - before.at) / 1000;
  const samples = after.samples.filter((s) => s.at > before.at);
  const processed = after.processed - before.processed;
  if (samples.length < processed) throw new Error(`only ${samples.length} of ${processed} frame samples kept: shorten the window`);
  const infer = samples.map((s) => s.inferMs);
  const latency = samples.map((s) => s.latencyMs);
  const offered = after.offered - before.offered;
  return {
    ...config,
    feed: after.feed,
    offered,
    processed,
    dropped: after.dropped - before.dropped,
    fps: round(processed / seconds),
    cameraFps: round(offered / seconds),
    inferMsMedian: round(median(infer)),
    inferMsP90: round(percentile(infer, 90)),
    latencyMsMedian: round(median(latency)),
    latencyMsP90: round(percentile(latency, 90)),
    rafFps: round(probe.frames / seconds),
    rafGapMaxMs: round(probe.maxGapMs),
    longTasks: probe.longTasks,
    ...firstPose,
  };
}

export function bareRow(model: string, backend: string, bench: BareBenchmark): BareRow {
  return {
    model,
    backend,
    fps: round((bench.msPerCall.length / bench.totalMs) * 1000),
    inferMsMedian: round(median(bench.msPerCall)),
    calls: bench.msPerCall.length,
  };
}
