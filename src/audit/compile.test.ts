import { describe, expect, it } from 'vitest';
import { canonicalSchema } from '../snapshot/canonical/index.js';
import type { AuditContext, CommonCheck } from './check-types.js';
import { compileChecks } from './compile.js';
import type { AuditPlan } from './pack.js';

// Contact is loaded (without an OwnerId column); Lead is in schema.json but was not exported.
const ctx = {
  schema: canonicalSchema(['Contact', 'Lead']), access: {}, asOf: '2026-06-30', facts: {},
  objects: { Contact: { table: 'c', rawTable: 'rc', rows: 3, fileColumns: ['Id', 'LastName', 'Email'] } },
} as unknown as AuditContext;

const plan = (strict: boolean, ...specs: CommonCheck[]): AuditPlan => ({
  packs: ['p'], scoring: { severity: {}, dimensions: {} },
  checks: specs.map((spec, i) => ({ spec, file: 'p.yaml', line: 3 + i, strict })),
});

describe('compileChecks', () => {
  it('makes an unknown object in a strict pack an error with the entry line and suggestions', () => {
    const r = compileChecks(plan(true, { kind: 'required', object: 'Contatc', fields: ['LastName'], missing_tokens: [] } as CommonCheck), ctx);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'unknown_object', field: 'Contatc', file: 'p.yaml', line: 3 });
    expect(r.problems[0].hint).toMatch(/did you mean Contact/);
  });
  it('refuses a where: or expression that is more than one SQL expression, at the entry', () => {
    const r = compileChecks(plan(true,
      { kind: 'required', object: 'Contact', fields: ['LastName'], missing_tokens: [], where: "t.Email IS NOT NULL; DROP TABLE x" } as CommonCheck,
      { kind: 'consistency', object: 'Contact', rule: 'expression', expression: "t.LastName = 'x' --", message: 'm' } as CommonCheck,
      { kind: 'required', object: 'Contact', fields: ['Email'], missing_tokens: [], where: "t.LastName <> ';'" } as CommonCheck), ctx);
    expect(r.problems.map((p) => [p.code, p.field, p.line])).toEqual([['invalid_check_sql', 'required.where', 3], ['invalid_check_sql', 'consistency.expression', 4]]);
    expect(r.checks.map((c) => c.id)).toContain('required.Contact.Email');
  });
  it('keeps an unknown object of the default pack a warning', () => {
    const r = compileChecks(plan(false, { kind: 'required', object: 'Contatc', fields: ['LastName'], missing_tokens: [] } as CommonCheck), ctx);
    expect(r.problems).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['object_not_in_snapshot']);
  });
  it('keeps an object in schema.json but not in the export a warning, even in a strict pack', () => {
    const r = compileChecks(plan(true, { kind: 'required', object: 'Lead', fields: ['LastName'], missing_tokens: [] } as CommonCheck), ctx);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toMatchObject([{ code: 'object_not_in_snapshot', field: 'Lead', file: 'p.yaml', line: 3 }]);
  });
  it('warns when a required field of schema.json has no column in the export', () => {
    for (const strict of [false, true]) {
      const r = compileChecks(plan(strict, { kind: 'required', object: 'Contact', missing_tokens: [] } as CommonCheck), ctx);
      expect(r.problems).toEqual([]);
      expect(r.checks.map((c) => c.id)).toEqual(['required.Contact.LastName']);
      expect(r.warnings).toMatchObject([{ code: 'field_not_in_export', field: 'Contact.OwnerId', file: 'p.yaml', line: 3 }]);
      expect(r.warnings[0].message).toMatch(/not in the export.*check skipped/);
    }
  });
  it('still lets a later, more specific entry replace a generated check of the same id', () => {
    const r = compileChecks(plan(true,
      { kind: 'required', object: 'Contact', missing_tokens: [] } as CommonCheck,
      { kind: 'required', object: 'Contact', fields: ['LastName'], missing_tokens: ['-'] } as CommonCheck), ctx);
    expect(r.checks.map((c) => c.id)).toEqual(['required.Contact.LastName']);
    expect(r.checks[0].type === 'sql' && r.checks[0].failing).toMatch(/'-'/);
  });
  it('keeps every check of one entry whose explicit id would otherwise repeat', () => {
    const r = compileChecks(plan(true, { kind: 'required', id: 'names', object: 'Contact', fields: ['LastName', 'Email'], missing_tokens: [] } as CommonCheck), ctx);
    expect(r.checks.map((c) => c.id)).toEqual(['names.Contact.LastName', 'names.Contact.Email']);
  });
  it('records where each compiled check comes from', () => {
    const r = compileChecks(plan(true, { kind: 'required', object: 'Contact', fields: ['LastName'], missing_tokens: [] } as CommonCheck), ctx);
    expect(r.checks[0]).toMatchObject({ source: { file: 'p.yaml', line: 3 } });
  });
});
