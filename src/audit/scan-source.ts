/**
 * The one relation a check scan reads. Checks are written over three aliases — `t` (typed row),
 * `r` (raw text row), `d` (derived columns) — but the snapshot stores each object as ONE table
 * holding the typed values and, for non-text fields, a text twin (snapshot/load-object.ts). So the
 * scan reads that table once, as `t`, and the check SQL is rewritten onto it: `r."Amount"` becomes
 * the twin `t."Amount__raw"`, `r."Email"` the field itself, `d."x"` the derived column `t."x"`.
 * Derived columns are computed in stages, each a subquery over the previous one, so an expensive
 * shared expression (a phone's digits, a country's ISO code) is computed once per record, not once
 * per check that reads it: DuckDB does not share subexpressions inside CASE, AND or OR.
 */
import { duckType } from '../snapshot/duckdb-types.js';
import type { AuditContext, SqlCheck } from './check-types.js';
import { quoteIdent, text } from './sql.js';

/** The stored row's id in file order, carried through every stage. */
export const RID = '__rid';

type ObjectCtx = AuditContext['objects'][string];

/** The stored table, or for a snapshot loaded another way, typed and raw joined row by row. */
function storeOf(ctx: AuditContext, object: string): { table: string; raw: (col: string) => string } {
  const o = ctx.objects[object];
  if (o.storeTable) {
    const map = o.rawColumns ?? {};
    const lower = new Map(Object.keys(map).map((k) => [k.toLowerCase(), map[k]]));
    return { table: o.storeTable, raw: (col) => map[col] ?? lower.get(col.toLowerCase()) ?? col };
  }
  // Fallback (no stored table): raw text columns get a `__raw` suffix beside the typed row.
  const twins = o.fileColumns.map((c) => `r.${quoteIdent(c)} AS ${quoteIdent(`${c}__raw`)}`);
  return {
    table: `(SELECT row_number() OVER () - 1 AS rowid, * FROM (SELECT t.*, ${twins.join(', ')} FROM ${o.table} t POSITIONAL JOIN ${o.rawTable} r))`,
    raw: (col) => `${col}__raw`,
  };
}

const REF = /'(?:[^']|'')*'|\b([rtd])\.("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_]*)/g;

/** Rewrites t./r./d. references of check SQL onto the single scan alias `t` (string literals are left alone). */
export function onScan(ctx: AuditContext, object: string, sql: string): string {
  const { raw } = storeOf(ctx, object);
  return sql.replace(REF, (m, alias: string | undefined, name: string | undefined) => {
    if (!alias || !name) return m;
    if (alias === 't') return m;
    const col = name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name;
    return `t.${quoteIdent(alias === 'r' ? raw(col) : col)}`;
  });
}

/** Schema fields missing from the export read as typed NULLs, as in the typed view. */
function missingFields(ctx: AuditContext, object: string, o: ObjectCtx): string[] {
  const defs = ctx.schema.objects[object]?.fields ?? {};
  if (!o.storeTable) return [];
  return Object.entries(defs).filter(([f]) => !o.fileColumns.includes(f)).map(([f, d]) => `NULL::${duckType(d.type)} AS ${quoteIdent(f)}`);
}

/**
 * `(…) t`: the object's stored rows (optionally joined first to `base`, a relation with a `rid`
 * column plus columns to carry along) with the derived stages on top. `stages` hold SQL over the
 * check aliases; they are rewritten here.
 */
export function scanRelation(ctx: AuditContext, object: string, stages: Record<string, string>[] = [], base?: string): string {
  const o = ctx.objects[object];
  const { table } = storeOf(ctx, object);
  const extra = missingFields(ctx, object, o);
  let rel = base
    ? `(SELECT b.*, s.*${extra.length ? `, ${extra.join(', ')}` : ''} FROM ${base} b JOIN ${table} s ON s.rowid = b.${RID}) t`
    : `(SELECT rowid AS ${RID}, *${extra.length ? `, ${extra.join(', ')}` : ''} FROM ${table}) t`;
  for (const stage of stages) {
    const cols = Object.entries(stage);
    if (cols.length) rel = `(SELECT *, ${cols.map(([k, v]) => `${onScan(ctx, object, v)} AS ${quoteIdent(k)}`).join(', ')} FROM ${rel}) t`;
  }
  return rel;
}

/**
 * The object's rows as the raw text relation plus a `rowid` column in file order, for code that
 * reads raw text and needs stable row numbers (the duplicate engine).
 */
export function rawWithRowid(ctx: AuditContext, object: string): string {
  const o = ctx.objects[object];
  if (!o.storeTable) return o.rawTable;
  const { table, raw } = storeOf(ctx, object);
  return `(SELECT rowid AS rowid, ${o.fileColumns.map((c) => (raw(c) === c ? quoteIdent(c) : `${quoteIdent(raw(c))} AS ${quoteIdent(c)}`)).join(', ')} FROM ${table})`;
}

/** The record Id on the scan, or the file line for objects without Ids. */
export function idOnScan(ctx: AuditContext, object: string): string {
  return ctx.objects[object].fileColumns.includes('Id') ? 't."Id"' : `'row-' || CAST(t.${RID} + 2 AS VARCHAR)`;
}

/** sql.ts `text()` of any field, as a pattern built from text() itself (group 1: the quoted name). */
const TEXT = (() => {
  const [first, ...rest] = text('@').split('"@"').map((part) => part.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'));
  return new RegExp(first + rest.map((part, i) => (i === 0 ? '"((?:[^"]|"")+)"' : '"\\1"') + part).join(''), 'g');
})();

/**
 * A field's trimmed text (sql.ts `text()`) is read by most checks of the field; trimming allocates,
 * and DuckDB repeats it wherever it appears. Hoisted, it is computed once per record as d."F__text"
 * in a first derived stage, and the checks (and their later stages) read that column.
 */
export function hoistTexts<C extends SqlCheck>(checks: C[]): C[] {
  const texts = new Map<string, string>();
  const sub = (sql: string) => sql.replace(TEXT, (m, name: string) => {
    const col = `${name.replace(/""/g, '"')}__text`;
    texts.set(col, m);
    return `d.${quoteIdent(col)}`;
  });
  const out = checks.map((c) => ({
    ...c, applicable: sub(c.applicable), failing: sub(c.failing), value: sub(c.value), message: sub(c.message),
    ...(c.fix ? { fix: sub(c.fix) } : {}),
    derive: (c.derive ?? []).map((stage) => Object.fromEntries(Object.entries(stage).map(([k, v]) => [k, sub(v)]))),
  }));
  if (!texts.size) return checks;
  const first = Object.fromEntries(texts);
  return out.map((c) => ({ ...c, derive: [first, ...c.derive] }));
}
