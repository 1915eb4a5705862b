/**
 * Where an unfinished pull keeps its work, so an interrupted pull resumes per object: a folder beside
 * the target (`.<name>.pull/`) with each finished object's CSV and a state file naming them with
 * their row counts, checksums and schema. An object is recorded only after its file is complete and
 * renamed into place, so a crash mid-object costs that object only. The staging folder is reused
 * only by a pull with the same org and options; anything else starts over.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ObjectDef } from '../../core/snapshot-files.js';
import { CsvObjectWriter } from '../../snapshot/csv-object-writer.js';

export interface PullKey { instanceUrl: string; apiVersion: string; objects: string[]; whereSince?: string }

export interface FinishedObject {
  rows: number;
  sha256: string;
  via: 'rest' | 'bulk';
  def: ObjectDef;
  fields: string[];
  skipped: Record<string, string>;
  permissionable: string[];
}

interface StateFile { format: 'crmready-pull-state/1'; key: PullKey; objects: Record<string, FinishedObject> }

export const stagingDirFor = (out: string): string => join(dirname(resolve(out)), `.${basename(resolve(out))}.pull`);

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class PullStaging {
  private state: StateFile;
  /** What happened to an earlier staging folder: kept (resumed) or discarded (other options). */
  readonly previous: 'none' | 'resumed' | 'discarded';

  private constructor(readonly dir: string, key: PullKey, previous: StateFile | undefined) {
    const same = previous && JSON.stringify(previous.key) === JSON.stringify(key);
    this.previous = !previous ? 'none' : same ? 'resumed' : 'discarded';
    if (!same) rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'data'), { recursive: true });
    this.state = same ? previous : { format: 'crmready-pull-state/1', key, objects: {} };
    this.save();
  }

  /** Opens (or resumes) the staging folder for `out`; finished files that changed are redone. */
  static async open(out: string, key: PullKey): Promise<PullStaging> {
    const dir = stagingDirFor(out);
    const statePath = join(dir, 'pull-state.json');
    let previous: StateFile | undefined;
    if (existsSync(statePath)) {
      try {
        previous = JSON.parse(readFileSync(statePath, 'utf8')) as StateFile;
      } catch {
        previous = undefined; // a state file cut short by a crash: start over
      }
    }
    const staging = new PullStaging(dir, key, previous?.format === 'crmready-pull-state/1' ? previous : undefined);
    for (const [object, done] of Object.entries(staging.state.objects)) {
      const path = staging.dataFile(object);
      if (!existsSync(path) || (await fileSha256(path)) !== done.sha256) delete staging.state.objects[object];
    }
    staging.save();
    return staging;
  }

  finished(): Record<string, FinishedObject> {
    return this.state.objects;
  }

  dataFile(object: string): string {
    return join(this.dir, 'data', `${object}.csv`);
  }

  /** A writer for an object's rows; the file becomes the object's only through `finish`. */
  open(object: string, header: readonly string[]): CsvObjectWriter {
    return new CsvObjectWriter(`${this.dataFile(object)}.part`, header);
  }

  finish(object: string, writer: CsvObjectWriter, meta: Omit<FinishedObject, 'rows' | 'sha256'>): FinishedObject {
    const { rows, sha256 } = writer.close();
    renameSync(writer.path, this.dataFile(object));
    const done = { rows, sha256, ...meta };
    this.state.objects[object] = done;
    this.save();
    return done;
  }

  /** Drops an unfinished object's partial file. */
  discard(writer: CsvObjectWriter): void {
    writer.close();
    rmSync(writer.path, { force: true });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private save(): void {
    const path = join(this.dir, 'pull-state.json');
    writeFileSync(`${path}.tmp`, JSON.stringify(this.state, null, 2) + '\n');
    renameSync(`${path}.tmp`, path);
  }
}
