import type { SessionOptions, SetSummary } from '../../shared/exercise-core';
import { exerciseOptions } from '../../shared/exercises';
import type { FrameResult, InitResult, PoseClient } from '../contract';
import { CameraError, openCamera } from '../../ui/camera';
import { VideoElementFeed, type LiveFeed, type FeedTiming } from './video-element-feed';
import { publishLiveAutomation, type FrameSample } from './live-automation';
import { startPoseEngine } from './pose-client';
import { modelsUrl } from '../../ui/models-url';
import { PoseEngineError } from './pose-errors';
import type { LiveRoute } from './live-route';
import { SampleRing } from './sample-ring';
import { SetRecorder } from './set-recorder';
import { loadPreferences } from '../../storage/preferences';
import { takeOpenSet } from '../../storage/set-store';
import { canFeedTrackToWorker, TrackFeed } from './track-feed';
import { EngineWatchdog } from './engine-watchdog';

/** Times the pose engine is restarted in one set before the person is asked what to do. */
const MAX_RESTARTS = 3;
/** Longest the pose model may take to load (WebGL on a slow machine takes about 20 s). */
const INIT_TIMEOUT_MS = 90_000;
/** Waiting longer than this for the engine's summary, the set ends on the reps last saved. */
const FINISH_TIMEOUT_MS = 3000;
/** About a minute of frames at 30 fps: enough for a benchmark window. */
const SAMPLE_CAPACITY = 2048;

export interface LiveSetEvents {
  engine(init: InitResult): void;
  running(): void;
  result(result: FrameResult, timing: FeedTiming): void;
  /** The part of this set done before a reload, counted on from (null: a fresh set). */
  carried(summary: SetSummary | null): void;
  /** The pose engine was restarted (the nth time in this set); the set goes on. */
  restarted(count: number): void;
  /** The set cannot go on until the person acts (camera gone, model cannot run). */
  failed(err: unknown): void;
  storageError(err: unknown): void;
}

const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms));

/**
 * One live set: camera, pose engine and feed, and the set kept on the device as it goes. The pose
 * engine is restarted in place when its worker dies or stops answering, and the new one counts on
 * from the reps already done; a set left by a reload is carried on the same way.
 */
export class LiveSet {
  readonly samples = new SampleRing<FrameSample>(SAMPLE_CAPACITY);
  firstResultAt: number | null = null;
  private client: PoseClient | null = null;
  private feed: LiveFeed | null = null;
  private init: InitResult | null = null;
  private stream: MediaStream | null = null;
  private recorder: SetRecorder | null = null;
  /** The set so far, as the engine last reported it. */
  private progress: SetSummary | null = null;
  private restarts = 0;
  private restarting = false;
  private readonly watchdog = new EngineWatchdog();
  private ticker = 0;
  private over = false;
  /** finish() or leave() has begun: the set is being closed one way, not the other. */
  private ending = false;
  /** The set ran (camera, engine and feed all up): from then on a dead engine is restarted. */
  private started = false;
  private disposed = false;
  private unpublish = () => {};
  private readonly runner;
  /** The route's set options with the person's fault limits and squat reference from the settings. */
  private options: SessionOptions;

  constructor(
    private readonly route: LiveRoute,
    private readonly video: HTMLVideoElement,
    private readonly events: LiveSetEvents,
    /** Start afresh even if a set of this exercise was left in progress. */
    private readonly fresh = false,
  ) {
    this.runner = route.runner ?? 'worker';
    this.options = route.options;
  }

  get api() {
    return this.client?.api ?? null;
  }

  get engine() {
    return this.init;
  }

  get liveFeed() {
    return this.feed;
  }

  get camera() {
    return this.stream;
  }

  /** Times the pose engine was restarted in this set. */
  get engineRestarts() {
    return this.restarts;
  }

  async start(): Promise<void> {
    const stored = takeOpenSet(this.route.exercise).catch((err: unknown) => {
      this.events.storageError(err);
      return null;
    });
    const personal = loadPreferences().then((p) => ({
      thresholds: p.thresholds[this.route.exercise],
      squatReference: exerciseOptions(this.route.exercise).ownReference ? p.squatReference ?? undefined : undefined,
    }), (err: unknown) => {
      this.events.storageError(err);
      return { thresholds: undefined, squatReference: undefined };
    });
    const opening = openCamera(this.route.camera);
    // A camera that opens after the start failed (or the page left) must not stay on.
    const release = () => void opening.then((c) => c.getTracks().forEach((t) => t.stop()), () => {});
    let open, mine, camera;
    try {
      [open, mine, , camera] = await Promise.all([stored, personal, this.startEngine(), opening]);
    } catch (err) {
      release();
      throw err;
    }
    if (this.disposed) return release();
    if (mine.thresholds) this.options = { ...this.options, thresholds: mine.thresholds };
    if (mine.squatReference) this.options = { ...this.options, squatReference: mine.squatReference };
    this.stream = camera;
    const recorder = new SetRecorder(this.route.exercise, this.options, open, (err) => this.events.storageError(err));
    this.recorder = recorder;
    if (this.fresh) await recorder.abandon();
    if (this.disposed) return;
    this.events.carried(recorder.carried);
    this.video.srcObject = camera;
    await this.video.play();
    if (this.disposed) return;
    for (const track of camera.getVideoTracks()) track.addEventListener('ended', () => this.cameraLost());
    await this.startFeed();
    if (this.disposed || this.over) return;
    this.started = true;
    this.ticker = window.setInterval(() => this.check(), 1000);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.unpublish = publishLiveAutomation({ runner: this.runner, set: this, video: this.video });
    this.events.running();
  }

