/**
 * Streams one object's rows into the snapshot: loadable rows to data/<Object>.csv exactly as the
 * source wrote them, the rest to rejects/<Object>.csv. On the way it keeps only per-column type
 * stats, the latest record timestamp and the users seen, so memory stays flat at any size. Ends by
 * reconciling the counts: every row read is loaded or rejected, checked against the files' counts.
 */
import { join } from 'node:path';
import type { FieldDef } from '../../core/snapshot-files.js';
import type { SnapshotWriter } from '../../snapshot/snapshot-writer.js';
import { DATE_FIELDS, type LatestStamp } from './as-of.js';
import { USER_COLUMNS, type UserTracker } from './derive-access.js';
import { newColumnStats, observe, type ColumnStats } from './infer-type.js';
import { RejectsWriter } from './rejects-writer.js';
import type { ObjectInput } from './source.js';

export interface LoadContext {
  writer: SnapshotWriter;
  /** Folder the rejects files go to (inside the writer's staging folder). */
  rejectsDir: string;
  stamps: LatestStamp;
  users: UserTracker;
  onProgress?: (object: string, rows: number) => void;
}

export interface LoadedObject {
  object: string;
  header: string[];
  stats: ColumnStats[];
  hints: Record<string, FieldDef>;
  read: number;
  loaded: number;
  rejected: number;
  /** "line 7: <reason>", for the warning. */
  firstReject?: string;
}

const PROGRESS_EVERY = 10_000;

export async function loadObject(input: ObjectInput, ctx: LoadContext): Promise<LoadedObject> {
  const { object, header } = input;
  const out = ctx.writer.object(object, header);
  const rejects = new RejectsWriter(join(ctx.rejectsDir, `${object}.csv`));
  const stats = header.map(newColumnStats);
  const stampColumns = header.flatMap((h, i) => (DATE_FIELDS.has(h) ? [i] : []));
  const userColumns = header.flatMap((h, i) => (USER_COLUMNS.has(h) ? [i] : []));
  let read = 0;
  let firstReject: string | undefined;
  try {
    for await (const row of input.rows()) {
      read++;
      if ('reject' in row) {
        const { line, reason, raw } = row.reject;
        rejects.add(line, reason, raw);
        firstReject ??= line === undefined ? reason : `line ${line}: ${reason}`;
        continue;
      }
      const { values } = row;
      out.writeRow(values);
      for (let i = 0; i < values.length; i++) observe(stats[i], values[i]);
      for (const i of stampColumns) ctx.stamps.observe(values[i]);
      for (const i of userColumns) ctx.users.sawOwner(values[i]);
      if (object === 'User') ctx.users.sawUserRow(Object.fromEntries(header.map((h, i) => [h, values[i]])));
      if (read % PROGRESS_EVERY === 0) ctx.onProgress?.(object, read);
    }
  } finally {
    rejects.close();
  }
  const loaded = out.rows;
  const rejected = rejects.rows;
  // The counts come from three places (this loop and the two writers); a mismatch is a bug here,
  // and a snapshot that lost rows must not be committed.
  if (read !== loaded + rejected) throw new Error(`${object}: read ${read} rows but loaded ${loaded} + rejected ${rejected}`);
  ctx.onProgress?.(object, read);
  return { object, header, stats, hints: input.hints ?? {}, read, loaded, rejected, firstReject };
}
