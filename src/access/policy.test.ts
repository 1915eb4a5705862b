import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACME_POLICY_FILE } from '../test-support/acme-tools.js';
import { actionRisk, createRisk, updateRisk } from './action-risk.js';
import { loadPolicy, parsePolicyText } from './policy.js';

const policy = () => { const r = loadPolicy(ACME_POLICY_FILE); if (!r.ok) throw new Error(JSON.stringify(r.problems)); return r.value; };

describe('evals/policy.yaml', () => {
  it('is valid and classes each kind of action as the issue asks', () => {
    const p = policy();
    expect(actionRisk(p, 'log_call').riskClass).toBe('auto');
    expect(createRisk(p, 'Task').riskClass).toBe('auto');
    expect(actionRisk(p, 'update_stage').riskClass).toBe('approval');
    expect(actionRisk(p, 'send_email').riskClass).toBe('approval');
    expect(updateRisk(p, 'Opportunity', ['Amount']).riskClass).toBe('approval');
    expect(updateRisk(p, 'Opportunity', ['CloseDate', 'NextStep']).riskClass).toBe('approval');
    expect(actionRisk(p, 'delete_record').riskClass).toBe('forbidden');
    expect(updateRisk(p, 'Contact', ['OwnerId']).riskClass).toBe('forbidden');
    expect(updateRisk(p, 'Contact', ['Title']).riskClass).toBe('auto');
    expect(actionRisk(p, 'mass_update', p.maxRecordsPerCall).riskClass).toBe('approval');
    expect(actionRisk(p, 'mass_update', p.maxRecordsPerCall + 1)).toMatchObject({ riskClass: 'forbidden', reason: expect.stringContaining('at most') });
  });
});

describe('a malformed policy file', () => {
  const text = readFileSync(ACME_POLICY_FILE, 'utf8');
  it('names the file, the line and the key', () => {
    const bad = text.replace('send_email: approval', 'send_email: sometimes');
    const r = parsePolicyText(bad, 'policy.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = bad.split('\n').findIndex((l) => l.includes('sometimes')) + 1;
    expect(r.problems[0]).toMatchObject({ code: 'invalid_policy', file: 'policy.yaml', line, field: 'actions.send_email' });
  });
  it('rejects unknown keys, rule kinds and bad regexes', () => {
    for (const [from, to, field] of [
      ['maxRecordsPerCall: 5', 'maxRecordsPerCall: 5\nmaxRecords: 3', 'maxRecords'],
      ['kind: length, max: 32000', 'kind: lenght, max: 32000', 'rules.9.kind'],
      ['{field: Account.AnnualRevenue, kind: range, min: 0}', '{field: Account.AnnualRevenue, kind: pattern, regex: "(("}', 'rules.6.regex'],
    ]) {
      const r = parsePolicyText(text.replace(from, to), 'p.yaml');
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.problems[0].field).toBe(field);
    }
  });
  it('reports YAML syntax errors at their line', () => {
    const r = parsePolicyText('format: crmready-policy/1\nactions: [\n', 'p.yaml');
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'invalid_yaml', file: 'p.yaml' });
  });
  it('a missing file says how to fix it', () => {
    const r = loadPolicy('/nonexistent/policy.yaml');
    expect(!r.ok && r.problems[0].code).toBe('missing_policy');
  });
});
