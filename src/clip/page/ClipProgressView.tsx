import type { ClipProgress } from '../../shared/clip';

const seconds = (s: number): string => (s < 90 ? `${Math.ceil(s)} s` : `${Math.round(s / 60)} min`);

export function ClipProgressView({ name, progress, cancelling, onCancel }: {
  name: string; progress: ClipProgress | null; cancelling: boolean; onCancel: () => void;
}) {
  const done = progress?.framesDone ?? 0;
  const total = progress?.framesTotal ?? 0;
  const text = !progress
    ? 'Reading the video and loading the pose model…'
    : `${done} / ${total} frames${progress.remainingS !== null ? ` · about ${seconds(progress.remainingS)} left` : ''}`;
  return (
    <section className="clip-progress" aria-busy="true">
      <h2>Analysing {name}</h2>
      <progress data-testid="clip-progress" max={total || 1} value={done} aria-label="Frames analysed" />
      <p data-testid="clip-progress-text" aria-live="polite">{cancelling ? 'Cancelling…' : text}</p>
      <button type="button" onClick={onCancel} disabled={cancelling} data-testid="clip-cancel">Cancel</button>
    </section>
  );
}
