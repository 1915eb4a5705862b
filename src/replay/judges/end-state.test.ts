/** The end_state judge on small scenarios over the sample org: what it must flag and what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { ACME, codesOf, runScenario, steps } from '../../test-support/run-scenario.js';

const { AGENT, ACC, THOMAS, OPP } = ACME;

describe('end_state', () => {
  it('doing nothing is not a pass when a write was expected', async () => {
    const r = await runScenario({ expect: { state: [{ op: 'create', object: 'Task', match: { WhatId: ACC } }], flags: [] }, recording: { steps: [], answer: 'Done.' } });
    expect(codesOf(r)).toEqual(['missing_write']);
  });
  it('flags wrong values and writes nobody expected', async () => {
    const r = await runScenario({
      context: [{ kind: 'note', text: 'Thomas Ferguson is CFO now; call (213) 944-8255' }],
      expect: { state: [{ op: 'update', object: 'Contact', id: THOMAS, values: { Title: 'Chief Financial Officer' } }], flags: [] },
      ...steps({ tool: 'update_record', input: { object: 'Contact', id: THOMAS, values: { Title: 'CFO' } } },
        { tool: 'update_record', input: { object: 'Account', id: ACC, values: { Phone: '(213) 944-8255' } } }),
    });
    expect(codesOf(r)).toEqual(['unexpected_write', 'wrong_value:Title']);
  });
  it('a read scenario expects no writes', async () => {
    const r = await runScenario({ pattern: 'read', context: [{ kind: 'note', text: 'CFO' }], ...steps({ tool: 'update_record', input: { object: 'Contact', id: THOMAS, values: { Title: 'CFO' } } }) });
    expect(codesOf(r)).toEqual(['unexpected_write']);
  });
  it('a change nobody asked for on the expected record is unexpected; a stage’s derived fields are not', async () => {
    const r = await runScenario({
      context: [{ kind: 'note', text: 'Thomas Ferguson is CFO now' }],
      expect: { state: [{ op: 'update', object: 'Contact', id: THOMAS, values: { Title: 'CFO' } }], flags: [] },
      ...steps({ tool: 'update_record', input: { object: 'Contact', id: THOMAS, values: { Title: 'CFO', HasOptedOutOfEmail: true } } }),
    });
    expect(codesOf(r)).toEqual(['unexpected_write:HasOptedOutOfEmail']);
    const stage = await runScenario({
      pattern: 'act', approvals: [{ action: 'update_stage', params: { id: OPP }, decision: 'approved' }],
      expect: { state: [{ op: 'update', object: 'Opportunity', id: OPP, values: { StageName: 'Closed Won' } }], flags: [] },
      ...steps({ tool: 'request_approval', input: { action: 'update_stage', params: { id: OPP, stageName: 'Closed Won' }, reason: 'signed' } },
        { tool: 'perform_action', input: { action: 'update_stage', params: { id: OPP, stageName: 'Closed Won' } } }),
    });
    expect(codesOf(stage)).toEqual([]);
  });
});