  /** Ends the set and keeps it; null when nothing was done. */
  async finish(): Promise<SetSummary | null> {
    this.over = this.ending = true;
    this.feed?.stop();
    const fromEngine = this.client && !this.restarting
      ? await Promise.race([this.client.api.finishSession(), timeout(FINISH_TIMEOUT_MS)]).catch(() => null)
      : null;
    const summary = fromEngine ?? this.progress ?? this.recorder?.carried ?? null;
    if (summary) await this.recorder?.finish(summary);
    return summary;
  }

  /** The person left mid-set: it stays in the history as an interrupted set. */
  async leave(): Promise<void> {
    if (this.ending) return;
    this.over = this.ending = true;
    this.feed?.stop();
    await this.recorder?.abandon();
  }

  dispose(): void {
    this.disposed = this.over = true;
    this.unpublish();
    clearInterval(this.ticker);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.feed?.stop();
    this.stream?.getTracks().forEach((t) => t.stop());
    this.client?.terminate();
  }

  /**
   * A fresh engine with the model loaded. Its worker dying while the model loads rejects at once
   * (comlink would wait for its answer for ever), as does a load that takes unreasonably long.
   */
  private async startEngine(): Promise<void> {
    let died: (err: Error) => void = () => {};
    const death = new Promise<never>((_, reject) => (died = reject));
    const client = startPoseEngine(this.runner, (message) => {
      died(new PoseEngineError('stopped', `The pose engine stopped while loading the model (${message}).`));
      if (this.client === client && this.started) this.engineDied(message);
    });
    this.client = client;
    const init = await Promise.race([
      client.api.init({ model: this.route.model, backend: this.route.backend, modelsUrl: modelsUrl() }),
      death,
      timeout(INIT_TIMEOUT_MS).catch(() => {
        throw new PoseEngineError('stopped', `The pose model did not load within ${INIT_TIMEOUT_MS / 1000} s.`);
      }),
    ]);
    if (this.client !== client) return;
    this.init = init;
    this.events.engine(init);
  }

  private async startFeed(): Promise<void> {
    const client = this.client;
    const camera = this.stream;
    if (!client || !camera || this.over) return;
    await client.api.startSession(this.route.exercise, this.options, this.progress ?? this.recorder?.carried ?? undefined);
    const track = camera.getVideoTracks()[0];
    const onResult = (result: FrameResult, timing: FeedTiming) => this.onResult(client, result, timing);
    const onError = (err: unknown) => this.onFeedError(client, err);
    this.feed = this.runner === 'worker' && !this.route.feed && track && canFeedTrackToWorker()
      ? new TrackFeed(this.video, track, client.api, onResult, onError)
      : new VideoElementFeed(this.video, (frame, meta) => client.api.processFrame(frame, meta), onResult, onError);
    this.watchdog.restart(0, performance.now());
    if (!document.hidden) this.feed.start();
  }

  private onResult(from: PoseClient, result: FrameResult, timing: FeedTiming): void {
    if (from !== this.client || this.over) return;
    const now = performance.now();
    this.watchdog.result(result.inferMs, this.feed?.stats.offered ?? 0, now);
    this.firstResultAt ??= now;
    this.samples.push({ at: now, inferMs: result.inferMs, workerMs: result.workerMs, prepMs: timing.prepMs, latencyMs: timing.latencyMs });
    if (result.progress) {
      this.progress = result.progress;
      void this.recorder?.progress(result.progress);
    }
    this.events.result(result, timing);
  }

  /** An exception in the engine is survivable (restart it); anything else (the camera) is not. */
  private onFeedError(from: PoseClient, err: unknown): void {
    if (from !== this.client || this.over) return;
    if (err instanceof PoseEngineError && err.kind === 'engine') this.engineDied(err.message);
    else this.fail(err);
  }

  private engineDied(reason: string): void {
    if (this.over || this.restarting) return;
    if (this.restarts >= MAX_RESTARTS) {
      this.fail(new PoseEngineError('stopped', `It stopped ${this.restarts + 1} times in this set (last: ${reason}). Your reps so far are kept.`));
      return;
    }
    this.restarts++;
    this.restarting = true;
    this.feed?.stop();
    this.feed = null;
    this.client?.terminate();
    this.client = null;
    this.events.restarted(this.restarts);
    this.startEngine()
      .then(() => this.startFeed())
      .then(() => (this.restarting = false), (err: unknown) => {
        this.restarting = false;
        this.fail(err);
      });
  }

  private cameraLost(): void {
    this.fail(new CameraError('lost', 'The camera was disconnected or taken by another app.'));
  }

  private fail(err: unknown): void {
    if (this.over) return;
    this.over = true;
    this.feed?.stop();
    this.events.failed(err);
  }

  /** Once a second: a camera that ended without telling, an engine that stopped answering. */
  private check(): void {
    if (this.over) return;
    if (this.stream?.getVideoTracks().some((t) => t.readyState === 'ended')) return this.cameraLost();
    // A stopped feed (the benchmarks' bare-model run) waits for no answers.
    if (document.hidden || !this.feed?.running || this.restarting) return;
    if (this.watchdog.stalled(this.feed.stats.offered, performance.now())) this.engineDied('it stopped answering');
  }

  private readonly onVisibility = () => {
    if (this.over || !this.feed || !this.client) return;
    if (document.hidden) {
      this.feed.stop();
      return;
    }
    // Smoothing must not blend frames from before and after the pause.
    void this.client.api.resetTracking().catch(() => {});
    this.watchdog.restart(this.feed.stats.offered, performance.now());
    this.feed.start();
  };
}
