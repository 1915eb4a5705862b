import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../cli/paths.js';
import { parseReadinessConfig } from './config.js';

const DEFAULT = join(PACKAGE_ROOT, 'evals/readiness.yaml');
const text = readFileSync(DEFAULT, 'utf8');

describe('evals/readiness.yaml', () => {
  it('is valid and covers each pattern with the gates of the issue', () => {
    const r = parseReadinessConfig(text, DEFAULT);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    if (!r.ok) return;
    const ids = r.value.gates.map((g) => g.id);
    for (const id of ['read.hygiene', 'read.leaks', 'read.grounding', 'write.hallucinations', 'write.invalid_values', 'write.field_quality', 'write.duplicates', 'act.approvals', 'act.pass_k']) expect(ids).toContain(id);
    expect(r.value.gates.find((g) => g.id === 'act.pass_k')?.whenMissing).toBe('conditional');
  });

  it.each([
    ['an unknown kind', text.replace('kind: grounding', 'kind: groundedness'), /gates\.3\.kind: unknown gate kind "groundedness"/],
    ['a misspelt key', text.replace('    ready: 98\n', '    redy: 98\n'), /gates\.3.*redy/],
    ['a conditional bar stricter than ready', text.replace('    ready: 2\n    conditional: 5', '    ready: 2\n    conditional: 1'), /"conditional" \(1\) must be at least "ready" \(2\)/],
    ['a field that is not Object.Field', text.replace('    - Task.Subject\n', '    - Subject\n'), /targets\.write\.0: fields are written Object\.Field/],
    ['a threshold that is not a number', text.replace('    ready: 90\n    conditional: 70', '    ready: ninety\n    conditional: 70'), /gates\.1\.ready/],
  ])('points at the line of %s', (_what, bad, message) => {
    const r = parseReadinessConfig(bad, 'gates.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => message.test(`${x.field}: ${x.message}`));
    expect(p, r.problems.map((x) => `${x.field}: ${x.message}`).join('\n')).toBeDefined();
    expect(p!.file).toBe('gates.yaml');
    expect(p!.line).toBeGreaterThan(1);
  });

  it('refuses a gate id used twice', () => {
    const r = parseReadinessConfig(text.replace('id: write.end_state', 'id: write.invalid_values'), 'g.yaml');
    expect(!r.ok && r.problems[0].message).toMatch(/used twice/);
  });
});
