/**
 * Finds what an `sf data tree` import reads: the plan (given, or the one plan in a folder) and the
 * data files it names, or a single data file. A file the plan names but that is not there is a
 * warning (the rest still imports); a plan naming no file at all is an error.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { fail, ok, type Problem, type Result } from '../../core/problem.js';
import { isApiName, suggestApiName } from './api-name.js';
import { readJsonFile } from './json-file.js';
import type { Profile } from './profile.js';
import { problems } from './problems.js';

export interface TreeEntry {
  /** The plan's sobject; undefined for a lone data file (records then carry their type). */
  sobject?: string;
  files: string[];
  /** Whether `@Ref` values in these records are references (the plan's resolveRefs). */
  resolveRefs: boolean;
}

export interface TreePlan {
  entries: TreeEntry[];
  /** Files read, relative to the plan's folder (plan first). */
  files: string[];
  /** Objects whose data file was missing, for explaining unresolved references. */
  missing: Map<string, string>;
  warnings: Problem[];
}

const PlanSchema = z.array(z.looseObject({
  sobject: z.string().min(1),
  files: z.array(z.string().min(1)).default([]),
  resolveRefs: z.boolean().optional(),
}));

const isPlanName = (name: string) => /plan.*\.json$/i.test(name);

export function resolveTreePlan(src: string, profile: Profile): Result<TreePlan> {
  if (statSync(src).isDirectory()) {
    const plans = readdirSync(src).filter(isPlanName).sort();
    if (plans.length === 0) return fail(problems.noPlan(src));
    if (plans.length > 1) return fail(problems.ambiguousPlan(src, plans));
    return readPlan(join(src, plans[0]));
  }
  if (!/\.json$/i.test(src)) return fail(problems.wrongFileKind(src, 'sf data tree .json'));
  if (isPlanName(basename(src))) return readPlan(src);
  return ok({ entries: [{ sobject: profile.objectForFile(basename(src)), files: [src], resolveRefs: true }], files: [basename(src)], missing: new Map(), warnings: [] });
}

function readPlan(planPath: string): Result<TreePlan> {
  const warnings: Problem[] = [];
  const json = readJsonFile(planPath, warnings);
  if (!json.ok) return json;
  const parsed = PlanSchema.safeParse(json.value);
  if (!parsed.success) {
    return fail(...parsed.error.issues.slice(0, 10).map((i) => problems.invalidTreeFile(planPath, `not an sf data tree plan: ${i.message}`, i.path.join('.') || undefined)));
  }
  if (!parsed.data.some((e) => e.files.length)) return fail(problems.planEmpty(planPath));
  const dir = dirname(planPath);
  const errors: Problem[] = [];
  const missing = new Map<string, string>();
  const files = [basename(planPath)];
  const entries: TreeEntry[] = [];
  for (const e of parsed.data) {
    if (!isApiName(e.sobject)) errors.push(problems.invalidObjectName(planPath, e.sobject, suggestApiName(e.sobject)));
    const present: string[] = [];
    for (const f of e.files) {
      const path = join(dir, f);
      if (existsSync(path)) {
        present.push(path);
        files.push(relative(dir, path));
      } else {
        warnings.push(problems.planFileMissing(planPath, f, e.sobject));
        missing.set(e.sobject, f);
      }
    }
    entries.push({ sobject: e.sobject, files: present, resolveRefs: e.resolveRefs === true });
  }
  if (errors.length) return fail(...errors);
  if (!entries.some((e) => e.files.length)) {
    return fail(problems.noSourceFiles(planPath, 'data file the plan names', 'put the data-*.json files next to the plan'));
  }
  return ok({ entries, files, missing, warnings });
}
