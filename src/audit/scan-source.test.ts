import { describe, expect, it } from 'vitest';
import type { AuditContext } from './check-types.js';
import { hoistTexts, onScan, scanRelation } from './scan-source.js';
import { text as textOf } from './sql.js';

const ctx = {
  schema: { objects: { Opportunity: { fields: { Id: { type: 'id' }, Amount: { type: 'currency' }, Name: { type: 'string' }, Gone: { type: 'date' } } } } },
  objects: { Opportunity: { table: 'snap.main."Opportunity"', rawTable: 'snap.raw."Opportunity"', rows: 2, fileColumns: ['Id', 'Amount', 'Name'], storeTable: 'snap.data."Opportunity"', rawColumns: { Id: 'Id', Amount: 'Amount__raw', Name: 'Name' } } },
} as unknown as AuditContext;

describe('scan source', () => {
  it('reads raw text from the twin of a typed field and text fields as themselves', () => {
    expect(onScan(ctx, 'Opportunity', `r."Amount" <> 'x' AND r.name = t.Amount AND d."a__b" = 'r."Amount"'`))
      .toBe(`t."Amount__raw" <> 'x' AND t."Name" = t.Amount AND t."a__b" = 'r."Amount"'`);
  });
  it('stacks derived stages over the stored table, with missing schema fields as typed NULLs', () => {
    const rel = scanRelation(ctx, 'Opportunity', [{ x: 'length(r."Amount")' }, { y: 'd."x" + 1' }]);
    expect(rel).toContain('NULL::DATE AS "Gone"');
    expect(rel).toContain('length(t."Amount__raw") AS "x"');
    expect(rel).toContain('t."x" + 1 AS "y"');
  });
  it('computes each field\'s trimmed text once, in a first stage', () => {
    const text = textOf('Name');
    const [c] = hoistTexts([{ id: 'c', kind: 'k', object: 'Opportunity', dimension: 'validity', code: 'invalid_format', severity: 'low', applicable: `${text} IS NOT NULL`, failing: `lower(${text}) = 'x'`, value: 'r."Name"', message: "'m'", derive: [{ z: `upper(${text})` }] }]);
    expect(c.applicable).toBe('d."Name__text" IS NOT NULL');
    expect(c.derive).toEqual([{ Name__text: text }, { z: 'upper(d."Name__text")' }]);
  });
  it('hoists names with quotes, and only whole text() expressions', () => {
    const quoted = textOf('Na"me');
    const [c] = hoistTexts([{ id: 'c', kind: 'k', object: 'Opportunity', dimension: 'validity', code: 'invalid_format', severity: 'low', applicable: `${quoted} IS NOT NULL`, failing: `NULLIF(TRIM(r."Name"), '') = 'x'`, value: 'r."Name"', message: "'m'", derive: [] }]);
    expect(c.applicable).toBe('d."Na""me__text" IS NOT NULL');
    expect(c.failing).toBe(`NULLIF(TRIM(r."Name"), '') = 'x'`);
    expect(c.derive).toEqual([{ 'Na"me__text': quoted }]);
  });
});
