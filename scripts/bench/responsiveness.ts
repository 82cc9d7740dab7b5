/**
 * Main-thread responsiveness while a configuration runs: animation frames, the longest gap between
 * two, and long tasks (over 50 ms). Page scripts are strings because tsx wraps named functions in a
 * helper that does not exist in the page.
 */
export interface ProbeReading {
  frames: number;
  maxGapMs: number;
  longTasks: number;
}

/** Starts the probe, then evaluates to window.formcheckLive.stats(), in one task. */
export const START_PROBE_AND_READ_STATS = `(() => {
  const probe = { frames: 0, maxGapMs: 0, longTasks: 0, last: performance.now(), running: true };
  const tick = (t) => {
    if (!probe.running) return;
    probe.frames++;
    probe.maxGapMs = Math.max(probe.maxGapMs, t - probe.last);
    probe.last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  probe.observer = new PerformanceObserver((list) => { probe.longTasks += list.getEntries().length; });
  probe.observer.observe({ type: 'longtask' });
  window.__benchProbe = probe;
  return window.formcheckLive.stats();
})()`;

/** Stops the probe and evaluates to { probe: ProbeReading, stats: window.formcheckLive.stats() }. */
export const STOP_PROBE_AND_READ_STATS = `(() => {
  const probe = window.__benchProbe;
  const stats = window.formcheckLive.stats();
  probe.running = false;
  probe.observer.takeRecords().forEach(() => probe.longTasks++);
  probe.observer.disconnect();
  return { probe: { frames: probe.frames, maxGapMs: Math.max(probe.maxGapMs, performance.now() - probe.last), longTasks: probe.longTasks }, stats };
})()`;
