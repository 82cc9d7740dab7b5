import { useCallback, useEffect, useRef, useState } from 'react';
import { useSpaceBar } from '../ui/space-bar';

/** Counts the rest between two planned sets down, then starts the next one by itself. */
export function RestTimer({ seconds, nextSet, sets, onStart, onStop }: { seconds: number; nextSet: number; sets: number; onStart: () => void; onStop: () => void }) {
  const [left, setLeft] = useState(seconds);
  const started = useRef(false);
  const startOnce = useCallback(() => {
    if (started.current) return;
    started.current = true;
    onStart();
  }, [onStart]);
  useEffect(() => {
    const end = performance.now() + seconds * 1000;
    const tick = window.setInterval(() => setLeft(Math.max(0, Math.ceil((end - performance.now()) / 1000))), 250);
    return () => clearInterval(tick);
  }, [seconds]);
  useEffect(() => {
    if (left === 0) startOnce();
  }, [left, startOnce]);
  useSpaceBar(startOnce);
  return (
    <section className="rest-timer" data-testid="rest-timer" aria-labelledby="rest-title">
      <h2 id="rest-title">Rest</h2>
      <p className="rest-count" aria-live="off"><span data-testid="rest-seconds">{left}</span> s</p>
      <p role="status">Set {nextSet} of {sets} starts when the rest is over{left <= 5 && left > 0 ? ': get into position' : ''}.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={startOnce} aria-keyshortcuts="Space">Start set {nextSet} now</button>
        <button type="button" onClick={onStop}>End the programme</button>
      </div>
    </section>
  );
}
