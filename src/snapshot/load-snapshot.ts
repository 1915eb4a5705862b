/**
 * loadSnapshot(dir): validate the JSON files, verify every checksum and row count, then load each
 * object into DuckDB. The snapshot's tables live in an attached database named `snap` — a scratch file
 * (removed on close) or a cache file — attached read-only once loaded, so nothing downstream (the
 * sandbox included) can modify them.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  // Without a cache, the tables go to a scratch database file, stored uncompressed, removed on close.
  // Compressing a 1M-contact org (what a cache file or an in-memory COMPRESS database does) cost
  // more CPU than parsing its CSV, and every later scan paid again to decompress; held in memory
  // uncompressed (~2 GB) it would exceed the memory limit and spill anyway. A file's pages are
  // evicted for free and re-read from the OS page cache, so RSS stays within the memory limit.
  const scratch = entry ? undefined : scratchDatabasePath();
  const target = entry ? `${entry.dbPath}.tmp-${process.pid}` : scratch!;
  const { instance, db } = await openDuckDb();
  if (scratch) await db.run(`SET force_compression = 'uncompressed'`);
  await db.run(`ATTACH ${quoteString(target)} AS snap`);
  const discard = () => {
    db.closeSync();
    instance.closeSync();
    removeDatabaseFile(target);
  };
  await db.run('CREATE SCHEMA IF NOT EXISTS snap.raw');
  await db.run('CREATE SCHEMA IF NOT EXISTS snap.data');
  const loadedObjects: Record<string, LoadedObject> = {};
  const warnings: Problem[] = [];
  for (const object of objects) {
    opts.onProgress?.({ object, phase: 'load' });
    const res = await loadObject(db, object, join(dir, files.manifest.objects[object].file), files.schema.objects[object], files.manifest.objects[object].rows);
    if (!res.ok) {
      discard();
      const problems = await verified();
      return problems.length ? { ok: false, problems } : res;
    }
    const { warnings: w, ...obj } = res.value;
    loadedObjects[object] = obj;
    warnings.push(...w);
    opts.onProgress?.({ object, phase: 'load', rows: obj.rows });
  }
  const problems = await verified();
  if (problems.length) {
    discard();
    return { ok: false, problems };
  }
  if (!entry) {
    await db.run('DETACH snap');
    await db.run(`ATTACH ${quoteString(target)} AS snap (READ_ONLY)`);
    return { ok: true, value: loaded(files, instance, db, loadedObjects, warnings, false, scratch) };
  }

  // Persist the cache, then re-attach it read-only like any later load will.
  await db.run('DETACH snap');
  writeFileSync(entry.metaPath, JSON.stringify({ objects: loadedObjects, warnings }));
  renameSync(target, entry.dbPath);
  recordVerified(entry, paths);
  await db.run(`ATTACH ${quoteString(entry.dbPath)} AS snap (READ_ONLY)`);
  return { ok: true, value: loaded(files, instance, db, loadedObjects, warnings, false) };
}

function loaded(files: SnapshotFiles, instance: DuckDBInstance, db: DuckDBConnection, objects: Record<string, LoadedObject>, warnings: Problem[], fromCache: boolean, scratch?: string): LoadedSnapshot {
  return {
    ...files, instance, db, objects, warnings, fromCache,
    close() {
      db.closeSync();
      instance.closeSync();
      if (scratch) removeDatabaseFile(scratch);
    },
  };
}

const SCRATCH_DIR = () => join(tmpdir(), 'crmready-duckdb');

/**
 * A new scratch database path, after removing the files of earlier processes that died without
 * closing theirs (the process id is in the name).
 */
function scratchDatabasePath(): string {
  const dir = SCRATCH_DIR();
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const m = /^snapshot-(\d+)-[0-9a-f]+\.duckdb$/.exec(name);
    if (m && !processAlive(Number(m[1]))) removeDatabaseFile(join(dir, name));
  }
  return join(dir, `snapshot-${process.pid}-${randomBytes(4).toString('hex')}.duckdb`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const removeDatabaseFile = (path: string): void => {
  for (const f of [path, `${path}.wal`]) rmSync(f, { force: true });
};

/** The throwing variant for callers at the edge (CLI, demo). */
export async function loadSnapshot(dir: string, opts: LoadOptions = {}): Promise<LoadedSnapshot> {
  const res = await loadSnapshotResult(dir, opts);
  if (!res.ok) throw new CrmError(res.problems);
  return res.value;
}
