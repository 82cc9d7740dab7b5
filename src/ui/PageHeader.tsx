/** The title bar of the pages beside the exercises, with the way back to the start page. */
export function PageHeader({ title, onBack }: { title: string; onBack: () => void }) {
  return (
    <header className="page-header">
      <button type="button" className="link" onClick={onBack} aria-label="Back to exercises">←</button>
      <h1>{title}</h1>
    </header>
  );
}
