/**
 * Who writes what, in which order. Two threads (this one and a worker) or, as a fallback, one:
 *
 *   main:   Contact chunks ─┬─ (all contacts written) ─ Lead ─ Case ─ Task chunks → worker
 *   worker: Account ─ Opportunity ─ Contact chunks → main ─ Task chunks, writes Task.csv
 *
 * Leads and cases copy people from contacts, so they wait for every contact chunk; everything else
 * needs only the skeleton. Both return the same files: chunks are claimed dynamically but written in
 * chunk order, each from its own random stream.
 */
import { CASE_HEADER, writeCases } from './case-rows.js';
import type { RememberedContact } from './contact-rows.js';
import { LEAD_HEADER, writeLeads } from './lead-rows.js';
import {
  accountJob, claimChunk, CONTACT_SLOT, contactChunkCount, contactFile, opportunityJob, produceContactChunk, produceTaskChunk,
  TASK_SLOT, taskFile, writeObject, type ContactChunk, type JobResult,
} from './object-jobs.js';
import type { OrgContext } from './org-context.js';
import { startSideThread } from './side-thread.js';
import { taskChunkCount } from './task-rows.js';

export type Progress = (object: string, rows: number) => void;

/** The worker failed: the caller starts over on one thread. */
export class WorkerFailed extends Error {}

class Memo {
  readonly forLeads = new Map<number, RememberedContact>();
  readonly caseEmails = new Map<number, string>();
  add(chunk: ContactChunk): void {
    for (const [c, m] of chunk.memo.forLeads) this.forLeads.set(c, m);
    for (const [c, e] of chunk.memo.caseEmails) this.caseEmails.set(c, e);
  }
}

function leadsAndCases(ctx: OrgContext, staging: string, memo: Memo, progress: Progress): JobResult[] {
  progress('Lead', 0);
  const leads = writeObject(staging, 'Lead', LEAD_HEADER, (sink, log) => writeLeads(ctx, memo.forLeads, sink, log, (n) => progress('Lead', n)));
  memo.forLeads.clear();
  progress('Case', 0);
  const cases = writeObject(staging, 'Case', CASE_HEADER, (sink, log) => writeCases(ctx, memo.caseEmails, sink, log, (n) => progress('Case', n)));
  memo.caseEmails.clear();
  return [leads, cases];
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

export async function runParallel(ctx: OrgContext, staging: string, progress: Progress): Promise<JobResult[]> {
  const cursors = new Int32Array(new SharedArrayBuffer(8));
  const contacts = contactFile(ctx, staging);
  const memo = new Memo();
  const take = (chunk: ContactChunk) => {
    memo.add(chunk);
    contacts.chunks.put(chunk);
    progress('Contact', contacts.rowsWritten);
  };
  const side = startSideThread({ seed: ctx.seed, plan: ctx.plan, sk: ctx.sk, staging, cursors }, { progress, contactChunk: take });
  const failed = side.done.then(() => { throw new WorkerFailed('the worker finished before the contacts were written'); }, (e: Error) => { throw new WorkerFailed(e.message); });
  failed.catch(() => {});
  try {
    progress('Contact', 0);
    const total = contactChunkCount(ctx);
    for (let i = claimChunk(cursors, CONTACT_SLOT, total); i >= 0; i = claimChunk(cursors, CONTACT_SLOT, total)) {
      take(produceContactChunk(ctx, i));
      await tick(); // take in the worker's chunks as they come
    }
    await Promise.race([contacts.chunks.done, failed]);
    const results = [contacts.close(), ...leadsAndCases(ctx, staging, memo, progress)];
    const tasks = taskChunkCount(ctx);
    for (let i = claimChunk(cursors, TASK_SLOT, tasks); i >= 0 && side.alive; i = claimChunk(cursors, TASK_SLOT, tasks)) {
      side.sendTaskChunk(produceTaskChunk(ctx, i));
    }
    const sideResults = await side.done.catch((e: Error) => { throw new WorkerFailed(e.message); });
    return [...results, ...sideResults];
  } catch (e) {
    await side.stop();
    throw e;
  }
}

export function runInline(ctx: OrgContext, staging: string, progress: Progress): JobResult[] {
  const contacts = contactFile(ctx, staging);
  const memo = new Memo();
  progress('Contact', 0);
  for (let i = 0; i < contacts.chunks.total; i++) {
    const chunk = produceContactChunk(ctx, i);
    memo.add(chunk);
    contacts.chunks.put(chunk);
    progress('Contact', contacts.rowsWritten);
  }
  const results = [contacts.close(), ...leadsAndCases(ctx, staging, memo, progress)];
  progress('Account', 0);
  results.push(accountJob(ctx, staging, (n) => progress('Account', n)));
  progress('Opportunity', 0);
  results.push(opportunityJob(ctx, staging, (n) => progress('Opportunity', n)));
  const tasks = taskFile(ctx, staging);
  progress('Task', 0);
  for (let i = 0; i < tasks.chunks.total; i++) {
    tasks.chunks.put(produceTaskChunk(ctx, i));
    progress('Task', tasks.rowsWritten);
  }
  results.push(tasks.close());
  return results;
}
