/** update_stage {id, stageName}: move an opportunity; the org sets probability, flags and forecast category. */
import { z } from 'zod';
import { actionRisk, updateRisk } from '../../access/action-risk.js';
import { performWrite } from '../write-path.js';
import { defineAction } from './action-definition.js';

export const updateStage = defineAction({
  name: 'update_stage',
  description: 'Move an opportunity to another stage.',
  params: z.strictObject({ id: z.string().min(1), stageName: z.string().min(1) }),
  async run(s, actor, params) {
    return performWrite(s, actor, {
      op: 'update', object: 'Opportunity', id: params.id, values: { StageName: params.stageName },
      risk: actionRisk(s.policy, 'update_stage', 1, updateRisk(s.policy, 'Opportunity', ['StageName'])),
      approval: { action: 'update_stage', params },
    });
  },
});
