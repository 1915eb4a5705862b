/**
 * Reads and validates the JSON files of a snapshot directory against the contract, collecting every
 * problem (with file and key path) instead of stopping at the first. Touches no data file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Problem, Result } from '../core/problem.js';
import {
  AccessFileSchema, DefectsFileSchema, ManifestSchema, SchemaFileSchema,
  type AccessFile, type DefectsFile, type Manifest, type SnapshotSchema,
} from '../core/snapshot-files.js';
import { zodProblems } from '../core/validation.js';
import { parseJsonText } from '../core/json-text.js';

export interface SnapshotFiles {
  dir: string;
  manifest: Manifest;
  schema: SnapshotSchema;
  access: AccessFile;
  defects?: DefectsFile;
}

const HINTS: Record<string, string> = {
  'snapshot.json': 'a snapshot folder is written by `crmready generate`, `crmready import csv` or `crmready pull salesforce`; see DESIGN "Snapshot"',
  'schema.json': 'fix the field definition named above; allowed types are listed in DESIGN "Snapshot"',
  'access.json': 'fix access.json as described in DESIGN "Snapshot" (orgDefaults, roles, profiles, users)',
  'defects.json': 'defects.json is optional; remove it or fix the entry named above',
};

function readJson<S extends z.ZodType>(dir: string, name: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const file = join(dir, name);
  if (!existsSync(file)) {
    problems.push({ code: 'missing_file', file, message: `${name} is missing`, hint: HINTS[name] });
    return undefined;
  }
  // HINTS are about the contents; a file that does not parse gets parseJsonText's syntax hint.
  const json = parseJsonText(readFileSync(file, 'utf8'), file);
  if (!json.ok) {
    problems.push(...json.problems);
    return undefined;
  }
  const raw = json.value;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, file, `invalid_${name.replace('.json', '')}`, HINTS[name]));
    return undefined;
  }
  return parsed.data;
}

/** Cross-file rules the per-file schemas cannot see. */
function crossCheck(f: SnapshotFiles): Problem[] {
  const problems: Problem[] = [];
  const schemaFile = join(f.dir, 'schema.json');
  for (const object of Object.keys(f.manifest.objects)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(object)) {
      problems.push({ code: 'invalid_object_name', file: join(f.dir, 'snapshot.json'), field: `objects.${object}`, message: `"${object}" is not a valid object API name`, hint: 'object names are API names such as Account or Guest_Review__c' });
    }
    if (!f.schema.objects[object]) {
      problems.push({ code: 'unknown_object', file: schemaFile, field: `objects.${object}`, message: `object ${object} is listed in snapshot.json but has no definition in schema.json`, hint: `add "${object}" with its fields to schema.json, or remove it from snapshot.json` });
    }
  }
  const accessFile = join(f.dir, 'access.json');
  const roles = new Set(f.access.roles.map((r) => r.id));
  const profiles = new Set(f.access.profiles.map((p) => p.id));
  const permSets = new Set(f.access.permissionSets.map((p) => p.id));
  const users = new Set(f.access.users.map((u) => u.id));
  f.access.roles.forEach((r, i) => {
    if (r.parentId && !roles.has(r.parentId)) problems.push({ code: 'invalid_access', file: accessFile, field: `roles.${i}.parentId`, message: `role ${r.id} has unknown parent role ${r.parentId}`, hint: 'every parentId must be the id of another role, or null at the top' });
  });
  f.access.users.forEach((u, i) => {
    if (!profiles.has(u.profileId)) problems.push({ code: 'invalid_access', file: accessFile, field: `users.${i}.profileId`, message: `user ${u.id} has unknown profile ${u.profileId}`, hint: 'add the profile to "profiles" or fix the id' });
    if (u.roleId && !roles.has(u.roleId)) problems.push({ code: 'invalid_access', file: accessFile, field: `users.${i}.roleId`, message: `user ${u.id} has unknown role ${u.roleId}`, hint: 'add the role to "roles" or fix the id' });
  });
  f.access.assignments.forEach((a, i) => {
    if (!users.has(a.userId)) problems.push({ code: 'invalid_access', file: accessFile, field: `assignments.${i}.userId`, message: `assignment names unknown user ${a.userId}` });
    if (!permSets.has(a.permissionSetId)) problems.push({ code: 'invalid_access', file: accessFile, field: `assignments.${i}.permissionSetId`, message: `assignment names unknown permission set ${a.permissionSetId}` });
  });
  return problems;
}

export function readSnapshotFiles(dir: string): Result<SnapshotFiles> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, problems: [{ code: 'snapshot_not_found', file: dir, message: 'no snapshot folder here', hint: 'pass the folder that holds snapshot.json (e.g. fixtures/acme), or create one with `crmready generate --out DIR`' }] };
  }
  const problems: Problem[] = [];
  const manifest = readJson(dir, 'snapshot.json', ManifestSchema, problems);
  const schema = readJson(dir, 'schema.json', SchemaFileSchema, problems);
  const access = readJson(dir, 'access.json', AccessFileSchema, problems);
  const defects = existsSync(join(dir, 'defects.json')) ? readJson(dir, 'defects.json', DefectsFileSchema, problems) : undefined;
  if (!manifest || !schema || !access || problems.length) return { ok: false, problems };
  const files: SnapshotFiles = { dir, manifest, schema, access, defects };
  const cross = crossCheck(files);
  return cross.length ? { ok: false, problems: cross } : { ok: true, value: files };
}
