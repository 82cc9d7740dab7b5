import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ClipAnalysis } from '../shared/clip';
import type { ExerciseId, SessionOptions, SetSummary } from '../shared/exercise-core';

/**
 * Everything the app keeps on the device, in one IndexedDB database. A change of shape bumps
 * DB_VERSION and appends a migration; a browser with an older database runs the missing ones in
 * order when the app next opens it.
 */
const DB_NAME = 'formcheck';

export type SetStatus = 'in-progress' | 'done' | 'interrupted';

/** A live set, written as it goes (each counted rep), so a reload or a closed tab keeps it. */
export interface StoredSet {
  id: string;
  exercise: ExerciseId;
  options: SessionOptions;
  /** Epoch ms. */
  startedAt: number;
  updatedAt: number;
  status: SetStatus;
  summary: SetSummary;
}

/** A clip analysis under way: left behind only when the page went away before it ended. */
export interface StoredClipRun {
  id: string;
  fileName: string;
  fileSize: number;
  exercise: string;
  startedAt: number;
}

/** A finished clip analysis. The video and its decoded frames are not kept, only what was measured. */
export interface StoredReport {
  id: string;
  createdAt: number;
  analysis: ClipAnalysis;
}

export interface FormcheckDB extends DBSchema {
  sets: { key: string; value: StoredSet; indexes: { 'by-exercise': string } };
  clipRuns: { key: string; value: StoredClipRun };
  reports: { key: string; value: StoredReport };
  /** Settings and programme plans, one record per key. */
  settings: { key: string; value: unknown };
}

type UpgradeTx = IDBPTransaction<FormcheckDB, StoreNames<FormcheckDB>[], 'versionchange'>;

/** MIGRATIONS[n] takes a database from version n to n + 1. */
const MIGRATIONS: ReadonlyArray<(db: IDBPDatabase<FormcheckDB>, tx: UpgradeTx) => void> = [
  (db) => {
    db.createObjectStore('sets', { keyPath: 'id' }).createIndex('by-exercise', 'exercise');
    db.createObjectStore('clipRuns', { keyPath: 'id' });
  },
  (db) => {
    db.createObjectStore('reports', { keyPath: 'id' });
    db.createObjectStore('settings');
  },
];

export const DB_VERSION = MIGRATIONS.length;

let opening: Promise<IDBPDatabase<FormcheckDB>> | null = null;

/** Opens the database at a given version (the app's own by default); tests open older versions. */
export function openFormcheckDB(version = DB_VERSION, name = DB_NAME) {
  return openDB<FormcheckDB>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < version; v++) MIGRATIONS[v]?.(db, tx);
    },
    // Another tab upgraded the schema: let it, and reopen on the next call.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
    // The browser closed it (storage cleared, disk trouble): open afresh next time.
    terminated() {
      opening = null;
    },
  });
}

export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The browser’s storage for this app cannot be used (${cause instanceof Error ? cause.message : String(cause)}).`);
    this.name = 'StorageUnavailableError';
  }
}

/** The database, opened once per page and upgraded to DB_VERSION on the way. */
export function database(): Promise<IDBPDatabase<FormcheckDB>> {
  opening ??= openFormcheckDB().catch((err: unknown) => {
    opening = null;
    throw new StorageUnavailableError(err);
  });
  return opening;
}

/** Closes the page's connection; the next database() opens afresh (tests switch profiles with it). */
export async function closeDatabase(): Promise<void> {
  const current = opening;
  opening = null;
  (await current?.catch(() => null))?.close();
}
