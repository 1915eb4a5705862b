/** The grounding judge on small scenarios over the sample org: what it must flag and what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { ACME, codesOf, runScenario, steps } from '../../test-support/run-scenario.js';

const { AGENT, ACC, THOMAS, OPP } = ACME;

describe('grounding', () => {
  it('accepts values in the evidence in other formats: phones, amounts, dates, emails', async () => {
    const r = await runScenario({
      context: [{ kind: 'signature', text: 'Thomas Ferguson | T.Ferguson@PembertonRousseauAssociates.com | (213) 944-8255 | budget $1.2M, decision by March 3rd' }],
      ...steps({ tool: 'update_record', input: { object: 'Contact', id: THOMAS, values: { Email: 't.ferguson@pembertonrousseauassociates.com', Phone: '+1 213-944-8255', Description: 'Budget 1,200,000 USD; decides 2026-03-03.' } } }),
    });
    expect(codesOf(r)).toEqual([]);
  });
  it('flags invented values in structured fields and entities in free text, quoting the span', async () => {
    const r = await runScenario({
      context: [{ kind: 'transcript', text: 'Thomas said the budget is approved.' }],
      ...steps({ tool: 'perform_action', input: { action: 'log_call', params: { whatId: ACC, subject: 'Call', description: 'Met Evelyn Scott on 2026-06-12; budget $47,350; call 415-555-0134.' } } },
        { tool: 'get_record', input: { object: 'Account', id: ACC } }),
    });
    expect(r.findings.filter((f) => f.code === 'hallucinated_value').map((f) => f.evidence)).toEqual(['Evelyn Scott', '2026-06-12', '$47,350', '415-555-0134']); // the later get_record is evidence too
  });
  it('flags an update aimed at a record that does not exist: the Id was invented', async () => {
    const r = await runScenario(steps({ tool: 'update_record', input: { object: 'Account', id: '0015g00000000ZZAAA', values: { Rating: 'Hot' } } }));
    expect(codesOf(r)).toEqual(['hallucinated_value:Id']);
    expect(r.findings[0]).toMatchObject({ object: 'Account', id: '0015g00000000ZZAAA', value: '0015g00000000ZZAAA' });
  });
  it('judges the answer against what the actor was shown', async () => {
    const ok = await runScenario({ pattern: 'read', recording: { steps: [{ tool: 'get_record', input: { object: 'Contact', id: THOMAS } }], answer: 'Thomas Ferguson is President; phone 1-213-944-8255.' } });
    expect(codesOf(ok)).toEqual([]);
    const bad = await runScenario({ pattern: 'read', recording: { steps: [{ tool: 'get_record', input: { object: 'Contact', id: THOMAS } }], answer: 'Thomas Ferguson is President and renewed for $2,400,000 last week.' } });
    expect(codesOf(bad)).toEqual(['hallucinated_value']);
  });
});

