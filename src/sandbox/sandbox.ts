/**
 * A per-run, copy-on-write view over a loaded snapshot. Writes land in the overlay (and, for SQL
 * readers, in DuckDB overlay tables under the sandbox's own schema); reads see the overlay over the
 * snapshot; reset() drops the overlay between scenarios; diff() is the end state as create / update
 * / delete operations against the snapshot. The snapshot's tables live in the read-only `snap`
 * database and its files are never opened for writing.
 */
import { makeId } from '../core/salesforce-id.js';
import type { SnapshotSchema } from '../core/snapshot-files.js';
import { duckType, quoteIdent, quoteString } from '../snapshot/duckdb-types.js';
import type { LoadedSnapshot } from '../snapshot/load-snapshot.js';
import { Overlay, type DiffOp } from './overlay.js';
import { recordKey } from './record-key.js';
import { RecordStore, selectList, type RecordRow } from './record-store.js';

export interface SearchSpec {
  /** Free text: every word must appear in one of `textFields`. */
  query?: string;
  textFields: string[];
  where?: Record<string, unknown>;
  limit: number;
  offset: number;
}

let sandboxes = 0;

/** A typed value against a filter value given as JSON (as TRY_CAST would compare them). */
function sameTyped(v: unknown, want: unknown): boolean {
  if (typeof v === 'number') return Number(want) === v;
  if (typeof v === 'boolean') return String(want).toLowerCase() === String(v);
  return String(v) === String(want) || String(v).slice(0, 10) === String(want);
}

export class Sandbox {
  readonly store: RecordStore;
  private readonly overlay = new Overlay();
  private mirrored = -1;
  private created = 0;
  private largest?: Map<string, number>;
  /** DuckDB schema holding this sandbox's overlay table and its overlay-over-snapshot views. */
  readonly sqlSchema: string;

  /** `sqlSearch` forces searches through DuckDB (as for objects too large to hold), for tests. */
  constructor(readonly snapshot: Pick<LoadedSnapshot, 'db' | 'objects' | 'schema' | 'manifest'>, private readonly opts: { sqlSearch?: boolean } = {}) {
    this.store = new RecordStore(snapshot);
    this.sqlSchema = `sandbox_${++sandboxes}`;
  }

  get schema(): SnapshotSchema { return this.snapshot.schema; }
  get asOf(): string { return this.snapshot.manifest.asOf; }
  hasObject(object: string): boolean { return !!this.snapshot.schema.objects[object]; }

  async get(object: string, id: string): Promise<RecordRow | undefined> {
    const e = this.overlay.entry(object, recordKey(id));
    if (e) return e.op === 'delete' ? undefined : e.row;
    return this.store.get(object, id);
  }

  /** A record by Id in the object named, or in whichever object its key prefix says. */
  async lookup(id: string, object?: string): Promise<{ object: string; record: RecordRow } | undefined> {
    const candidates = object ? [object] : [...this.overlay.objects(), ...(await this.store.objectsForId(id))];
    for (const o of new Set(candidates)) {
      const record = await this.get(o, id);
      if (record) return { object: o, record };
    }
    return undefined;
  }

  async create(object: string, values: RecordRow): Promise<RecordRow> {
    let id: string;
    do id = makeId(object, 62 ** 8 + ++this.created); // far above any counter a real or generated org uses
    while (await this.get(object, id));
    const row: RecordRow = { ...values, Id: id };
    this.overlay.set(object, recordKey(id), { op: 'create', row });
    return row;
  }

  /** Applies `values` to an existing record; returns the record before and after. */
  async update(object: string, id: string, values: RecordRow): Promise<{ before: RecordRow; after: RecordRow }> {
    const key = recordKey(id);
    const e = this.overlay.entry(object, key);
    const before = e && e.op !== 'delete' ? e.row : await this.store.get(object, id);
    if (!before) throw new Error(`update of a missing record ${object} ${id}`); // callers check first
    const after = { ...before, ...values, Id: before.Id };
    this.overlay.set(object, key, e?.op === 'create' ? { op: 'create', row: after } : { op: 'update', row: after, base: e?.op === 'update' ? e.base : before });
    return { before, after };
  }

