/**
 * The run journal: one JSON line per finished trial (a TrialRecord), appended and fsynced the moment
 * the trial is judged, so a crash, a kill or Ctrl-C loses no finished trial. Reading tolerates a torn
 * last line (the process died mid-write): that trial simply runs again. A trial that ended because the
 * API failed (not because of anything the model did) is kept for its cost but run again on resume.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { TrialRecord } from '../run-eval.js';
import { API_ERROR_PREFIX } from './live-driver.js';

export const JOURNAL_FILE = 'journal.jsonl';

export const trialKey = (suite: string, scenario: string, trial: number) => `${suite}\u0000${scenario}\u0000${trial}`;

export interface JournalContents {
  /** Every line, in order (their cost counts against the budget). */
  all: TrialRecord[];
  /** Trials a resumed run must not redo, by trialKey. */
  finished: Map<string, TrialRecord>;
  /** Lines that could not be read (a torn last line after a crash). */
  unreadable: number;
}

export const apiFailed = (t: TrialRecord) => t.transcript.error?.startsWith(API_ERROR_PREFIX) === true;

export function readJournal(file: string): JournalContents {
  const out: JournalContents = { all: [], finished: new Map(), unreadable: 0 };
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let t: TrialRecord;
    try { t = JSON.parse(line) as TrialRecord; } catch { out.unreadable++; continue; }
    if (typeof t?.suite !== 'string' || typeof t.scenario !== 'string' || typeof t.trial !== 'number' || !t.transcript) { out.unreadable++; continue; }
    out.all.push(t);
    const key = trialKey(t.suite, t.scenario, t.trial);
    if (apiFailed(t)) out.finished.delete(key);
    else out.finished.set(key, t);
  }
  return out;
}

export class Journal {
  private fd: number | undefined;
  constructor(readonly file: string) {
    this.fd = openSync(file, 'a');
  }

  append(t: TrialRecord): void {
    if (this.fd === undefined) return;
    writeSync(this.fd, `${JSON.stringify(t)}\n`);
    fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
