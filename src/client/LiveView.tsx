import { useCallback, useEffect, useRef, useState } from 'react';
import { exerciseInfo } from '../shared/exercises';
import { faultLabel } from '../shared/fault-labels';
import { MODELS } from '../shared/models';
import { CameraDiagram } from './CameraDiagram';
import type { SessionSnapshot, SetSummary } from '../shared/session-types';
import type { FrameResult, InitResult } from '../worker/pose-worker-api';
import { openCamera } from './camera';
import { ErrorScreen } from './ErrorScreen';
import { describeError, type AppError, type ErrorAction } from './errors';
import { FramePump, type LiveFeed, type PumpTiming } from './frame-pump';
import { publishLiveAutomation, type FrameSample } from './live-automation';
import { modelsUrl, startPoseEngine, type PoseClient } from './pose-client';
import { canFeedTrackToWorker, TrackFeed } from './track-feed';
import type { LiveRoute } from './route';
import { SampleRing } from './sample-ring';
import { drawSkeleton } from './skeleton';
import { CueSpeaker } from './speech';

type Phase = { kind: 'starting'; step: string } | { kind: 'running' } | { kind: 'error'; error: AppError };

interface Readout {
  snapshot: SessionSnapshot | null;
  people: number | undefined;
  fps: number;
  latencyMs: number;
  inferMs: number;
}

const STATE_LABELS: Record<SessionSnapshot['state'], string> = {
  'no-person': 'Step into view',
  positioning: 'Getting into position',
  calibrating: 'Hold still',
  exercising: 'Go',
  done: 'Set done',
};

/** What the start-up benchmark found, e.g. "WASM 41 ms/frame; WEBGL skipped: software renderer". */
function backendReport(init: InitResult): string {
  const parts = init.candidates.map((c) =>
    c.skipped ? `${c.name.toUpperCase()} skipped: ${c.skipped}` : c.msPerFrame === undefined ? `${c.name.toUpperCase()} (the only one available)` : `${c.name.toUpperCase()} ${Math.round(c.msPerFrame)} ms/frame`);
  return `${parts.join('; ')}${init.crossOriginIsolated ? '' : '; not cross-origin isolated, so WASM runs single-threaded'}`;
}

/** About a minute of frames at 30 fps: enough for a benchmark window. */
const SAMPLE_CAPACITY = 2048;

/** Results per second over the last second. */
function fpsMeter() {
  const times: number[] = [];
  return (now: number) => {
    times.push(now);
    while (times.length && (times[0] ?? now) < now - 1000) times.shift();
    return times.length;
  };
}

