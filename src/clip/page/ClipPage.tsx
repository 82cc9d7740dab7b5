import * as Comlink from 'comlink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SLOW_MOTION_FACTORS, type ClipAnalysis, type ClipErrorInfo, type ClipExercise, type ClipProgress } from '../../shared/clip';
import { exerciseInfo } from '../../shared/exercises';
import { MODELS, type ModelId } from '../../shared/pose';
import { publish } from './automation';
import { modelsUrl } from '../../ui/models-url';
import { noteClipRun, takeInterruptedClipRuns } from '../../storage/clip-run-store';
import { saveReport } from '../../storage/history-store';
import { useSettings } from '../../ui/settings-context';
import type { StoredClipRun } from '../../storage/db';
import { startClipWorker, type ClipClient } from './clip-client';
import { ClipProgressView } from './ClipProgressView';
import { ClipRecorderView } from './ClipRecorderView';
import { RepClipReport } from './RepClipReport';
import { RunningReport } from './RunningReport';
import './clip.css';

export interface ClipRoute {
  exercise: ClipExercise;
  model: ModelId;
  /** Analysis workers (?workers=N); default one per core. The benchmark sets 1 for its baseline. */
  workers?: number;
}

type Stage =
  | { kind: 'choose' }
  | { kind: 'record' }
  | { kind: 'analysing'; name: string; progress: ClipProgress | null; cancelling: boolean }
  | { kind: 'report'; analysis: ClipAnalysis }
  | { kind: 'error'; error: ClipErrorInfo };


const exerciseName = (e: ClipExercise): string => (e === 'running' ? 'Running' : exerciseInfo(e).name);

