import { useCallback, useEffect, useRef, useState } from 'react';
import { exerciseInfo } from '../../shared/exercises';
import { faultLabel } from '../../ui/fault-labels';
import { MODELS } from '../../shared/pose';
import { CameraDiagram } from '../../ui/CameraDiagram';
import type { SessionSnapshot, SetSummary } from '../../shared/exercise-core';
import type { InitResult } from '../contract';
import { ErrorScreen } from './ErrorScreen';
import { describeError, type AppError, type ErrorAction } from './errors';
import { LiveSet } from './live-set';
import type { LiveRoute } from './live-route';
import { drawSkeleton } from '../../ui/skeleton';
import { repsTarget, targetMet } from '../../ui/programme';
import { useSettings } from '../../ui/settings-context';
import { useSpaceBar } from '../../ui/space-bar';
import { CueSpeaker } from '../../ui/speech';

/** A planned set ends this long after its last rep, so the last cue is seen. */
const PLANNED_SET_END_MS = 1500;

type Phase = { kind: 'starting'; step: string } | { kind: 'running' } | { kind: 'error'; error: AppError };

interface Readout {
  snapshot: SessionSnapshot | null;
  people: number | undefined;
  fps: number;
  latencyMs: number;
  inferMs: number;
  lowLight: boolean;
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
  const setRef = useRef<LiveSet | null>(null);
  const { prefs, setPrefs, plans } = useSettings();
  const plan = route.set ? plans[route.exercise] : undefined;
  const speakerRef = useRef<CueSpeaker>(null as unknown as CueSpeaker);
  speakerRef.current ??= new CueSpeaker(prefs.voice);
  speakerRef.current.voice = prefs.voice;
  speakerRef.current.muted = !prefs.voice.enabled;
  const [phase, setPhase] = useState<Phase>({ kind: 'starting', step: 'Loading the pose model and starting the camera…' });
  const [engine, setEngine] = useState<InitResult | null>(null);
  const [readout, setReadout] = useState<Readout>({ snapshot: null, people: undefined, fps: 0, latencyMs: 0, inferMs: 0, lowLight: false });
  const [attempt, setAttempt] = useState({ n: 0, fresh: false });
  const [carried, setCarried] = useState<SetSummary | null>(null);
  const [restarts, setRestarts] = useState(0);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    let stopped = false;
    const meter = fpsMeter();
    const live = new LiveSet(route, video, {
      engine: setEngine,
      running: () => setPhase({ kind: 'running' }),
      carried: setCarried,
      restarted: setRestarts,
      storageError: (err) => {
        console.warn('Storage unavailable:', err);
        setStorageProblem(err instanceof Error ? err.message : String(err));
      },
      failed: (err) => {
        if (!stopped) setPhase({ kind: 'error', error: describeError(err) });
      },
      result: (result, timing) => {
        const ctx = canvasRef.current?.getContext('2d');
        if (ctx) drawSkeleton(ctx, result.keypoints, new Set(result.snapshot?.faultyKeypoints ?? []), result.width, result.height);
        const cue = result.snapshot?.cue;
        if (cue?.speak) speakerRef.current.say(cue.key, cue.text);
        setReadout({
          snapshot: result.snapshot, people: result.people, fps: meter(performance.now()), latencyMs: timing.latencyMs, inferMs: result.inferMs,
          lowLight: result.lowLight ?? false,
        });
      },
    }, attempt.fresh);
    setRef.current = live;
    finishing.current = false;
    live.start().catch((err: unknown) => {
      if (!stopped) setPhase({ kind: 'error', error: describeError(err) });
    });
    return () => {
      stopped = true;
      live.dispose();
      speakerRef.current.stop();
    };
  }, [route, attempt]);

  const finishing = useRef(false);
  const finish = useCallback(async () => {
    if (finishing.current) return;
    finishing.current = true;
    speakerRef.current.stop();
    const summary = await setRef.current?.finish();
    if (summary) onDone(summary);
    else onExit();
  }, [onDone, onExit]);

  const leave = useCallback(async () => {
    if (finishing.current) return;
    speakerRef.current.stop();
    await setRef.current?.leave();
    onExit();
  }, [onExit]);

  const restart = (fresh: boolean) => {
    setPhase({ kind: 'starting', step: fresh ? 'Starting a new set…' : 'Starting again…' });
    setReadout((r) => ({ ...r, snapshot: null }));
    setCarried(null);
    setRestarts(0);
    setAttempt((a) => ({ n: a.n + 1, fresh }));
  };

  const onErrorAction = (action: ErrorAction) => {
    if (action === 'retry') restart(false);
    else if (action === 'summary') void finish();
    else void leave();
  };

  // A planned set ends by itself once its reps are done, a moment after the last one's cue.
  const target = plan ? repsTarget(route.exercise, plan) : null;
  const reachedTarget = target !== null && phase.kind === 'running' && readout.snapshot !== null && targetMet(readout.snapshot.reps, target, info.perSide);
  useEffect(() => {
    if (!reachedTarget) return;
    const timer = setTimeout(() => void finish(), PLANNED_SET_END_MS);
    return () => clearTimeout(timer);
  }, [reachedTarget, finish]);

  useSpaceBar(phase.kind === 'running' ? () => void finish() : null);

  const muted = !prefs.voice.enabled;
  const toggleMute = () => {
    if (!muted) speakerRef.current.stop();
    setPrefs({ ...prefs, voice: { ...prefs.voice, enabled: muted } });
  };

  const snap = readout.snapshot;
  const lastResort = engine?.candidates.find((c) => c.name === engine.backend)?.lastResort;
  const state = snap?.state ?? 'no-person';
  const reps = snap?.reps ?? { total: 0, left: 0, right: 0 };

  return (
    <main className="live">
      <header className="topbar">
        <button type="button" className="link" onClick={() => void leave()} aria-label="Back to exercises">←</button>
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
        <button type="button" className="primary" onClick={() => void finish()} disabled={phase.kind !== 'running'} aria-keyshortcuts="Space">End set</button>
      </header>

      {phase.kind === 'error' && <ErrorScreen error={phase.error} onAction={onErrorAction} />}
      {phase.kind === 'starting' && <p className="starting" role="status">{phase.step}</p>}

      <div className="stage" hidden={phase.kind === 'error'}>
        <div className={prefs.mirror ? 'mirror' : 'camera-view'}>
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
          {carried && (
            <div className="notice" role="status" data-testid="carried-notice">
              Carrying on your set from before: {carried.reps.total} rep{carried.reps.total === 1 ? '' : 's'} already done.
              <button type="button" onClick={() => restart(true)}>Start a new set instead</button>
            </div>
          )}
          {restarts > 0 && (
            <p className="notice" role="status" data-testid="restart-notice">
              The pose engine stopped and was restarted{restarts > 1 ? ` (${restarts} times)` : ''}; your set goes on.
            </p>
          )}
          {storageProblem && (
            <p className="notice" role="status" data-testid="storage-notice">
              This browser is not letting the app save on this device, so this set will not be kept if the page closes. ({storageProblem})
            </p>
          )}
          {lastResort && (
            <p className="notice" role="status" data-testid="slow-engine-notice">
              The fast pose engine could not start in this browser ({lastResort.replace(/\.$/, '')}), so the model runs on emulated graphics:
              a few frames a second, too slow to follow quick movements. Turn WebAssembly back on, or use an up-to-date browser, for live coaching.
            </p>
          )}
          {readout.lowLight && (
            <p className="warning" role="status" data-testid="low-light-warning">
              It is dark here, so I may lose track of you. Turn on a light or face a window.
            </p>
          )}
          {(readout.people ?? 0) > 1 && (
            <p className="warning" role="status" data-testid="people-warning">
              I can see {readout.people} people. Ask others to step out of the picture so I follow only you.
            </p>
          )}
        </div>
        {plan && target !== null && (
          <p className="plan-progress" data-testid="plan-progress">
            Set {route.set} of {plan.sets} · {info.perSide ? `${target} per side` : `${target} reps`}
            {reachedTarget && ': done'}
          </p>
        )}
        <div className="counters" aria-live="polite" aria-atomic="false">
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
