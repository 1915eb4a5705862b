/** create_record {object, values}: a new record owned by the actor, through the one write path. */
import { z } from 'zod';
import { createRisk } from '../../access/action-risk.js';
import { defineTool } from '../tool-definition.js';
import { performWrite } from '../write-path.js';

export const WriteValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const createRecord = defineTool({
  name: 'create_record',
  description: 'Create a CRM record (e.g. a Task). Values must be real: only what the user or the records support.',
  input: z.strictObject({ object: z.string().min(1), values: WriteValues }),
  async run(s, actor, input) {
    return performWrite(s, actor, {
      op: 'create', object: input.object, values: input.values, risk: createRisk(s.policy, input.object),
      approval: { action: 'create_record', params: { object: input.object, values: input.values } },
    });
  },
});