  async delete(object: string, id: string): Promise<RecordRow> {
    const key = recordKey(id);
    const e = this.overlay.entry(object, key);
    const before = e && e.op !== 'delete' ? e.row : await this.store.get(object, id);
    if (!before) throw new Error(`delete of a missing record ${object} ${id}`);
    this.overlay.set(object, key, e?.op === 'create' ? undefined : { op: 'delete', base: e?.op === 'update' ? e.base : before });
    return before;
  }

  reset(): void { this.overlay.clear(); this.created = 0; }
  diff(): DiffOp[] { return this.overlay.diff(); }

  /** The largest Amount among the account's opportunities in the snapshot (its past, not this run). */
  async largestOpportunityAmount(accountId: string): Promise<number | undefined> {
    if (!this.largest) {
      this.largest = new Map();
      const opp = this.snapshot.objects.Opportunity;
      if (opp?.columns.includes('Amount') && opp.columns.includes('AccountId')) {
        const r = await this.store.db.runAndReadAll(`SELECT AccountId AS a, max(Amount) AS m FROM ${opp.table} WHERE AccountId IS NOT NULL AND Amount IS NOT NULL GROUP BY 1`);
        for (const { a, m } of r.getRowObjectsJS() as { a: string; m: number }[]) this.largest.set(recordKey(a), m);
      }
    }
    return this.largest.get(recordKey(accountId));
  }

