/**
 * Shadow mode: write proposals logged by an AI already in production (JSONL: one object per line
 * with actor, object, id — or null / "new" for a create —, values and the evidence text it had),
 * judged like replayed scenarios: each line becomes a one-step write scenario whose only evidence is
 * that text. A line that is not JSON or lacks a key is skipped with its line number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Result } from '../core/problem.js';
import type { LoadedSuite, SkippedScenario } from './load-suite.js';
import { ScenarioSchema } from './suite-schema.js';

const ProposalSchema = z.looseObject({
  actor: z.string().min(1),
  object: z.string().min(1),
  id: z.string().min(1).nullable().optional(),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).refine((v) => Object.keys(v).length > 0, 'no values to write'),
  evidence: z.union([z.string(), z.array(z.string())]).optional(),
});

export function proposalsSuite(file: string, snapshotDir: string): Result<{ suite: LoadedSuite; skipped: SkippedScenario[] }> {
  if (!existsSync(file)) return { ok: false, problems: [{ code: 'missing_proposals', file, message: 'proposals file not found', hint: 'give a JSONL file: one {"actor","object","id","values","evidence"} per line' }] };
  const suite: LoadedSuite = { file, name: 'shadow', snapshotDir, scenarios: [], skipped: [] };
  const skipped: SkippedScenario[] = [];
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    if (!text.trim()) return;
    const skip = (code: string, reason: string) => skipped.push({ suite: 'shadow', id: `line-${line}`, file, line, code, reason });
    let json: unknown;
    try { json = JSON.parse(text); } catch (e) { skip('invalid_json', `not JSON: ${(e as Error).message}`); return; }
    const p = ProposalSchema.safeParse(json);
    if (!p.success) { const issue = p.error.issues[0]; skip('invalid_proposal', `${issue.path.join('.') || 'line'}: ${issue.message}`); return; }
    const { actor, object, id, values, evidence } = p.data;
    const create = !id || id === 'new';
    const scenario = ScenarioSchema.parse({
      id: `line-${line}`, pattern: 'write', actor,
      request: '(a write an AI proposed in production)',
      context: [evidence ?? []].flat().map((t) => ({ kind: 'evidence', text: t })),
      recording: { steps: [create ? { tool: 'create_record', input: { object, values } } : { tool: 'update_record', input: { object, id, values } }], answer: null },
      expect: { flags: [] },
    });
    suite.scenarios.push({ scenario, line, index: suite.scenarios.length });
  });
  return { ok: true, value: { suite, skipped } };
}
