import type { RepRecord } from './session-types';

/** The reps a tracker has closed, numbered from 1 in the order they closed. */
export class RepLog {
  private readonly closed: RepRecord[] = [];

  get records(): readonly RepRecord[] {
    return this.closed;
  }

  /** Numbers the rep after the ones before it and keeps it. */
  add(rep: Omit<RepRecord, 'index'>): RepRecord {
    const record: RepRecord = { index: this.closed.length + 1, ...rep };
    this.closed.push(record);
    return record;
  }

  /** The reps so far, as a copy later reps do not change. */
  completed(): { repsDetail: RepRecord[] } {
    return { repsDetail: [...this.closed] };
  }
}
