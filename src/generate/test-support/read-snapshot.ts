/**
 * Test support: reads a generated snapshot back the way an auditor would — CSV through csv-parse,
 * JSON through the core zod schemas — so tests judge the files, not the generator's memory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AccessFileSchema, DefectsFileSchema, ManifestSchema, SchemaFileSchema, type AccessFile, type Defect, type Manifest, type SnapshotSchema } from '../../core/snapshot-files.js';

export type Row = Record<string, string>;

export interface ReadSnapshot {
  dir: string;
  manifest: Manifest;
  schema: SnapshotSchema;
  access: AccessFile;
  defects: Defect[];
  rows: Record<string, Row[]>;
  byId: Record<string, Map<string, Row>>;
  /** Header of each object's CSV, in file order. */
  headers: Record<string, string[]>;
}

export function readSnapshot(dir: string): ReadSnapshot {
  const json = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
  const manifest = ManifestSchema.parse(json('snapshot.json'));
  const schema = SchemaFileSchema.parse(json('schema.json'));
  const access = AccessFileSchema.parse(json('access.json'));
  const defects = DefectsFileSchema.parse(json('defects.json')).defects;
  const rows: Record<string, Row[]> = {};
  const byId: Record<string, Map<string, Row>> = {};
  const headers: Record<string, string[]> = {};
  for (const [object, entry] of Object.entries(manifest.objects)) {
    const text = readFileSync(join(dir, entry.file), 'utf8');
    const records = parse(text, { columns: true, skip_empty_lines: false }) as Row[];
    headers[object] = (parse(text.slice(0, text.indexOf('\n') + 1)) as string[][])[0];
    rows[object] = records;
    byId[object] = new Map(records.map((r) => [r.Id, r]));
  }
  return { dir, manifest, schema, access, defects, rows, byId, headers };
}