export function LiveView({ route, onDone, onExit }: { route: LiveRoute; onDone: (s: SetSummary) => void; onExit: () => void }) {
  const info = exerciseInfo(route.exercise);
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const clientRef = useRef<PoseClient | null>(null);
  const pumpRef = useRef<LiveFeed | null>(null);
  const speakerRef = useRef(new CueSpeaker());
  const [phase, setPhase] = useState<Phase>({ kind: 'starting', step: 'Loading the pose model and starting the camera…' });
  const [engine, setEngine] = useState<InitResult | null>(null);
  const [readout, setReadout] = useState<Readout>({ snapshot: null, people: undefined, fps: 0, latencyMs: 0, inferMs: 0 });
  const [muted, setMuted] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let unpublish = () => {};
    const meter = fpsMeter();
    const samples = new SampleRing<FrameSample>(SAMPLE_CAPACITY);
    let firstResultAt: number | null = null;
    const fail = (err: unknown) => {
      if (stopped) return;
      pumpRef.current?.stop();
      setPhase({ kind: 'error', error: describeError(err) });
    };
    const runner = route.runner ?? 'worker';
    const client = startPoseEngine(runner, (message) => fail(new Error(`The pose engine stopped: ${message}`)));
    clientRef.current = client;

    const onResult = (result: FrameResult, timing: PumpTiming) => {
      firstResultAt ??= performance.now();
      samples.push({ at: performance.now(), inferMs: result.inferMs, workerMs: result.workerMs, prepMs: timing.prepMs, latencyMs: timing.latencyMs });
      const ctx = canvasRef.current?.getContext('2d');
      if (ctx) drawSkeleton(ctx, result.keypoints, new Set(result.snapshot?.faultyKeypoints ?? []), result.width, result.height);
      const cue = result.snapshot?.cue;
      if (cue?.speak) speakerRef.current.say(cue.key, cue.text);
      setReadout({ snapshot: result.snapshot, people: result.people, fps: meter(performance.now()), latencyMs: timing.latencyMs, inferMs: result.inferMs });
    };

    (async () => {
      const [init, camera] = await Promise.all([
        client.api.init({ model: route.model, backend: route.backend, modelsUrl: modelsUrl() }),
        openCamera(route.camera),
      ]);
      stream = camera;
      if (stopped) return;
      setEngine(init);
      const video = videoRef.current;
      if (!video) return;
      video.srcObject = camera;
      await video.play();
      for (const track of camera.getVideoTracks()) {
        track.addEventListener('ended', () => {
          if (stopped) return;
          pumpRef.current?.stop();
          setPhase({
            kind: 'error',
            error: { title: 'The camera stopped', message: 'The camera was disconnected or taken by another app. Your reps so far are kept.', actions: ['summary', 'retry', 'home'] },
          });
        });
      }
      await client.api.startSession(route.exercise, route.options);
      const track = camera.getVideoTracks()[0];
      const pump: LiveFeed = runner === 'worker' && !route.feed && track && canFeedTrackToWorker()
        ? new TrackFeed(video, track, client.api, onResult, fail)
        : new FramePump(video, (frame, meta) => client.api.processFrame(frame, meta), onResult, fail);
      pumpRef.current = pump;
      pump.start();
      unpublish = publishLiveAutomation({ runner, engine: init, api: client.api, pump, samples, firstResultAt: () => firstResultAt, video, stream: camera });
      setPhase({ kind: 'running' });
    })().catch(fail);

    const onVisibility = () => {
      if (document.hidden) pumpRef.current?.stop();
      else if (!stopped && pumpRef.current) {
        void client.api.resetTracking();
        pumpRef.current.start();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);

    return () => {
      stopped = true;
      unpublish();
      document.removeEventListener('visibilitychange', onVisibility);
      pumpRef.current?.stop();
      pumpRef.current = null;
      stream?.getTracks().forEach((t) => t.stop());
      client.terminate();
      speakerRef.current.stop();
    };
  }, [route, attempt]);

  const finish = useCallback(async () => {
    pumpRef.current?.stop();
    speakerRef.current.stop();
    const summary = await clientRef.current?.api.finishSession();
    if (summary) onDone(summary);
    else onExit();
  }, [onDone, onExit]);

  const onErrorAction = (action: ErrorAction) => {
    if (action === 'retry') {
      setPhase({ kind: 'starting', step: 'Starting again…' });
      setAttempt((a) => a + 1);
    } else if (action === 'summary') void finish();
    else onExit();
  };

  const toggleMute = () => {
    speakerRef.current.muted = !muted;
    if (!muted) speakerRef.current.stop();
    setMuted(!muted);
  };

  const snap = readout.snapshot;
  const state = snap?.state ?? 'no-person';
  const reps = snap?.reps ?? { total: 0, left: 0, right: 0 };

  return (
    <main className="live">
      <header className="topbar">
        <button type="button" className="link" onClick={onExit} aria-label="Back to exercises">←</button>
        <h1>{info.name}</h1>
        <span className={`state state-${state}`}>
          <span className="state-label">{STATE_LABELS[state]}</span>
          <span className="visually-hidden" data-testid="state">{state}</span>
        </span>
        <span className="engine" data-testid="engine" title={engine ? backendReport(engine) : undefined}>
          {engine ? `${MODELS[engine.model].label} · ${engine.backend.toUpperCase()}` : MODELS[route.model].label}
          {route.runner === 'main' && ' · main thread'}
          {engine && <span className="visually-hidden"> ({backendReport(engine)})</span>}
        </span>
        <span className="perf">
          <span data-testid="fps">{readout.fps}</span> fps · latency <span data-testid="latency-ms">{Math.round(readout.latencyMs)}</span> ms
          · model <span data-testid="infer-ms">{Math.round(readout.inferMs)}</span> ms
        </span>
        <button type="button" onClick={toggleMute} aria-pressed={muted}>{muted ? 'Unmute cues' : 'Mute cues'}</button>
        <button type="button" className="primary" onClick={() => void finish()} disabled={phase.kind !== 'running'}>End set</button>
      </header>

      {phase.kind === 'error' && <ErrorScreen error={phase.error} onAction={onErrorAction} />}
      {phase.kind === 'starting' && <p className="starting" role="status">{phase.step}</p>}

      <div className="stage" hidden={phase.kind === 'error'}>
        <div className="mirror">
          <video ref={videoRef} muted playsInline />
          <canvas ref={canvasRef} data-testid="skeleton" />
        </div>
        <div className="overlay-top">
          <div className="cue" data-testid="cue" aria-live="polite">{snap?.cue?.text ?? ''}</div>
          {(state === 'no-person' || state === 'positioning') && (
            <figure className="setup-guide" data-testid="setup-guide">
              <CameraDiagram view={info.view} posture={info.posture} />
              <figcaption>{info.setupHint}</figcaption>
            </figure>
          )}
          {state === 'calibrating' && (
            <progress className="calibration" max={1} value={snap?.calibrationProgress ?? 0} aria-label="Calibrating" />
          )}
          {(readout.people ?? 0) > 1 && (
            <p className="warning" role="status" data-testid="people-warning">
              I can see {readout.people} people. Ask others to step out of the picture so I follow only you.
            </p>
          )}
        </div>
        <div className="counters">
          <div className="count total">
            <span className="label">Reps</span>
            <span data-testid="rep-count">{reps.total}</span>
          </div>
          <div className="count side" hidden={!info.perSide}>
            <span className="label">Left</span>
            <span data-testid="rep-count-left">{reps.left}</span>
          </div>
          <div className="count side" hidden={!info.perSide}>
            <span className="label">Right</span>
            <span data-testid="rep-count-right">{reps.right}</span>
          </div>
          {snap?.hold && (
            <div className="count hold" data-testid="hold">
              <span className="label">Hold{snap.hold.side ? ` ${snap.hold.side}` : ''}</span>
              <span>{snap.hold.seconds.toFixed(1)} / {snap.hold.target} s</span>
            </div>
          )}
        </div>
        {snap && snap.faults.length > 0 && (
          <ul className="faults" aria-label="Form faults now">
            {snap.faults.map((f) => (
              <li key={`${f.id}-${f.side ?? ''}`}>{faultLabel(f.id, f.side)}</li>
            ))}
          </ul>
        )}
      </div>
    </main>
  );
}
