/**
 * A snapshot folder as the org behind the fake server: one table per data file (typed by schema.json)
 * plus the setup objects derived from access.json. Large data files are not held in memory: their
 * rows load on a REST query only, and Bulk results are served from the file by byte range.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AccessFileSchema, ManifestSchema, SchemaFileSchema, type AccessFile, type SnapshotSchema } from '../../../core/snapshot-files.js';
import type { SfField } from '../type-mapping.js';
import { indexCsv, type CsvIndex } from './csv-offsets.js';
import { describeFields } from './fake-describe.js';
import { setupTables } from './fake-setup-objects.js';

export interface FakeTable {
  name: string;
  label: string;
  /** The describe the integration user gets (hidden fields left out). */
  describe: SfField[];
  columns: string[];
  /** Column → snapshot field type, for JSON values. */
  types: Record<string, string>;
  rows(): string[][];
  /** Data file and its page index, for Bulk results by byte range. */
  file?: string;
  index?: CsvIndex;
  rowCount: number;
}

export interface FakeOrgOptions { hiddenFields?: Record<string, string[]>; bulkPageSize: number; indexAbove?: number }

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

export function loadFakeOrg(dir: string, opts: FakeOrgOptions): Map<string, FakeTable> {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')));
  const schema: SnapshotSchema = SchemaFileSchema.parse(JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')));
  const access: AccessFile = AccessFileSchema.parse(JSON.parse(readFileSync(join(dir, 'access.json'), 'utf8')));
  const tables = new Map<string, FakeTable>();
  for (const [name, entry] of Object.entries(manifest.objects)) {
    const file = join(dir, entry.file);
    const head = readFileSync(file, 'utf8').slice(0, 1 << 16);
    const columns = (parse(head.slice(0, head.indexOf('\n') + 1), { bom: true }) as string[][])[0];
    const defs = schema.objects[name]?.fields ?? {};
    const hidden = new Set(opts.hiddenFields?.[name] ?? []);
    tables.set(name, {
      name, label: schema.objects[name]?.label ?? name,
      describe: describeFields(columns.filter((c) => !hidden.has(c)), defs),
      columns, types: Object.fromEntries(columns.map((c) => [c, defs[c]?.type ?? 'string'])),
      rows: lazy(() => (parse(readFileSync(file), { bom: true, from_line: 2 }) as string[][])),
      file, rowCount: entry.rows,
      index: entry.rows >= (opts.indexAbove ?? 20_000) ? indexCsv(file, opts.bulkPageSize) : undefined,
    });
  }
  // FieldPermissions cover every field, hidden ones included: FLS is the org's, not the integration user's.
  const allPermissionable = (object: string) => {
    const t = tables.get(object);
    return t ? describeFields(t.columns, schema.objects[object]?.fields ?? {}).filter((f) => f.permissionable && f.type !== 'address').map((f) => f.name) : [];
  };
  for (const s of setupTables(access, schema, allPermissionable, [...tables.keys()])) {
    if (tables.has(s.name)) continue; // User.csv / UserRole.csv win over the access.json view
    tables.set(s.name, {
      name: s.name, label: s.name, columns: s.columns, types: s.types, rows: () => s.rows, rowCount: s.rows.length,
      describe: s.columns.map((c) => ({ name: c, type: s.types[c] === 'boolean' ? 'boolean' : c === 'Id' ? 'id' : 'string', label: c, nillable: c !== 'Id', permissionable: false })),
    });
  }
  return tables;
}
