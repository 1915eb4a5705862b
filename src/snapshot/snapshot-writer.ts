/**
 * Writes a snapshot directory atomically: everything lands in a staging folder next to the target
 * and is renamed into place only once complete, so a crash or Ctrl-C never leaves a half snapshot
 * that looks whole, and an existing snapshot is never touched unless the caller asked to replace it.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CrmError } from '../core/problem.js';
import type { AccessFileInput, DefectsFile, Manifest, ObjectFile, SnapshotSchema } from '../core/snapshot-files.js';
import { CsvObjectWriter } from './csv-object-writer.js';

export interface SnapshotMeta {
  name: string;
  asOf: string;
  capturedAt: string;
  source: Manifest['source'];
  [extra: string]: unknown;
}

export class SnapshotWriter {
  readonly staging: string;
  private readonly objects: Record<string, ObjectFile> = {};
  private readonly open = new Map<string, CsvObjectWriter>();

  constructor(readonly target: string, opts: { replace?: boolean } = {}) {
    this.target = resolve(target);
    if (existsSync(this.target) && readdirSync(this.target).length > 0 && !opts.replace) {
      throw new CrmError({
        code: 'output_exists',
        file: target,
        message: 'the output folder already exists and is not empty',
        hint: 'choose another --out folder, or pass --force to replace it',
      });
    }
    mkdirSync(dirname(this.target), { recursive: true });
    this.staging = join(dirname(this.target), `.${basename(this.target)}.partial-${process.pid}`);
    rmSync(this.staging, { recursive: true, force: true });
    mkdirSync(join(this.staging, 'data'), { recursive: true });
  }

  /** Opens data/<Object>.csv for streaming rows. */
  object(name: string, header: readonly string[]): CsvObjectWriter {
    const w = new CsvObjectWriter(join(this.staging, 'data', `${name}.csv`), header);
    this.open.set(name, w);
    return w;
  }

  /** Registers a data file that something else (e.g. DuckDB COPY) wrote into `staging/data/`. */
  addObjectFile(name: string, entry: ObjectFile): void {
    this.objects[name] = entry;
  }

  /** Closes the data files, writes the JSON files and moves the snapshot into place. */
  commit(meta: SnapshotMeta, files: { schema: SnapshotSchema; access: AccessFileInput; defects?: DefectsFile }): Manifest {
    for (const [name, w] of this.open) {
      const { rows, sha256 } = w.close();
      this.objects[name] = { file: `data/${name}.csv`, rows, sha256 };
    }
    const objects = Object.fromEntries(Object.keys(this.objects).sort().map((k) => [k, this.objects[k]]));
    const { name, asOf, capturedAt, source, ...extra } = meta;
    const manifest: Manifest = { format: 'crmready-snapshot/1', name, asOf, capturedAt, source, objects, ...extra };
    writeJson(join(this.staging, 'snapshot.json'), manifest);
    writeJson(join(this.staging, 'schema.json'), files.schema);
    writeJson(join(this.staging, 'access.json'), files.access);
    if (files.defects) writeJson(join(this.staging, 'defects.json'), files.defects);
    const old = `${this.staging}.old`;
    if (existsSync(this.target)) renameSync(this.target, old);
    renameSync(this.staging, this.target);
    rmSync(old, { recursive: true, force: true });
    return manifest;
  }

  /** Drops the staging folder (on error or interrupt). */
  abort(): void {
    for (const w of this.open.values()) w.close();
    rmSync(this.staging, { recursive: true, force: true });
  }
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}