export function ClipPage({ route, onRouteChange, onExit }: { route: ClipRoute; onRouteChange: (r: ClipRoute) => void; onExit: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [slowMotion, setSlowMotion] = useState(1);
  const { prefs } = useSettings();
  const [dragging, setDragging] = useState(false);
  const client = useRef<ClipClient | null>(null);
  const [interrupted, setInterrupted] = useState<StoredClipRun[]>([]);

  const worker = useCallback((): ClipClient => {
    client.current ??= startClipWorker((message) => {
      client.current?.terminate();
      client.current = null;
      setStage({ kind: 'error', error: { kind: 'corrupt', message: `The analysis stopped unexpectedly (${message}). Try again, or try a shorter clip.` } });
    });
    return client.current;
  }, []);

  useEffect(() => {
    window.formcheckClip = {
      memory: () => worker().api.memory(),
    };
    return () => {
      delete window.formcheckClip;
      client.current?.terminate();
    };
  }, [worker]);

  // An analysis a reload cut short left only a note; say so, so the person can start it again.
  useEffect(() => {
    takeInterruptedClipRuns(route.exercise).then(
      setInterrupted,
      (err: unknown) => console.warn('Storage unavailable:', err),
    );
  }, [route.exercise]);

  // The models load while the person picks a clip, so the analysis starts at once.
  useEffect(() => {
    void worker().api.prepare({ model: route.model, backend: 'auto', modelsUrl: modelsUrl(), workers: route.workers })
      .then(() => publish({ ...window.formcheck, clipModelsReady: true }), () => {});
  }, [route.model, route.workers, worker]);

  const analyse = useCallback(async (file: Blob, name: string) => {
    setStage({ kind: 'analysing', name, progress: null, cancelling: false });
    setInterrupted([]);
    const clearNote = await noteClipRun({ fileName: name, fileSize: file.size, exercise: route.exercise }).catch((err: unknown) => {
      console.warn('Storage unavailable:', err);
      return async () => {};
    });
    const { api } = worker();
    const outcome = await api.analyze(
      file,
      name,
      { exercise: route.exercise, model: route.model, backend: 'auto', modelsUrl: modelsUrl(), workers: route.workers, options: route.exercise === 'running' ? (slowMotion > 1 ? { slowMotionFactor: slowMotion } : {}) : { thresholds: prefs.thresholds[route.exercise] } },
      Comlink.proxy((progress: ClipProgress) =>
        setStage((s) => (s.kind === 'analysing' ? { ...s, progress } : s))),
    ).catch((err: unknown) => ({ ok: false as const, error: { kind: 'corrupt' as const, message: err instanceof Error ? err.message : String(err) } }));
    await clearNote().catch(() => {});
    if (outcome.ok) {
      await saveReport(outcome.analysis).catch((err: unknown) => console.warn('The report could not be kept in the history:', err));
      publish({ clipAnalysis: outcome.analysis });
      setStage({ kind: 'report', analysis: outcome.analysis });
    } else {
      publish({ clipError: outcome.error });
      setStage(outcome.error.kind === 'cancelled' ? { kind: 'choose' } : { kind: 'error', error: outcome.error });
    }
  }, [route, slowMotion, worker, prefs.thresholds]);

  const cancel = useCallback(() => {
    setStage((s) => (s.kind === 'analysing' ? { ...s, cancelling: true } : s));
    client.current?.api.cancel().catch(() => {});
  }, []);

  const frameImage = useCallback((i: number) => worker().api.frameImage(i), [worker]);
  const onFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void analyse(file, file.name);
  };

  return (
    <main className="clip-page">
      <header className="clip-header">
        <button type="button" className="icon" onClick={onExit} aria-label="Back to the start page">←</button>
        <h1>{exerciseName(route.exercise)}: analyse a clip</h1>
      </header>

      {stage.kind === 'choose' && (
        <section
          className={`clip-choose${dragging ? ' dragging' : ''}`}
          data-testid="clip-drop"
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => { e.preventDefault(); setDragging(false); onFiles(e.dataTransfer.files); }}
        >
          {interrupted.map((run) => (
            <p key={run.id} className="notice" role="status" data-testid="clip-interrupted">
              The analysis of “{run.fileName}” ({(run.fileSize / 1e6).toFixed(1)} MB) did not finish: the page was reloaded or closed.
              Open the clip again to start it over.
            </p>
          ))}
          {route.exercise === 'running' && (
            <p className="hint">
              Film from the side, camera still at hip height, square to the running direction, the whole body in view, 10-30 s of
              steady running. A treadmill works best. The clip is analysed on this device; it is never uploaded.
            </p>
          )}
          <div className="clip-settings">
            <label>
              Pose model
              <select value={route.model} onChange={(e) => onRouteChange({ ...route, model: e.target.value as ModelId })} data-testid="clip-model">
                {Object.values(MODELS).map((m) => (
                  <option key={m.id} value={m.id}>{m.label}{route.exercise === 'running' && !m.hasFeet ? ': no foot strike' : ''}</option>
                ))}
              </select>
            </label>
            {route.exercise === 'running' && (
              <label>
                Slow motion
                <select value={slowMotion} onChange={(e) => setSlowMotion(Number(e.target.value))}>
                  {SLOW_MOTION_FACTORS.map((f) => <option key={f} value={f}>{f === 1 ? 'Real time' : `${f}x slower than real time`}</option>)}
                </select>
              </label>
            )}
          </div>
          <div className="clip-inputs">
            <label className="file-button primary">
              Open a video
              <input type="file" accept="video/*,.mp4,.mov,.m4v,.webm,.mkv" data-testid="clip-file" onChange={(e) => onFiles(e.target.files)} />
            </label>
            <span>or drop a file here, or</span>
            <button type="button" onClick={() => setStage({ kind: 'record' })} data-testid="clip-record">Record with the camera</button>
          </div>
          <p className="hint">MP4 (H.264), MOV or WebM (VP8/VP9), up to 2 minutes.</p>
        </section>
      )}

      {stage.kind === 'record' && (
        <ClipRecorderView
          sideView={route.exercise === 'running'}
          onRecorded={(blob) => void analyse(blob, `recording-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.webm`)}
          onCancel={() => setStage({ kind: 'choose' })}
        />
      )}

      {stage.kind === 'analysing' && (
        <ClipProgressView name={stage.name} progress={stage.progress} cancelling={stage.cancelling} onCancel={cancel} />
      )}

      {stage.kind === 'error' && (
        <section className="error-screen" role="alert" data-testid="clip-error">
          <h2>This clip could not be analysed</h2>
          <p data-testid="clip-error-message">{stage.error.message}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => setStage({ kind: 'choose' })}>Choose another clip</button>
            <button type="button" onClick={onExit}>Back to the start page</button>
          </div>
        </section>
      )}

      {stage.kind === 'report' && (stage.analysis.running
        ? <RunningReport analysis={stage.analysis} frameImage={frameImage} onNewClip={() => setStage({ kind: 'choose' })} />
        : <RepClipReport analysis={stage.analysis} frameImage={frameImage} onNewClip={() => setStage({ kind: 'choose' })} />)}
    </main>
  );
}