  /** Ids of records matching a search, overlay over snapshot, in Id order. */
  async search(object: string, spec: SearchSpec): Promise<string[]> {
    // Objects held in memory are searched in memory (a query costs ~1 ms); the same rules as the SQL below.
    if (!this.opts.sqlSearch && (!this.snapshot.objects[object] || this.store.isSmall(object))) return this.searchInMemory(object, spec);
    await this.mirror();
    const where: string[] = [];
    const fields = this.schema.objects[object]?.fields ?? {};
    for (const word of (spec.query ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
      const like = quoteString(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const any = spec.textFields.map((f) => `${quoteIdent(f)} ILIKE ${like} ESCAPE '\\'`);
      where.push(any.length ? `(${any.join(' OR ')})` : 'false');
    }
    for (const [field, value] of Object.entries(spec.where ?? {})) {
      const type = fields[field]?.type ?? 'string';
      const col = quoteIdent(field);
      if (value === null) where.push(`${col} IS NULL`);
      else if (duckType(type) === 'VARCHAR') where.push(`lower(${col}) = lower(${quoteString(String(value))})`);
      else where.push(`${col} = TRY_CAST(${quoteString(String(value))} AS ${duckType(type)})`);
    }
    const sql = `SELECT Id FROM ${this.sqlSchema}.${quoteIdent(object)} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY Id LIMIT ${spec.limit} OFFSET ${spec.offset}`;
    const r = await this.store.db.runAndReadAll(sql);
    return (r.getRowObjectsJS() as { Id: string }[]).map((x) => x.Id);
  }

  private async searchInMemory(object: string, spec: SearchSpec): Promise<string[]> {
    const rows = new Map<string, RecordRow>();
    if (this.snapshot.objects[object]) for (const r of await this.store.rows(object)) rows.set(recordKey(String(r.Id)), r);
    for (const [key, e] of this.overlay.list(object)) {
      if (e.op === 'delete') rows.delete(key);
      else rows.set(key, e.row);
    }
    const fields = this.schema.objects[object]?.fields ?? {};
    const words = (spec.query ?? '').split(/\s+/).filter(Boolean).slice(0, 8).map((w) => w.toLowerCase());
    const where = Object.entries(spec.where ?? {}).map(([field, value]) => ({ field, value, text: duckType(fields[field]?.type ?? 'string') === 'VARCHAR' }));
    const hits = [...rows.values()].filter((r) => {
      for (const w of where) {
        const v = r[w.field];
        if (w.value === null) { if (v !== null && v !== undefined && v !== '') return false; continue; }
        if (v === null || v === undefined) return false;
        if (w.text ? String(v).toLowerCase() !== String(w.value).toLowerCase() : !sameTyped(v, w.value)) return false;
      }
      return words.every((word) => spec.textFields.some((f) => typeof r[f] === 'string' && (r[f] as string).toLowerCase().includes(word)));
    }).map((r) => String(r.Id)).sort();
    return hits.slice(spec.offset, spec.offset + spec.limit);
  }

  /** Brings the DuckDB overlay tables and views up to date with the in-memory overlay. */
  async mirror(): Promise<void> {
    if (this.mirrored === this.overlay.revision) return;
    const db = this.store.db;
    const s = this.sqlSchema;
    if (this.mirrored === -1) {
      await db.run(`CREATE SCHEMA IF NOT EXISTS ${s}; CREATE OR REPLACE TABLE ${s}.overlay (object VARCHAR, id VARCHAR, op VARCHAR, row_json VARCHAR)`);
      for (const object of Object.keys(this.schema.objects)) await db.run(this.viewSql(object));
    }
    await db.run(`DELETE FROM ${s}.overlay`);
    const appender = await db.createAppender('overlay', s);
    for (const object of this.overlay.objects()) {
      for (const [key, e] of this.overlay.list(object)) {
        appender.appendVarchar(object);
        appender.appendVarchar(e.op === 'delete' ? String(e.base.Id) : e.op === 'update' ? String(e.base.Id) : key);
        appender.appendVarchar(e.op);
        appender.appendVarchar(JSON.stringify(e.op === 'delete' ? e.base : e.row));
        appender.endRow();
      }
    }
    appender.closeSync();
    this.mirrored = this.overlay.revision;
  }

  private viewSql(object: string): string {
    const s = this.sqlSchema;
    const fields = this.schema.objects[object].fields;
    const loaded = this.snapshot.objects[object];
    const cols = Object.keys(fields);
    const fromOverlay = cols.map((c) => {
      const text = `json_extract_string(row_json, ${quoteString(`$.${JSON.stringify(c)}`)})`;
      const t = duckType(fields[c].type);
      const typed = t === 'TIMESTAMP' ? `TRY_CAST(${text} AS TIMESTAMPTZ)::TIMESTAMP` : t === 'VARCHAR' ? text : `TRY_CAST(${text} AS ${t})`;
      return `${typed} AS ${quoteIdent(c)}`;
    }).join(', ');
    const overlayPart = `SELECT ${fromOverlay} FROM ${s}.overlay WHERE object = ${quoteString(object)} AND op <> 'delete'`;
    if (!loaded) return `CREATE OR REPLACE VIEW ${s}.${quoteIdent(object)} AS ${overlayPart}`;
    const basePart = `SELECT ${loaded.columns.filter((c) => fields[c]).map(quoteIdent).join(', ')} FROM ${loaded.table} WHERE Id NOT IN (SELECT id FROM ${s}.overlay WHERE object = ${quoteString(object)})`;
    return `CREATE OR REPLACE VIEW ${s}.${quoteIdent(object)} AS ${basePart} UNION ALL BY NAME ${overlayPart}`;
  }

  /** Same JSON shape as get(): for SQL readers that want typed rows of the current state. */
  selectList(object: string): string {
    return selectList(this.schema, object, Object.keys(this.schema.objects[object]?.fields ?? {}));
  }

  async drop(): Promise<void> {
    if (this.mirrored !== -1) await this.store.db.run(`DROP SCHEMA IF EXISTS ${this.sqlSchema} CASCADE`);
    this.mirrored = -1;
  }
}
