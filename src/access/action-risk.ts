/**
 * The risk class of a call: what the policy says about the action, or — for plain writes — about
 * the object created or the fields updated. A call takes the strictest class it touches, and any
 * call changing more records than `maxRecordsPerCall` is forbidden.
 */
import type { ActionName, Policy, RiskClass } from './policy.js';

const ORDER: Record<RiskClass, number> = { auto: 0, approval: 1, forbidden: 2 };
export const strictest = (a: RiskClass, b: RiskClass): RiskClass => (ORDER[a] >= ORDER[b] ? a : b);

export interface RiskVerdict { riskClass: RiskClass; reason: string }

export function createRisk(policy: Policy, object: string): RiskVerdict {
  const listed = policy.writes.create.objects[object];
  return { riskClass: listed ?? policy.writes.create.default, reason: listed ? `policy: creating ${object} is ${listed}` : `policy: creating records is ${policy.writes.create.default} by default` };
}

export function updateRisk(policy: Policy, object: string, fields: string[], records = 1): RiskVerdict {
  let verdict: RiskVerdict = { riskClass: policy.writes.update.default, reason: `policy: updates are ${policy.writes.update.default} by default` };
  for (const field of fields) {
    const cls = policy.writes.update.fields[`${object}.${field}`] ?? policy.writes.update.fields[`*.${field}`];
    if (cls && ORDER[cls] > ORDER[verdict.riskClass]) verdict = { riskClass: cls, reason: `policy: changing ${object}.${field} is ${cls === 'approval' ? 'approval-only' : cls}` };
  }
  return tooMany(policy, records) ?? verdict;
}

export function actionRisk(policy: Policy, action: ActionName, records = 1, fieldRisk?: RiskVerdict): RiskVerdict {
  const cls = policy.actions[action];
  let verdict: RiskVerdict = { riskClass: cls, reason: `policy: ${action} is ${cls === 'approval' ? 'approval-only' : cls}` };
  if (fieldRisk && ORDER[fieldRisk.riskClass] > ORDER[cls]) verdict = fieldRisk;
  return tooMany(policy, records) ?? verdict;
}

function tooMany(policy: Policy, records: number): RiskVerdict | undefined {
  return records > policy.maxRecordsPerCall
    ? { riskClass: 'forbidden', reason: `policy: a call may change at most ${policy.maxRecordsPerCall} records, this one changes ${records}` }
    : undefined;
}
