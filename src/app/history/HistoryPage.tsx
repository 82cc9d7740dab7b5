import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { downloadText } from '../../clip/page/report/download';
import { exportHistory, importHistory } from '../../storage/history-file';
import { deleteAllEntries, deleteEntry, entryBytes, listHistory, type HistoryEntry } from '../../storage/history-store';
import { entryFacts, entryTitle, formatKb, formatWhen, STATUS_TEXT } from './entry-text';
import { PageHeader } from '../../ui/PageHeader';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Every stored set and clip report, newest first: open, delete one or all, export, import. */
export function HistoryPage({ onOpen, onExit }: { onOpen: (id: string) => void; onExit: () => void }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(() => {
    listHistory().then(setEntries, (err: unknown) => {
      setEntries([]);
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    });
  }, []);
  useEffect(reload, [reload]);

  const exportAll = async () => {
    try {
      const file = await exportHistory();
      downloadText(JSON.stringify(file, null, 1), 'application/json', `formcheck-history-${file.exportedAt.slice(0, 10)}.json`);
      setMessage({ kind: 'ok', text: `Exported ${file.sets.length} sets and ${file.reports.length} clip reports.` });
    } catch (err) {
      setMessage({ kind: 'error', text: `The export failed: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await importHistory(await file.text());
      setMessage({
        kind: 'ok',
        text: `Imported ${r.sets} set${r.sets === 1 ? '' : 's'} and ${r.reports} clip report${r.reports === 1 ? '' : 's'}${r.alreadyHere ? `; ${r.alreadyHere} already here were left as they are` : ''}.`,
      });
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
      reload();
    }
  };

  const remove = async (id: string) => {
    await deleteEntry(id).catch((err: unknown) => setMessage({ kind: 'error', text: String(err) }));
    reload();
  };

  const removeAll = async () => {
    setConfirmAll(false);
    await deleteAllEntries().then(
      () => setMessage({ kind: 'ok', text: 'The history was deleted.' }),
      (err: unknown) => setMessage({ kind: 'error', text: `Deleting failed: ${err instanceof Error ? err.message : String(err)}` }),
    );
    reload();
  };

  const titles = [...new Set((entries ?? []).map(entryTitle))].sort();
  const shown = (entries ?? []).filter((e) => !filter || entryTitle(e) === filter);
  // Sizing serialises each entry (a clip report is about 90 KB): once per load, not per render.
  const sizes = useMemo(() => new Map((entries ?? []).map((e) => [e.id, entryBytes(e)])), [entries]);
  const totalBytes = [...sizes.values()].reduce((sum, b) => sum + b, 0);

  return (
    <main className="page history" data-testid="history">
      <PageHeader title="History" onBack={onExit} />
      <section className="history-actions" aria-label="Export, import and delete">
        <button type="button" onClick={() => void exportAll()} disabled={!entries?.length} data-testid="history-export">Export everything (JSON)</button>
        <label className="file-button">
          Import a history file
          <input ref={fileInput} type="file" accept="application/json,.json" data-testid="history-import" onChange={(e) => void importFile(e.target.files?.[0])} />
        </label>
        {!confirmAll
          ? <button type="button" className="danger" onClick={() => setConfirmAll(true)} disabled={!entries?.length}>Delete everything</button>
          : (
            <span className="confirm" role="group" aria-label="Confirm deleting everything">
              Delete all {entries?.length} entries? This cannot be undone.
              <button type="button" className="danger" onClick={() => void removeAll()} data-testid="history-delete-all">Yes, delete everything</button>
              <button type="button" onClick={() => setConfirmAll(false)}>Keep them</button>
            </span>
          )}
      </section>
      <p className="message" role="status" data-testid="history-message">{message?.kind === 'ok' ? message.text : ''}</p>
      <p className="message error" role="alert" data-testid="history-error">{message?.kind === 'error' ? message.text : ''}</p>
      {entries === null && <p role="status">Reading the history…</p>}
      {entries?.length === 0 && <p data-testid="history-empty">Nothing yet: finished sets and clip reports appear here.</p>}
      {!!entries?.length && (
        <>
          <p className="hint">
            {entries.length} entries, {formatKb(totalBytes)} on this device.{' '}
            <label>
              Show{' '}
              <select value={filter} onChange={(e) => setFilter(e.target.value)}>
                <option value="">everything</option>
                {titles.map((t) => <option key={t} value={t}>{t}</option>)}
              </select>
            </label>
          </p>
          <ul className="history-list" aria-label="Sets and clip reports">
            {shown.map((e) => (
              <li key={e.id} data-testid="history-entry">
                <div>
                  <span className="history-when">{formatWhen(e.at)}</span>
                  <strong className="history-title">{entryTitle(e)}</strong>
                  {e.kind === 'set' && STATUS_TEXT[e.set.status] && <span className="badge">{STATUS_TEXT[e.set.status]}</span>}
                </div>
                <div className="history-facts" data-testid="history-facts">{entryFacts(e)}</div>
                <div className="history-row-actions">
                  <span className="hint">{formatKb(sizes.get(e.id) ?? 0)}</span>
                  <button type="button" onClick={() => onOpen(e.id)}>Open</button>
                  <button type="button" className="link" onClick={() => void remove(e.id)} aria-label={`Delete ${entryTitle(e)}, ${formatWhen(e.at)}`}>Delete</button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
