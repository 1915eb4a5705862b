/** update_record {object, id, values}: change fields of one record, through the one write path. */
import { z } from 'zod';
import { updateRisk } from '../../access/action-risk.js';
import { defineTool } from '../tool-definition.js';
import { performWrite } from '../write-path.js';
import { WriteValues } from './create-record.js';

export const updateRecord = defineTool({
  name: 'update_record',
  description: 'Update fields of one CRM record. Some fields (stage, amount, close date) need an approved request_approval first; owner changes are never allowed.',
  input: z.strictObject({ object: z.string().min(1), id: z.string().min(1), values: WriteValues.refine((v) => Object.keys(v).length > 0, 'give at least one field') }),
  async run(s, actor, input) {
    return performWrite(s, actor, {
      op: 'update', object: input.object, id: input.id, values: input.values,
      risk: updateRisk(s.policy, input.object, Object.keys(input.values)),
      approval: { action: 'update_record', params: { object: input.object, id: input.id, values: input.values } },
    });
  },
});
