/**
 * Audit packs: YAML files of checks that RevOps can read and edit. A pack names itself; a pack given
 * with --audits replaces the default pack of the same name, or adds to the run; a check whose id
 * repeats an earlier one overrides it, so a team can tweak one check without copying the pack.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Problem, Result } from '../core/problem.js';
import { parseYamlText, validateYaml, lineOf, type YamlSource } from '../core/yaml-file.js';
import { DIMENSIONS, SEVERITIES, type CommonCheck } from './check-types.js';
import { CHECK_KINDS } from './checks/registry.js';
import { suggest } from './resolve.js';

export const DEFAULT_SEVERITY_WEIGHTS = { critical: 8, high: 4, medium: 2, low: 1 } as const;

const ScoringSchema = z.strictObject({
  severity: z.partialRecord(z.enum(SEVERITIES), z.number().nonnegative()).default({}),
  dimensions: z.partialRecord(z.enum(DIMENSIONS), z.number().nonnegative()).default({}),
});

const PackSchema = z.strictObject({
  pack: z.string().min(1),
  description: z.string().optional(),
  scoring: ScoringSchema.optional(),
  checks: z.array(z.looseObject({ kind: z.string() })),
});

export interface Scoring { severity: Record<string, number>; dimensions: Record<string, number> }
/**
 * `strict`: whether a field or rule the snapshot lacks is an error (packs the user wrote) or a
 * skipped check with a warning (the default pack, written for every org's shape).
 */
export interface LoadedCheck { spec: CommonCheck; file: string; line?: number; strict: boolean }
export interface AuditPlan { packs: string[]; checks: LoadedCheck[]; scoring: Scoring }

const HINT = 'see audits/default.yaml for the format; each check has a kind and its own keys';

function readPack(file: string, strict: boolean): Result<{ name: string; checks: LoadedCheck[]; scoring?: z.infer<typeof ScoringSchema> }> {
  const parsed = parseYamlText(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) return parsed;
  const src: YamlSource = parsed.value.src;
  const top = validateYaml(PackSchema, parsed.value.value, src, 'invalid_pack', HINT);
  if (!top.ok) return top;
  const problems: Problem[] = [];
  const checks: LoadedCheck[] = [];
  // Line of each explicit id: a later pack may override an id on purpose, but the same id twice in
  // one pack is a mistake (the first entry would silently never run).
  const idLines = new Map<string, number | undefined>();
  top.value.checks.forEach((raw, i) => {
    if (typeof raw.id === 'string') {
      const line = lineOf(src, ['checks', i, 'id']);
      if (idLines.has(raw.id)) {
        problems.push({ code: 'duplicate_check_id', file, line, field: `checks.${i}.id`, message: `check id "${raw.id}" is already used at ${file}:${idLines.get(raw.id) ?? '?'}`, hint: 'give each check of a pack its own id' });
      } else idLines.set(raw.id, line);
    }
    const kind = CHECK_KINDS[raw.kind];
    if (!kind) {
      const near = suggest(raw.kind, Object.keys(CHECK_KINDS));
      problems.push({ code: 'unknown_check_kind', file, line: lineOf(src, ['checks', i, 'kind']), field: `checks.${i}.kind`, message: `unknown check kind "${raw.kind}"`, hint: `${near.length ? `did you mean ${near.join(', ')}? ` : ''}kinds: ${Object.keys(CHECK_KINDS).join(', ')}` });
      return;
    }
    const res = kind.params.safeParse(raw);
    if (!res.success) {
      for (const issue of res.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
        const path = ['checks', i, ...issue.path, ...keys.slice(0, 1)];
        problems.push({ code: 'invalid_check', file, line: lineOf(src, path), field: path.map(String).join('.'), message: `${raw.kind}: ${issue.message}`, hint: `example of a ${raw.kind} check: ${JSON.stringify(kind.example)}` });
      }
      return;
    }
    checks.push({ spec: res.data as CommonCheck, file, line: lineOf(src, ['checks', i]), strict });
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: { name: top.value.pack, checks, scoring: top.value.scoring } };
}

function packFiles(path: string): Result<string[]> {
  if (!existsSync(path)) return { ok: false, problems: [{ code: 'missing_file', file: path, message: 'no audit pack here', hint: 'pass a .yaml file or a folder of them' }] };
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(path, f));
    return files.length ? { ok: true, value: files } : { ok: false, problems: [{ code: 'missing_file', file: path, message: 'no .yaml audit packs in this folder' }] };
  }
  return { ok: true, value: [path] };
}

/** Reads the default packs, then each --audits path; later packs replace same-named ones. */
export function loadAuditPlan(defaultDir: string | undefined, extra: string[] = []): Result<AuditPlan> {
  const problems: Problem[] = [];
  const packs = new Map<string, { checks: LoadedCheck[]; scoring?: z.infer<typeof ScoringSchema> }>();
  const sources = [...(defaultDir ? [{ path: defaultDir, strict: false }] : []), ...extra.map((path) => ({ path, strict: true }))];
  for (const { path, strict } of sources) {
    const files = packFiles(path);
    if (!files.ok) { problems.push(...files.problems); continue; }
    for (const file of files.value) {
      const pack = readPack(file, strict);
      if (!pack.ok) problems.push(...pack.problems);
      else packs.set(pack.value.name, pack.value);
    }
  }
  if (problems.length) return { ok: false, problems };
  // Keyed by id so a later pack's check overrides an earlier one in place; unnamed checks never clash.
  const byId = new Map<string, LoadedCheck>();
  let unnamed = 0;
  const scoring: Scoring = { severity: { ...DEFAULT_SEVERITY_WEIGHTS }, dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, 1])) };
  for (const p of packs.values()) {
    for (const c of p.checks) {
      byId.set(c.spec.id ?? `#${unnamed++}`, c);
    }
    Object.assign(scoring.severity, p.scoring?.severity ?? {});
    Object.assign(scoring.dimensions, p.scoring?.dimensions ?? {});
  }
  return { ok: true, value: { packs: [...packs.keys()], checks: [...byId.values()], scoring } };
}
