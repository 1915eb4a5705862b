/**
 * schema.json for an import: per object, only the fields present as columns; each field's definition
 * from the profile when it knows the field (the canonical model), else from the source (tree
 * references), else inferred from the values. Pure: loaded objects in, schema out.
 */
import type { FieldDef, SnapshotSchema } from '../../core/snapshot-files.js';
import { inferFieldDef } from './infer-type.js';
import { prefixIndex } from './key-prefixes.js';
import type { LoadedObject } from './object-loader.js';
import type { Profile } from './profile.js';
import { canonicalLabel } from './standard-fields.js';

export interface BuiltSchema {
  schema: SnapshotSchema;
  /** Per object, the columns no profile knows (typed by source hints or inference). */
  unknownColumns: Record<string, string[]>;
}

/** Key prefixes this import teaches: an object whose Ids all share one prefix owns it. */
export function learnedPrefixes(objects: LoadedObject[]): Record<string, string> {
  const learned: Record<string, string> = {};
  for (const o of objects) {
    const s = o.stats[o.header.indexOf('Id')];
    if (s?.sfId && s.values > 0 && s.prefixes.size === 1) learned[[...s.prefixes][0]] = o.object;
  }
  return learned;
}

export function buildSchema(objects: LoadedObject[], profile: Profile): BuiltSchema {
  const index = prefixIndex(learnedPrefixes(objects));
  const schema: SnapshotSchema = { objects: {} };
  const unknownColumns: Record<string, string[]> = {};
  for (const o of [...objects].sort((a, b) => (a.object < b.object ? -1 : 1))) {
    const fields: Record<string, FieldDef> = {};
    const unknown: string[] = [];
    o.header.forEach((field, i) => {
      const known = profile.fieldDef(o.object, field);
      if (!known) unknown.push(field);
      fields[field] = known ?? o.hints[field] ?? inferFieldDef(field, o.stats[i], index);
    });
    const label = canonicalLabel(o.object);
    schema.objects[o.object] = label ? { label, fields } : { fields };
    unknownColumns[o.object] = unknown;
  }
  return { schema, unknownColumns };
}
