/**
 * On-disk cache of loaded snapshots, so a 1M-row snapshot is parsed once, not on every command.
 * A cache file is a DuckDB database keyed by the snapshot's checksums and schema (so any change to
 * the data or the types is a different key), written under a temporary name and renamed into place
 * so a crash never leaves a half-built cache. A sidecar records each data file's size and mtime as
 * verified, so a later load can skip re-hashing files that have not been touched since.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from '../core/snapshot-files.js';

/** Bump when the loaded table layout changes, so old caches are not reused. */
export const LOADER_VERSION = 3;

export function defaultCacheDir(): string {
  return process.env.CRMREADY_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'crmready');
}

export function cacheKey(manifest: Manifest, schemaText: string, objects: string[]): string {
  const h = createHash('sha256');
  h.update(`crmready-loader/${LOADER_VERSION}\n`);
  for (const o of [...objects].sort()) h.update(`${o}:${manifest.objects[o].sha256}:${manifest.objects[o].rows}\n`);
  h.update(schemaText);
  return h.digest('hex').slice(0, 32);
}

/** dbPath: the DuckDB file; statsPath: verified file stats; metaPath: the loaded objects' layout and load warnings. */
export interface CacheEntry { dbPath: string; statsPath: string; metaPath: string }

export function cacheEntry(cacheDir: string, key: string): CacheEntry {
  mkdirSync(cacheDir, { recursive: true });
  return { dbPath: join(cacheDir, `${key}.duckdb`), statsPath: join(cacheDir, `${key}.files.json`), metaPath: join(cacheDir, `${key}.objects.json`) };
}

type FileStats = Record<string, { size: number; mtimeMs: number }>;

export function statFiles(paths: string[]): FileStats {
  return Object.fromEntries(paths.map((p) => {
    const s = statSync(p);
    return [p, { size: s.size, mtimeMs: s.mtimeMs }];
  }));
}

/** True when every file still has the size and mtime it had when it was last verified. */
export function filesUnchanged(entry: CacheEntry, paths: string[]): boolean {
  if (!existsSync(entry.dbPath) || !existsSync(entry.statsPath)) return false;
  try {
    const recorded = JSON.parse(readFileSync(entry.statsPath, 'utf8')) as FileStats;
    const now = statFiles(paths);
    return paths.every((p) => recorded[p] && recorded[p].size === now[p].size && recorded[p].mtimeMs === now[p].mtimeMs);
  } catch {
    return false;
  }
}

export function recordVerified(entry: CacheEntry, paths: string[]): void {
  writeFileSync(entry.statsPath, JSON.stringify(statFiles(paths)));
}
