/**
 * loadSnapshot(dir): validate the JSON files, verify every checksum and row count, then load each
 * object into DuckDB. The snapshot's tables live in an attached database named `snap`: in memory by
 * default, or a read-only cache file, so nothing downstream (the sandbox included) can modify them.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrmError, type Problem, type Result } from '../core/problem.js';
import { openDuckDb } from './duckdb.js';
import { quoteString } from './duckdb-types.js';
import { loadObject, type LoadedObject } from './load-object.js';
import { readSnapshotFiles, type SnapshotFiles } from './read-snapshot.js';
import { cacheEntry, cacheKey, defaultCacheDir, filesUnchanged, recordVerified } from './snapshot-cache.js';
import { objectFilesPresent, verifyObjectFiles } from './verify-snapshot.js';

export interface LoadOptions {
  /** Load only these objects (default: all in snapshot.json). */
  objects?: string[];
  /** `true` for the default cache folder, a path for another, false/undefined for in-memory only. */
  cache?: boolean | string;
  /** Re-hash every file even when the cache says it is unchanged. */
  fullVerify?: boolean;
  onProgress?: (event: { object: string; phase: 'verify' | 'load' | 'cached'; rows?: number }) => void;
}

export interface LoadedSnapshot extends SnapshotFiles {
  instance: DuckDBInstance;
  db: DuckDBConnection;
  objects: Record<string, LoadedObject>;
  warnings: Problem[];
  fromCache: boolean;
  close(): void;
}

export async function loadSnapshotResult(dir: string, opts: LoadOptions = {}): Promise<Result<LoadedSnapshot>> {
  const read = readSnapshotFiles(dir);
  if (!read.ok) return read;
  const files = read.value;
  const all = Object.keys(files.manifest.objects);
  const unknown = (opts.objects ?? []).filter((o) => !files.manifest.objects[o]);
  if (unknown.length) {
    return { ok: false, problems: unknown.map((o) => ({ code: 'unknown_object', file: join(dir, 'snapshot.json'), field: o, message: `object ${o} is not in this snapshot`, hint: `objects in it: ${all.join(', ')}` })) };
  }
  const objects = opts.objects ?? all;
  const paths = objects.map((o) => join(dir, files.manifest.objects[o].file));
  const cacheDir = opts.cache === true ? defaultCacheDir() : typeof opts.cache === 'string' ? opts.cache : undefined;
  const entry = cacheDir ? cacheEntry(cacheDir, cacheKey(files.manifest, readFileSync(join(dir, 'schema.json'), 'utf8'), objects)) : undefined;

  // Hashing (JS thread) runs while DuckDB parses the files (its own threads); the result is awaited
  // before anything is returned, so a snapshot that fails verification is still never handed out
  // (nor cached), and its checksum problems win over any load error the bad file caused.
  let verifying: Promise<Problem[]> = Promise.resolve([]);
  if (!(entry && !opts.fullVerify && filesUnchanged(entry, paths))) {
    objects.forEach((object) => opts.onProgress?.({ object, phase: 'verify' }));
    verifying = verifyObjectFiles(dir, files.manifest, objects);
    // A file outside the folder or missing is never opened: report it (with the rest) right away.
    if (!objectFilesPresent(dir, files.manifest, objects)) return { ok: false, problems: await verifying };
    verifying.catch(() => undefined); // rejections surface where it is awaited
  }
  const verified = async (): Promise<Problem[]> => verifying;

  if (entry && existsSync(entry.dbPath)) {
    const problems = await verified();
    if (problems.length) return { ok: false, problems };
    recordVerified(entry, paths);
    const { instance, db } = await openDuckDb();
    await db.run(`ATTACH ${quoteString(entry.dbPath)} AS snap (READ_ONLY)`);
    objects.forEach((object) => opts.onProgress?.({ object, phase: 'cached' }));
    const meta = JSON.parse(readFileSync(entry.metaPath, 'utf8')) as { objects: Record<string, LoadedObject>; warnings: Problem[] };
    return { ok: true, value: loaded(files, instance, db, meta.objects, meta.warnings, true) };
  }

  const target = entry ? `${entry.dbPath}.tmp-${process.pid}` : ':memory:';
  const { instance, db } = await openDuckDb();
  // In memory, the snapshot is kept compressed like a database file (COMPRESS + a checkpoint per
  // object): a 1M-contact org then takes ~300 MB instead of ~1.5 GB, which no longer exceeds the
  // memory_limit and forces every later scan and the duplicate engine to spill.
  await db.run(`ATTACH ${quoteString(target)} AS snap${entry ? '' : ' (COMPRESS)'}`);
  await db.run('CREATE SCHEMA IF NOT EXISTS snap.raw');
  await db.run('CREATE SCHEMA IF NOT EXISTS snap.data');
  const loadedObjects: Record<string, LoadedObject> = {};
  const warnings: Problem[] = [];
  for (const object of objects) {
    opts.onProgress?.({ object, phase: 'load' });
    const res = await loadObject(db, object, join(dir, files.manifest.objects[object].file), files.schema.objects[object], files.manifest.objects[object].rows);
    if (!res.ok) {
      db.closeSync();
      instance.closeSync();
      if (entry) rmSync(target, { force: true });
      const problems = await verified();
      return problems.length ? { ok: false, problems } : res;
    }
    const { warnings: w, ...obj } = res.value;
    loadedObjects[object] = obj;
    if (!entry) await db.run('CHECKPOINT snap');
    warnings.push(...w);
    opts.onProgress?.({ object, phase: 'load', rows: obj.rows });
  }
  const problems = await verified();
  if (problems.length) {
    db.closeSync();
    instance.closeSync();
    if (entry) rmSync(target, { force: true });
    return { ok: false, problems };
  }
  if (!entry) return { ok: true, value: loaded(files, instance, db, loadedObjects, warnings, false) };

  // Persist the cache, then re-attach it read-only like any later load will.
  await db.run('DETACH snap');
  writeFileSync(entry.metaPath, JSON.stringify({ objects: loadedObjects, warnings }));
  renameSync(target, entry.dbPath);
  recordVerified(entry, paths);
  await db.run(`ATTACH ${quoteString(entry.dbPath)} AS snap (READ_ONLY)`);
  return { ok: true, value: loaded(files, instance, db, loadedObjects, warnings, false) };
}

function loaded(files: SnapshotFiles, instance: DuckDBInstance, db: DuckDBConnection, objects: Record<string, LoadedObject>, warnings: Problem[], fromCache: boolean): LoadedSnapshot {
  return {
    ...files, instance, db, objects, warnings, fromCache,
    close() {
      db.closeSync();
      instance.closeSync();
    },
  };
}

/** The throwing variant for callers at the edge (CLI, demo). */
export async function loadSnapshot(dir: string, opts: LoadOptions = {}): Promise<LoadedSnapshot> {
  const res = await loadSnapshotResult(dir, opts);
  if (!res.ok) throw new CrmError(res.problems);
  return res.value;
}
