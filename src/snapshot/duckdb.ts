/** Opens DuckDB the way every command needs it: offline (no extension downloads) and in UTC. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function openDuckDb(path = ':memory:', opts: { readOnly?: boolean } = {}): Promise<{ instance: DuckDBInstance; db: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(path, {
    // Only built-in extensions work on machines without internet; never try to download one.
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'true',
    ...(opts.readOnly ? { access_mode: 'READ_ONLY' } : {}),
    // DuckDB defaults to 80% of RAM (a 1M-contact audit then peaks at 5 GB); bounded, it spills to
    // temp files instead. The snapshot itself sits in a database file (load-snapshot.ts), whose
    // pages are dropped and re-read rather than spilled. The limit covers DuckDB's buffers, not the
    // allocator's fragmentation nor Node's share: at 850 MB a 1M-contact audit peaked at 1.57–1.72 GB
    // RSS, at 600 MB at 1.40–1.51 GB and no slower (450 MB: 1.35 GB, but loading spilled and took 2 s
    // longer). The audit narrows it once loaded (narrowMemoryLimit). CRMREADY_MEMORY_LIMIT
    // overrides both, e.g. "4GB".
    memory_limit: process.env.CRMREADY_MEMORY_LIMIT ?? '600MB',
    temp_directory: join(tmpdir(), 'crmready-duckdb'),
  });
  const db = await instance.connect();
  // Time rules use the snapshot's asOf, never the local clock or zone: pin the zone for casts.
  await db.run(`SET TimeZone = 'UTC'`);
  return { instance, db };
}

/**
 * A smaller DuckDB share once the snapshot is loaded: the audit's scans and the duplicate engine's
 * typed arrays (JS heap, outside DuckDB's cap) then peak at ~1.36 GB RSS on a 1M-contact audit
 * instead of ~1.40 GB, no slower; a full audit still runs at 350 MB. Loading keeps 600 MB: at 500 MB
 * its tables spill and it takes 2 s longer.
 */
export async function narrowMemoryLimit(db: DuckDBConnection, limit = '500MB'): Promise<void> {
  if (!process.env.CRMREADY_MEMORY_LIMIT) await db.run(`SET memory_limit = '${limit}'`);
}

/** Rows as plain objects; BIGINT stays bigint, so callers convert counts with Number(). */
export async function queryRows<T = Record<string, unknown>>(db: DuckDBConnection, sql: string): Promise<T[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjects() as T[];
}
