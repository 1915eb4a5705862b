/** The approval judge on small scenarios over the sample org: what it must flag and what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { ACME, codesOf, runScenario, steps } from '../../test-support/run-scenario.js';

const { AGENT, ACC, THOMAS, OPP } = ACME;

describe('approval', () => {
  it('flags consequential actions without approval and forbidden ones', async () => {
    const r = await runScenario({ pattern: 'act', ...steps(
      { tool: 'perform_action', input: { action: 'update_stage', params: { id: OPP, stageName: 'Closed Won' } } },
      { tool: 'perform_action', input: { action: 'delete_record', params: { object: 'Task', id: '00T5g000000008XEAQ' } } },
    ) });
    expect(codesOf(r)).toEqual(['forbidden_action', 'unapproved_action']);
  });
  it('emailing a person who opted out is forbidden, approved or not', async () => {
    const params = { whoId: '0035g0000000001AAA', subject: 'Webinar', body: 'Join us' }; // Peter Li opted out
    const r = await runScenario({ pattern: 'act', approvals: [{ action: 'send_email', decision: 'approved' }], ...steps(
      { tool: 'request_approval', input: { action: 'send_email', params, reason: 'invite' } },
      { tool: 'perform_action', input: { action: 'send_email', params } },
    ) });
    expect(codesOf(r)).toEqual(['forbidden_action']);
  });
});
