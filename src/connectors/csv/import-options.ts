/**
 * Checks an import's options before any file is read, and reads a supplied access.json. Everything
 * here is about the user's input, so every failure is a problem with a hint, never an exception.
 */
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fail, ok, type Problem, type Result } from '../../core/problem.js';
import { AccessFileSchema, type AccessFileInput } from '../../core/snapshot-files.js';
import { zodProblems } from '../../core/validation.js';
import { isCalendarDate } from './infer-type.js';
import type { ImportOptions } from './import-types.js';
import { readJsonFile } from './json-file.js';
import type { Profile } from './profile.js';
import { detectProfile, sniffExport } from './profiles/detect.js';
import { getProfile, PROFILES } from './profiles/registry.js';
import { problems } from './problems.js';

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);

export function checkOptions(opts: ImportOptions): Result<Profile> {
  const errors: Problem[] = [];
  const srcExists = existsSync(opts.src);
  if (!srcExists) errors.push(problems.srcMissing(opts.src));
  let profile: Profile | undefined;
  if (opts.profile !== undefined) {
    profile = getProfile(opts.profile);
    if (!profile) errors.push(problems.unknownProfile(opts.profile, Object.keys(PROFILES)));
  } else if (srcExists) {
    const detected = detectProfile(sniffExport(opts.src));
    if (detected.ok) profile = getProfile(detected.value.profile);
    else errors.push(...detected.problems);
  }
  if (opts.asOf !== undefined && !isCalendarDate(opts.asOf)) errors.push(problems.invalidAsOf(opts.asOf));
  // Replacing a folder that holds the source would delete the export: never let out and src overlap.
  const out = resolve(opts.out);
  const src = resolve(opts.src);
  if (inside(src, out) || inside(out, src)) errors.push(problems.outputOverlapsSource(opts.out, opts.src));
  return errors.length || !profile ? fail(...errors) : ok(profile);
}

/** A supplied access.json, checked against the contract (including its cross-references). */
export function readAccessFile(path: string): Result<AccessFileInput> {
  if (!existsSync(path)) return fail(problems.invalidAccess(path, 'the access file does not exist'));
  const json = readJsonFile(path, []);
  if (!json.ok) return json;
  const parsed = AccessFileSchema.safeParse(json.value);
  if (!parsed.success) return fail(...zodProblems(parsed.error, path, 'invalid_access', problems.invalidAccess(path, '').hint));
  const profiles = new Set(parsed.data.profiles.map((p) => p.id));
  const roles = new Set(parsed.data.roles.map((r) => r.id));
  const errors = parsed.data.users.flatMap((u, i) => [
    ...(profiles.has(u.profileId) ? [] : [problems.invalidAccess(path, `user ${u.id} has profileId ${u.profileId}, which no profile has`, `users.${i}.profileId`)]),
    ...(!u.roleId || roles.has(u.roleId) ? [] : [problems.invalidAccess(path, `user ${u.id} has roleId ${u.roleId}, which no role has`, `users.${i}.roleId`)]),
  ]);
  // The file as the user wrote it, not zod's defaulted copy: the snapshot keeps what was supplied.
  return errors.length ? fail(...errors) : ok(json.value as AccessFileInput);
}
