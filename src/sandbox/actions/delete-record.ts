/** delete_record {object, id}: needs delete permission and edit access to the record, then the policy's say. */
import { z } from 'zod';
import { actionRisk } from '../../access/action-risk.js';
import { checkObject, checkRecord } from '../access-checks.js';
import { useGrant } from '../approvals.js';
import { denied, succeeded } from '../tool-session.js';
import { defineAction } from './action-definition.js';

export const deleteRecord = defineAction({
  name: 'delete_record',
  description: 'Delete a record.',
  params: z.strictObject({ object: z.string().min(1), id: z.string().min(1) }),
  async run(s, actor, params) {
    const risk = actionRisk(s.policy, 'delete_record');
    if (risk.riskClass === 'forbidden') return denied('forbidden', `${risk.reason}; this never runs`, { riskClass: 'forbidden' });
    const objectDenied = checkObject(s, actor, params.object, 'delete');
    if (objectDenied) return objectDenied;
    const record = await s.sandbox.get(params.object, params.id);
    if (!record) return denied('unknown_record', `no ${params.object} with Id ${params.id} exists`);
    const recordDenied = await checkRecord(s, actor, params.object, record, 'edit');
    if (recordDenied) return recordDenied;
    if (risk.riskClass === 'approval' && !useGrant(s, 'delete_record', params)) {
      return denied('approval_required', `${risk.reason}: call request_approval for delete_record first`, { riskClass: 'approval' });
    }
    const before = await s.sandbox.delete(params.object, params.id);
    return succeeded(`deleted ${params.object} ${params.id}`, { id: params.id, deleted: true },
      { riskClass: risk.riskClass, before, writes: [{ op: 'delete', object: params.object, id: String(before.Id) }] });
  },
});
