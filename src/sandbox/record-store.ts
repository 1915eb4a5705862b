/**
 * Read access to the snapshot's records as plain JSON values (dates `YYYY-MM-DD`, datetimes ISO in
 * UTC, numbers, booleans, strings, null). The snapshot is immutable, so rows read once are cached:
 * objects up to FULL_LOAD_ROWS are read whole on first touch (a tool call is then a map lookup —
 * DuckDB's per-query overhead is ~1 ms), larger ones one record at a time with an LRU cache.
 */
import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import type { SnapshotSchema } from '../core/snapshot-files.js';
import { quoteIdent } from '../snapshot/duckdb-types.js';
import type { LoadedSnapshot } from '../snapshot/load-snapshot.js';
import { recordKey } from './record-key.js';

export type RecordRow = Record<string, unknown>;
const FULL_LOAD_ROWS = 250_000;
const LRU_SIZE = 50_000;

export function selectList(schema: SnapshotSchema, object: string, columns: string[]): string {
  const fields = schema.objects[object]?.fields ?? {};
  return columns.map((c) => {
    const q = quoteIdent(c);
    switch (fields[c]?.type) {
      case 'date': return `strftime(${q}, '%Y-%m-%d') AS ${q}`;
      case 'datetime': return `strftime(${q}, '%Y-%m-%dT%H:%M:%S.%gZ') AS ${q}`;
      default: return q;
    }
  }).join(', ');
}

export class RecordStore {
  private readonly full = new Map<string, Map<string, RecordRow>>();
  private readonly lru = new Map<string, RecordRow | null>();
  private readonly statements = new Map<string, DuckDBPreparedStatement>();
  private readonly prefixes = new Map<string, string[]>();

  constructor(private readonly snap: Pick<LoadedSnapshot, 'db' | 'objects' | 'schema'>) {}

  get db(): DuckDBConnection { return this.snap.db; }
  hasObject(object: string): boolean { return !!this.snap.objects[object]; }
  objectNames(): string[] { return Object.keys(this.snap.objects); }

  async get(object: string, id: string): Promise<RecordRow | undefined> {
    const loaded = this.snap.objects[object];
    if (!loaded) return undefined;
    const key = recordKey(id);
    if (loaded.rows <= FULL_LOAD_ROWS) return (await this.whole(object)).get(key);
    const cacheKey = `${object}\u0000${key}`;
    if (this.lru.has(cacheKey)) {
      const hit = this.lru.get(cacheKey)!;
      this.lru.delete(cacheKey);
      this.lru.set(cacheKey, hit);
      return hit ?? undefined;
    }
    const row = await this.pointQuery(object, id);
    this.lru.set(cacheKey, row ?? null);
    if (this.lru.size > LRU_SIZE) this.lru.delete(this.lru.keys().next().value!);
    return row;
  }

  /** The objects whose Ids start like this one (Salesforce key prefixes), most likely first. */
  async objectsForId(id: string): Promise<string[]> {
    if (!this.prefixes.size) {
      for (const object of this.objectNames()) {
        const r = await this.db.runAndReadAll(`SELECT DISTINCT left(Id, 3) AS p FROM ${this.snap.objects[object].table} USING SAMPLE 64 ROWS`);
        for (const { p } of r.getRowObjectsJS() as { p: string | null }[]) if (p) this.prefixes.set(p, [...(this.prefixes.get(p) ?? []), object]);
      }
    }
    return this.prefixes.get(id.slice(0, 3)) ?? [];
  }

  /** True when the object is held whole in memory (searches can then run without a query). */
  isSmall(object: string): boolean {
    return (this.snap.objects[object]?.rows ?? Infinity) <= FULL_LOAD_ROWS;
  }

  /** Every row of a small object, in snapshot order. */
  async rows(object: string): Promise<RecordRow[]> {
    return [...(await this.whole(object)).values()];
  }

  /** Every Id of an object, for callers that must scan (small objects only). */
  async ids(object: string): Promise<string[]> {
    return [...(await this.whole(object)).keys()];
  }

  private async whole(object: string): Promise<Map<string, RecordRow>> {
    const cached = this.full.get(object);
    if (cached) return cached;
    const loaded = this.snap.objects[object];
    const reader = await this.db.runAndReadAll(`SELECT ${selectList(this.snap.schema, object, loaded.columns)} FROM ${loaded.table}`);
    const rows = new Map<string, RecordRow>();
    for (const row of reader.getRowObjectsJS() as RecordRow[]) if (typeof row.Id === 'string') rows.set(recordKey(row.Id), row);
    this.full.set(object, rows);
    return rows;
  }

  private async pointQuery(object: string, id: string): Promise<RecordRow | undefined> {
    let ps = this.statements.get(object);
    if (!ps) {
      const loaded = this.snap.objects[object];
      ps = await this.db.prepare(`SELECT ${selectList(this.snap.schema, object, loaded.columns)} FROM ${loaded.table} WHERE Id = $1 OR Id = $2 LIMIT 1`);
      this.statements.set(object, ps);
    }
    ps.bindVarchar(1, id);
    ps.bindVarchar(2, id.length === 18 ? id.slice(0, 15) : recordKey(id));
    const rows = (await ps.runAndReadAll()).getRowObjectsJS() as RecordRow[];
    return rows[0];
  }
}
