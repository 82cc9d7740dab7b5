import type { AppError, ErrorAction } from './errors';

const LABELS: Record<ErrorAction, string> = {
  retry: 'Try again',
  home: 'Choose another exercise or camera',
  summary: 'See the set so far',
};

export function ErrorScreen({ error, onAction }: { error: AppError; onAction: (action: ErrorAction) => void }) {
  return (
    <section className="error-screen" role="alert" data-testid="error">
      <h2>{error.title}</h2>
      <p>{error.message}</p>
      <div className="actions">
        {error.actions.map((a) => (
          <button key={a} type="button" onClick={() => onAction(a)}>{LABELS[a]}</button>
        ))}
      </div>
    </section>
  );
}
