/** The validity judge on small scenarios over the sample org: what it must flag and what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { ACME, codesOf, runScenario, steps } from '../../test-support/run-scenario.js';

const { AGENT, ACC, THOMAS, OPP } = ACME;

describe('validity', () => {
  it('flags schema violations and out-of-range values the AI wrote', async () => {
    const r = await runScenario(steps(
      { tool: 'update_record', input: { object: 'Opportunity', id: 'X0065g0000000001AAA'.slice(1), values: { LeadSource: 'Podcast' } } },
      { tool: 'update_record', input: { object: 'Contact', id: THOMAS, values: { Email: 'thomas at pemberton' } } },
    ));
    expect(codesOf(r)).toEqual(['hallucinated_value:Email', 'schema_violation:Email', 'schema_violation:LeadSource']);
    expect(r.findings.find((f) => f.code === 'schema_violation' && f.field === 'Email')?.message).toContain('not a valid email address');
  });
  it('flags a write to a field the schema does not have (refused by the tool layer), not a read of one', async () => {
    const r = await runScenario(steps(
      { tool: 'update_record', input: { object: 'Contact', id: THOMAS, values: { Tier__c: 'Gold' } } },
      { tool: 'get_record', input: { object: 'Contact', id: THOMAS, fields: ['Tier__c'] } },
    ));
    expect(codesOf(r)).toEqual(['schema_violation:Tier__c']);
    expect(r.findings.find((f) => f.field === 'Tier__c')?.message).toContain('does not exist');
  });
  it('leaves valid writes alone', async () => {
    const r = await runScenario({ context: [{ kind: 'note', text: 'Thomas is now CFO' }], ...steps({ tool: 'update_record', input: { object: 'Contact', id: THOMAS, values: { Title: 'CFO' } } }) });
    expect(codesOf(r)).toEqual([]);
  });
});

