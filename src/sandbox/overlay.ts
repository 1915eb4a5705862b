/**
 * The copy-on-write layer of a sandbox: what a run created, changed or deleted, keyed by object and
 * record. Pure and in memory (a tool call is a map lookup); sandbox.ts mirrors it into DuckDB tables
 * for SQL readers. The snapshot underneath is never touched.
 */
import type { RecordRow } from './record-store.js';

export type OverlayEntry =
  | { op: 'create'; row: RecordRow }
  | { op: 'update'; row: RecordRow; base: RecordRow }
  | { op: 'delete'; base: RecordRow };

export type DiffOp =
  | { op: 'create'; object: string; id: string; values: RecordRow }
  | { op: 'update'; object: string; id: string; values: RecordRow; before: RecordRow; record: RecordRow }
  | { op: 'delete'; object: string; id: string; before: RecordRow };

export class Overlay {
  private readonly entries = new Map<string, Map<string, OverlayEntry>>();
  private version = 0;

  /** Changes with every write: lets the DuckDB mirror know when it is stale. */
  get revision(): number { return this.version; }

  entry(object: string, key: string): OverlayEntry | undefined {
    return this.entries.get(object)?.get(key);
  }

  set(object: string, key: string, entry: OverlayEntry | undefined): void {
    let m = this.entries.get(object);
    if (!m) this.entries.set(object, (m = new Map()));
    if (entry) m.set(key, entry);
    else m.delete(key);
    this.version++;
  }

  objects(): string[] { return [...this.entries.keys()]; }
  list(object: string): [string, OverlayEntry][] { return [...(this.entries.get(object) ?? new Map())]; }

  clear(): void {
    this.entries.clear();
    this.version++;
  }

  /** The end state as operations against the snapshot; updates list only fields that really differ. */
  diff(): DiffOp[] {
    const ops: DiffOp[] = [];
    for (const [object, m] of [...this.entries].sort(([a], [b]) => a.localeCompare(b))) {
      for (const [, e] of m) {
        if (e.op === 'create') ops.push({ op: 'create', object, id: String(e.row.Id), values: withoutNulls(e.row) });
        else if (e.op === 'delete') ops.push({ op: 'delete', object, id: String(e.base.Id), before: e.base });
        else {
          const values: RecordRow = {};
          const before: RecordRow = {};
          for (const [f, v] of Object.entries(e.row)) {
            if (sameValue(v, e.base[f])) continue;
            values[f] = v;
            before[f] = e.base[f] ?? null;
          }
          if (Object.keys(values).length) ops.push({ op: 'update', object, id: String(e.base.Id), values, before, record: e.row });
        }
      }
    }
    return ops;
  }
}

export function sameValue(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) return true;
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

const withoutNulls = (row: RecordRow): RecordRow => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
