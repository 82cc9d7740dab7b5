import { useEffect, useRef, useState } from 'react';
import { openCamera, CameraError } from '../../ui/camera';
import { ClipRecorder, recorderMimeType } from './clip-recorder';

const COUNTDOWN_S = 3;
const MAX_RECORD_S = 60;

type Phase = { kind: 'preview' } | { kind: 'countdown'; left: number } | { kind: 'recording'; since: number } | { kind: 'error'; message: string };

/** Camera preview with a framing guide, a countdown, then recording until stopped (or a minute). */
export function ClipRecorderView({ sideView, onRecorded, onCancel }: { sideView: boolean; onRecorded: (clip: Blob) => void; onCancel: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const recorder = useRef<ClipRecorder | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'preview' });
  const [now, setNow] = useState(() => performance.now());
  /** The camera is streaming: recording may start (a slow camera must not end the countdown with nothing to record). */
  const [cameraReady, setCameraReady] = useState(false);

  useEffect(() => {
    let live = true;
    openCamera().then(
      (s) => {
        if (!live) return s.getTracks().forEach((t) => t.stop());
        stream.current = s;
        if (video.current) video.current.srcObject = s;
        setCameraReady(true);
      },
      (err: unknown) => setPhase({ kind: 'error', message: err instanceof CameraError ? err.message : 'The camera could not start.' }),
    );
    return () => {
      live = false;
      void recorder.current?.stop();
      stream.current?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  useEffect(() => {
    if (phase.kind === 'countdown') {
      const id = setTimeout(() => {
        if (phase.left > 1) return setPhase({ kind: 'countdown', left: phase.left - 1 });
        const mime = recorderMimeType();
        if (!stream.current) return setPhase({ kind: 'error', message: 'The camera stopped before recording could start.' });
        if (!mime) return setPhase({ kind: 'error', message: 'This browser cannot record video. Record with your phone or camera app and open the file instead.' });
        recorder.current = new ClipRecorder(stream.current, mime);
        setPhase({ kind: 'recording', since: performance.now() });
      }, 1000);
      return () => clearTimeout(id);
    }
    if (phase.kind === 'recording') {
      const id = setInterval(() => setNow(performance.now()), 250);
      return () => clearInterval(id);
    }
  }, [phase]);

  const stop = async () => {
    const r = recorder.current;
    recorder.current = null;
    if (r) onRecorded(await r.stop());
  };

  const elapsed = phase.kind === 'recording' ? (now - phase.since) / 1000 : 0;
  useEffect(() => {
    if (elapsed >= MAX_RECORD_S) void stop();
  });

  if (phase.kind === 'error') {
    return (
      <section className="error-screen" role="alert" data-testid="clip-error">
        <h2>Recording is not possible</h2>
        <p>{phase.message} You can still open a video file.</p>
        <div className="actions"><button type="button" className="primary" onClick={onCancel}>Open a file instead</button></div>
      </section>
    );
  }

  return (
    <section className="clip-record">
      <div className="record-stage">
        <video ref={video} autoPlay muted playsInline />
        <svg className="framing-guide" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          <rect x="8" y="5" width="84" height="90" rx="1" />
        </svg>
        {phase.kind === 'countdown' && <div className="countdown" aria-live="assertive">{phase.left}</div>}
        {phase.kind === 'recording' && <div className="recording-dot" aria-live="polite">● {Math.floor(elapsed)} s</div>}
      </div>
      <p className="hint">
        {sideView
          ? 'Put the camera beside the treadmill at hip height, square to the running direction. Keep your whole body inside the box while you run.'
          : 'Keep your whole body inside the box.'}
      </p>
      <div className="actions">
        {phase.kind === 'preview' && (
          <button type="button" className="primary" disabled={!cameraReady} onClick={() => setPhase({ kind: 'countdown', left: COUNTDOWN_S })}>
            Start recording
          </button>
        )}
        {phase.kind === 'preview' && !cameraReady && <span className="hint" role="status">Starting the camera…</span>}
        {phase.kind === 'recording' && <button type="button" className="primary" onClick={() => void stop()} data-testid="clip-record-stop">Stop and analyse</button>}
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </section>
  );
}
