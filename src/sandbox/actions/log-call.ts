/** log_call {whatId?, whoId?, subject, description}: a completed call Task dated the snapshot's asOf. */
import { z } from 'zod';
import { actionRisk } from '../../access/action-risk.js';
import { performWrite } from '../write-path.js';
import { defineAction, taskSystemValues } from './action-definition.js';

export const logCall = defineAction({
  name: 'log_call',
  description: 'Log a completed call as a Task on a record (whatId: Account/Opportunity/Case) and/or a person (whoId: Contact/Lead).',
  params: z.strictObject({ whatId: z.string().min(1).optional(), whoId: z.string().min(1).optional(), subject: z.string().min(1), description: z.string() })
    .refine((p) => p.whatId || p.whoId, 'give whatId or whoId'),
  async run(s, actor, params) {
    return performWrite(s, actor, {
      op: 'create', object: 'Task', values: { Subject: params.subject, Description: params.description },
      systemValues: taskSystemValues(s, { WhatId: params.whatId, WhoId: params.whoId, Type: 'Call', Status: 'Completed', ActivityDate: s.sandbox.asOf }),
      risk: actionRisk(s.policy, 'log_call'), approval: { action: 'log_call', params },
    });
  },
});
