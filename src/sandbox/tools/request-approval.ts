/**
 * request_approval {action, params, reason}: ask the human. In replay the scenario scripts the answer
 * (default: rejected); an approved request becomes a one-time grant for that action and params.
 */
import { z } from 'zod';
import { defineTool } from '../tool-definition.js';
import { succeeded } from '../tool-session.js';

export const requestApproval = defineTool({
  name: 'request_approval',
  description: 'Ask the user to approve a consequential action (e.g. update_stage, send_email, or update_record of Amount/CloseDate) before performing it. Use the same action and params you will then call.',
  input: z.strictObject({
    action: z.string().min(1).describe('update_stage, send_email, mass_update, update_record, create_record …'),
    params: z.record(z.string(), z.unknown()),
    reason: z.string().min(1).describe('why, in one sentence the user will read'),
  }),
  async run(s, _actor, input) {
    const approvalId = `apr-${++s.approvalsRequested}`;
    const status = s.approver({ action: input.action, params: input.params, reason: input.reason });
    if (status === 'approved') s.granted.push({ approvalId, action: input.action, params: input.params });
    return succeeded(`approval ${approvalId} for ${input.action}: ${status}`, { approvalId, status });
  },
});
