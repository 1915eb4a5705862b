/**
 * An `sf data tree` export as import input. Records carry no Ids, so each gets a deterministic one
 * (its object's key prefix + its position in file order), and `@Ref` values are replaced by the Id
 * of the record they name. A reference to a record that is not in the import is kept as written and
 * counted in a warning, never blanked. Tree exports are capped at 2,000 records, so records are held
 * in memory between the two steps (assign Ids, then resolve); the CSV path is the one that streams.
 */
import { basename } from 'node:path';
import { fail, ok, type Problem, type Result } from '../../core/problem.js';
import { isSalesforceId, makeId } from '../../core/salesforce-id.js';
import type { FieldDef } from '../../core/snapshot-files.js';
import { isApiName, suggestApiName } from './api-name.js';
import { flattenRecord } from './flatten.js';
import { readJsonFile } from './json-file.js';
import { prefixFor } from './key-prefixes.js';
import type { Profile } from './profile.js';
import { problems } from './problems.js';
import type { InputRow, ObjectInput, SourceSet } from './source.js';
import { parentLookup } from './standard-fields.js';
import { resolveTreePlan, type TreeEntry } from './tree-plan.js';

type Row = { values: Map<string, string>; resolveRefs: boolean } | { reject: { reason: string; raw: string } };
interface Collected { header: Set<string>; rows: Row[]; count: number; prefix: string }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const REF = /^@([A-Za-z0-9_]+)$/;
/** `@Experience__cRef29` → Experience__c, the naming `sf data tree export` uses. */
const refObject = (ref: string) => /^@(.+?)Ref\d+$/.exec(ref)?.[1];

class TreeCollector {
  readonly objects = new Map<string, Collected>();
  readonly refs = new Map<string, { object: string; id: string }>();
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  private readonly guessed = new Set<string>();

  constructor(private readonly profile: Profile) {}

  private collected(object: string): Collected {
    let c = this.objects.get(object);
    if (!c) {
      const taken = new Set([...this.objects.values()].map((o) => o.prefix));
      c = { header: new Set(['Id']), rows: [], count: 0, prefix: prefixFor(object, taken) };
      this.objects.set(object, c);
    }
    return c;
  }

  addFile(path: string, entry: TreeEntry): void {
    const json = readJsonFile(path, this.warnings);
    if (!json.ok) return void this.errors.push(...json.problems);
    if (!isRecord(json.value) || !Array.isArray(json.value.records)) {
      return void this.errors.push(problems.invalidTreeFile(path, 'not an sf data tree data file: no "records" array', 'records'));
    }
    const fallback = entry.sobject ?? this.profile.objectForFile(basename(path));
    json.value.records.forEach((rec, i) => this.addRecord(rec, fallback, `record ${i + 1} of ${basename(path)}`, path, entry.resolveRefs));
  }

  private addRecord(rec: unknown, fallback: string | undefined, where: string, file: string, resolveRefs: boolean, parent?: { object: string; id: string }): void {
    const attributes = isRecord(rec) && isRecord(rec.attributes) ? rec.attributes : {};
    const object = typeof attributes.type === 'string' ? attributes.type : fallback;
    if (!object) return void this.errors.push(problems.invalidTreeFile(file, `${where} has no attributes.type and the file name names no object`, 'attributes.type'));
    if (!isApiName(object)) return void this.errors.push(problems.invalidObjectName(file, object, suggestApiName(object)));
    const c = this.collected(object);
    c.count++;
    if (!isRecord(rec)) return void c.rows.push({ reject: { reason: `${where} is not a JSON object`, raw: JSON.stringify(rec) ?? '' } });

    const id = typeof rec.Id === 'string' && isSalesforceId(rec.Id) ? rec.Id : makeId(c.prefix, c.count);
    const refId = attributes.referenceId;
    if (typeof refId === 'string') {
      if (this.refs.has(refId)) this.warnings.push(problems.duplicateReferenceId(file, refId));
      else this.refs.set(refId, { object, id });
    }
    const flat = flattenRecord(rec);
    const values = new Map<string, string>([['Id', id]]);
    for (const [key, value] of flat.values) {
      const field = this.profile.fieldName(object, key);
      if (field === 'Id') continue;
      values.set(field, this.profile.value ? this.profile.value(object, field, value) : value);
    }
    if (parent) {
      const { field, guessed } = parentLookup(object, parent.object);
      if (!values.get(field)) values.set(field, parent.id);
      const key = `${object}.${field}`;
      if (guessed && !this.guessed.has(key)) {
        this.guessed.add(key);
        this.warnings.push(problems.parentFieldGuessed(object, parent.object, field));
      }
    }
    for (const field of values.keys()) c.header.add(field);
    c.rows.push({ values, resolveRefs });
    for (const child of flat.children) {
      child.records.forEach((r, i) => this.addRecord(r, undefined, `${where} › ${child.relationship} ${i + 1}`, file, true, { object, id }));
    }
  }

