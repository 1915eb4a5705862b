import { describe, expect, it } from 'vitest';
import { canonicalSchema } from '../snapshot/canonical/index.js';
import { acmePolicy } from '../test-support/acme-tools.js';
import { validateWrite, type WriteContext } from './write-rules.js';
import { buildWriteSchemas } from './write-schema.js';

const schema = canonicalSchema(['Account', 'Contact', 'Opportunity', 'Task']);
const policy = acmePolicy();
const ctx: WriteContext = { schema, policy, schemas: buildWriteSchemas(schema, policy, '2026-06-30'), largestOpportunityAmount: (id) => (id === 'acc' ? 50_000 : undefined) };
const codes = (object: string, values: Record<string, unknown>, merged: Record<string, unknown> = {}) =>
  validateWrite(ctx, object, values, merged, 'update').violations.map((v) => `${v.field}:${v.code}`);

describe('validateWrite', () => {
  it('accepts good values and normalises numeric strings', () => {
    const r = validateWrite(ctx, 'Opportunity', { Amount: '1200', StageName: 'Prospecting', CloseDate: '2026-09-30' }, { AccountId: 'acc' }, 'update');
    expect(r.violations).toEqual([]);
    expect(r.values.Amount).toBe(1200);
  });
  it('types, picklists, lengths and formats are schema violations', () => {
    expect(codes('Opportunity', { Amount: 'lots' })).toEqual(['Amount:schema_violation']);
    expect(codes('Opportunity', { StageName: 'Won-ish' })).toEqual(['StageName:schema_violation']);
    expect(codes('Opportunity', { CloseDate: '30/09/2026' })).toEqual(['CloseDate:schema_violation']);
    expect(codes('Contact', { Email: 'not-an-email' })).toContain('Email:schema_violation');
    expect(codes('Contact', { Phone: '+1 555' })).toContain('Phone:schema_violation');
    expect(codes('Opportunity', { Name: null })).toEqual(['Name:schema_violation']);
  });
  it('ranges, date windows, relative amounts and stage probability are out of range', () => {
    expect(codes('Opportunity', { Amount: -1 })).toEqual(['Amount:out_of_range']);
    expect(codes('Opportunity', { CloseDate: '1970-01-01' })).toEqual(['CloseDate:out_of_range']);
    expect(codes('Opportunity', { CloseDate: '2028-06-01' })).toEqual([]);
    expect(codes('Opportunity', { Amount: 500_001 }, { AccountId: 'acc' })).toEqual(['Amount:out_of_range']);
    expect(codes('Opportunity', { Amount: 500_000 }, { AccountId: 'acc' })).toEqual([]);
    expect(codes('Opportunity', { Amount: 9e9 }, { AccountId: 'new' })).toEqual([]); // no history: nothing to compare with
    expect(codes('Opportunity', { Probability: 100 }, { StageName: 'Prospecting' })).toEqual(['Probability:out_of_range']);
    expect(codes('Opportunity', { Probability: 10 }, { StageName: 'Prospecting' })).toEqual([]);
  });
  it('required fields must be present on create (system-filled ones aside)', () => {
    const r = validateWrite(ctx, 'Opportunity', { Name: 'X' }, {}, 'create');
    expect(r.violations.map((v) => v.field).sort()).toEqual(['CloseDate', 'StageName']);
  });
});
