/**
 * The generator's units of work. Objects that depend only on the skeleton (Account, Opportunity) are
 * single jobs; the two largest, Contact and Task, are cut into chunks that both threads claim from
 * shared counters, so whichever thread is ahead keeps working. Each chunk draws from its own random
 * stream and a file's owner writes chunks in order: the bytes do not depend on who made what.
 */
import { join } from 'node:path';
import { ACCOUNT_HEADER, writeAccounts } from './account-rows.js';
import { ChunkRows, OrderedChunks, type ChunkOutput } from './chunks.js';
import { CONTACT_HEADER, writeContactChunk, type ContactMemo } from './contact-rows.js';
import { CsvFile, type RowSink } from './csv-file.js';
import { DefectLog, DefectText, type DefectCounts, type DefectSink } from './defect-log.js';
import type { OrgContext } from './org-context.js';
import { OPPORTUNITY_HEADER, writeOpportunities } from './opportunity-rows.js';
import { TASK_HEADER, taskChunkCount, writeTaskChunk } from './task-rows.js';

export interface JobResult { object: string; rows: number; sha256: string; defects: DefectCounts }

export const defectPartPath = (staging: string, object: string): string => join(staging, `.defects-${object}.part`);
const csvPath = (staging: string, object: string): string => join(staging, 'data', `${object}.csv`);

/** Writes a whole object file with one writer function. */
export function writeObject(staging: string, object: string, header: readonly string[], write: (sink: RowSink, log: DefectSink) => void): JobResult {
  const csv = new CsvFile(csvPath(staging, object), header);
  const log = new DefectLog(defectPartPath(staging, object), object);
  try {
    write(csv, log);
  } finally {
    log.close();
  }
  return { object, ...csv.close(), defects: log.counts };
}

export const accountJob = (ctx: OrgContext, staging: string, progress?: (rows: number) => void): JobResult =>
  writeObject(staging, 'Account', ACCOUNT_HEADER, (sink, log) => writeAccounts(ctx, sink, log, progress));
export const opportunityJob = (ctx: OrgContext, staging: string, progress?: (rows: number) => void): JobResult =>
  writeObject(staging, 'Opportunity', OPPORTUNITY_HEADER, (sink, log) => writeOpportunities(ctx, sink, log, progress));

export interface ContactChunk extends ChunkOutput { memo: ContactMemo }

export const contactChunkCount = (ctx: OrgContext): number => ctx.sk.contactChunks.length - 1;

export function produceContactChunk(ctx: OrgContext, index: number): ContactChunk {
  const rows = new ChunkRows();
  const log = new DefectText('Contact');
  const memo = writeContactChunk(ctx, index, rows, log);
  return { ...rows.finish(index, log.text, log.counts), memo };
}

export function produceTaskChunk(ctx: OrgContext, index: number): ChunkOutput {
  const rows = new ChunkRows();
  const log = new DefectText('Task');
  writeTaskChunk(ctx, index, rows, log);
  return rows.finish(index, log.text, log.counts);
}

/** A chunked object's file and ground truth, written in chunk order by the thread that owns them. */
export class ChunkedFile {
  private readonly csv: CsvFile;
  private readonly log: DefectLog;
  readonly chunks: OrderedChunks;

  constructor(staging: string, readonly object: 'Contact' | 'Task', total: number) {
    this.csv = new CsvFile(csvPath(staging, object), object === 'Contact' ? CONTACT_HEADER : TASK_HEADER);
    this.log = new DefectLog(defectPartPath(staging, object), object);
    this.chunks = new OrderedChunks(this.csv, this.log, total);
  }

  get rowsWritten(): number {
    return this.csv.rows;
  }

  close(): JobResult {
    this.log.close();
    return { object: this.object, ...this.csv.close(), defects: this.log.counts };
  }
}

export const taskFile = (ctx: OrgContext, staging: string): ChunkedFile => new ChunkedFile(staging, 'Task', taskChunkCount(ctx));
export const contactFile = (ctx: OrgContext, staging: string): ChunkedFile => new ChunkedFile(staging, 'Contact', contactChunkCount(ctx));

/** Claims the next unclaimed chunk of counter `slot` (shared by both threads), or -1 when none is left. */
export function claimChunk(cursors: Int32Array, slot: number, total: number): number {
  const i = Atomics.add(cursors, slot, 1);
  return i < total ? i : -1;
}

export const CONTACT_SLOT = 0;
export const TASK_SLOT = 1;
