/**
 * mass_update {object, ids, values}: the same change on several records, all or nothing. Forbidden
 * above the policy's records-per-call limit; otherwise the action's class (and the fields') apply
 * once to the whole call, and every record passes the same access and value checks as update_record.
 */
import { z } from 'zod';
import { actionRisk, updateRisk } from '../../access/action-risk.js';
import { useGrant } from '../approvals.js';
import { denied, succeeded, type ToolOutcome } from '../tool-session.js';
import { planWrite } from '../write-path.js';
import { WriteValues } from '../tools/create-record.js';
import { defineAction } from './action-definition.js';

export const massUpdate = defineAction({
  name: 'mass_update',
  description: 'Apply the same field values to several records at once.',
  params: z.strictObject({ object: z.string().min(1), ids: z.array(z.string().min(1)).min(1), values: WriteValues }),
  async run(s, actor, params) {
    const risk = actionRisk(s.policy, 'mass_update', new Set(params.ids).size, updateRisk(s.policy, params.object, Object.keys(params.values)));
    if (risk.riskClass === 'forbidden') return denied('forbidden', `${risk.reason}; this never runs`, { riskClass: 'forbidden' });
    if (risk.riskClass === 'approval' && !useGrant(s, 'mass_update', params)) {
      return denied('approval_required', `${risk.reason}: call request_approval for mass_update with these params first`, { riskClass: 'approval' });
    }
    const plans: (() => Promise<ToolOutcome>)[] = [];
    for (const id of new Set(params.ids)) {
      const plan = await planWrite(s, actor, {
        op: 'update', object: params.object, id, values: params.values,
        risk: { riskClass: 'auto', reason: 'part of an allowed mass_update' }, approval: { action: 'mass_update', params },
      });
      if (!('apply' in plan)) return { ...plan, riskClass: risk.riskClass };
      plans.push(plan.apply);
    }
    const done = [];
    for (const apply of plans) done.push(await apply());
    return succeeded(`updated ${done.length} ${params.object} records`, { updated: done.length, ids: done.map((d) => (d.result as { id: string }).id) }, {
      riskClass: risk.riskClass,
      violations: done.flatMap((d) => d.violations ?? []),
      writes: done.flatMap((d) => d.writes ?? []),
    });
  },
});