  /** Replaces `@Ref` values by Ids; returns reference types learnt and unresolved-reference warnings. */
  resolve(missing: Map<string, string>): Map<string, Record<string, FieldDef>> {
    const hints = new Map<string, Record<string, FieldDef>>();
    const unresolved = new Map<string, { object: string; field: string; n: number; examples: Set<string>; target?: string }>();
    for (const [object, c] of this.objects) {
      const targets = new Map<string, Set<string>>();
      for (const row of c.rows) {
        if (!('values' in row)) continue;
        for (const [field, value] of row.values) {
          if (!REF.test(value)) continue;
          const hit = this.refs.get(value.slice(1));
          if (hit) row.values.set(field, hit.id);
          else if (!row.resolveRefs) continue; // outside resolveRefs, "@…" is just text (a handle, say)
          const target = hit?.object ?? refObject(value);
          if (target) targets.set(field, (targets.get(field) ?? new Set()).add(target));
          if (!hit) {
            const key = `${object}.${field}`;
            const u = unresolved.get(key) ?? { object, field, n: 0, examples: new Set<string>(), target };
            u.n++;
            if (u.examples.size < 3) u.examples.add(value);
            unresolved.set(key, u);
          }
        }
      }
      if (targets.size) hints.set(object, Object.fromEntries([...targets].map(([f, t]) => [f, { type: 'reference', referenceTo: [...t].sort() }])));
    }
    for (const u of unresolved.values()) {
      const why = u.target && missing.has(u.target) ? `; ${u.target} records were to come from ${missing.get(u.target)}, which is missing`
        : u.target && !this.objects.has(u.target) ? `; no ${u.target} records were imported` : '';
      this.warnings.push(problems.unresolvedReferences(u.object, u.field, u.n, [...u.examples], why));
    }
    return hints;
  }
}

function input(object: string, c: Collected, hints?: Record<string, FieldDef>): ObjectInput {
  const header = [...c.header];
  return {
    object,
    header,
    hints,
    async *rows(): AsyncGenerator<InputRow> {
      for (const row of c.rows) yield 'reject' in row ? row : { values: header.map((h) => row.values.get(h) ?? '') };
    },
  };
}

export async function openTreeSource(src: string, profile: Profile): Promise<Result<SourceSet>> {
  const plan = resolveTreePlan(src, profile);
  if (!plan.ok) return plan;
  const collector = new TreeCollector(profile);
  const seen = new Set<string>();
  for (const entry of plan.value.entries) {
    for (const path of entry.files) {
      if (seen.has(path)) continue; // a file listed twice is still one set of records
      seen.add(path);
      collector.addFile(path, entry);
    }
  }
  if (collector.errors.length) return fail(...collector.errors);
  const hints = collector.resolve(plan.value.missing);
  const inputs = [...collector.objects].map(([object, c]) => input(object, c, hints.get(object)));
  return ok({ inputs, files: plan.value.files, warnings: [...plan.value.warnings, ...collector.warnings] });
}
