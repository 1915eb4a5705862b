/** perform_action {action, params}: runs a registered action under the policy's risk class. */
import { z } from 'zod';
import { ACTION_REGISTRY } from '../actions/registry.js';
import { defineTool } from '../tool-definition.js';
import { denied } from '../tool-session.js';
import { issuesText } from '../issues-text.js';

export const performAction = defineTool({
  name: 'perform_action',
  description: 'Perform a CRM action: update_stage {id, stageName}, send_email {whoId, subject, body}, delete_record {object, id}, mass_update {object, ids, values}, log_call {whatId?, whoId?, subject, description}. Consequential actions need an approved request_approval first.',
  input: z.strictObject({ action: z.string().min(1), params: z.record(z.string(), z.unknown()) }),
  async run(s, actor, input) {
    const action = (ACTION_REGISTRY as Record<string, (typeof ACTION_REGISTRY)[keyof typeof ACTION_REGISTRY]>)[input.action];
    if (!action) return denied('unknown_action', `unknown action "${input.action}"; actions: ${Object.keys(ACTION_REGISTRY).join(', ')}`);
    const params = action.params.safeParse(input.params);
    if (!params.success) {
      return denied('invalid_input', `${input.action}: ${issuesText(params.error)}`);
    }
    return action.run(s, actor, params.data);
  },
});
