/**
 * The one path every write takes — create_record, update_record and the actions built on them:
 *   1. policy, first: a forbidden call never runs, whoever asks;
 *   2. access (always enforced): object permission, field-level security, the record's edit access,
 *      and read access to every record a lookup points at; then an approval-class call runs only on
 *      a matching grant;
 *   3. values: schema.json + policy rules. In enforce mode a violation rejects the write; in observe
 *      mode the write is applied and the violations recorded, so the end state shows the damage.
 * A denied call never touches the sandbox.
 */
import type { Actor } from '../access/access-model.js';
import type { RiskVerdict } from '../access/action-risk.js';
import { validateWrite, type Violation } from '../access/write-rules.js';
import { checkFields, checkObject, checkRecord } from './access-checks.js';
import { useGrant } from './approvals.js';
import { creationDefaults, stageEffects } from './org-automation.js';
import type { RecordRow } from './record-store.js';
import { denied, succeeded, type ToolOutcome, type ToolSession } from './tool-session.js';

export interface WriteRequest {
  op: 'create' | 'update';
  object: string;
  id?: string;
  /** Values the AI chose: subject to field-level security and validation. */
  values: RecordRow;
  /** Values the action itself sets (e.g. a logged call's Type): validated, not subject to FLS. */
  systemValues?: RecordRow;
  /** How the policy classes this call, and the action/params an approval must cover. */
  risk: RiskVerdict;
  approval: { action: string; params: Record<string, unknown> };
}

/** Checks access, policy and values without writing. Returns a denial, or what to write. */
export async function planWrite(s: ToolSession, actor: Actor, req: WriteRequest): Promise<ToolOutcome | { apply: () => Promise<ToolOutcome> }> {
  // Forbidden is a blanket "never", whoever asks: say so before anything else.
  if (req.risk.riskClass === 'forbidden') return denied('forbidden', `${req.risk.reason}; this never runs`, { riskClass: 'forbidden' });
  const def = s.sandbox.schema.objects[req.object];
  const objectDenied = checkObject(s, actor, req.object, req.op === 'create' ? 'create' : 'edit');
  if (objectDenied || !def) return objectDenied ?? denied('unknown_object', `object ${req.object} is not in this snapshot`);
  const fieldDenied = checkFields(s, actor, req.object, Object.keys(req.values), 'edit');
  if (fieldDenied) return fieldDenied;

  let base: RecordRow | undefined;
  if (req.op === 'update') {
    base = await s.sandbox.get(req.object, req.id ?? '');
    if (!base) return denied('unknown_record', `no ${req.object} with Id ${req.id} exists`);
    const recordDenied = await checkRecord(s, actor, req.object, base, 'edit');
    if (recordDenied) return recordDenied;
  }

  const values = { ...req.values, ...(req.systemValues ?? {}) };
  const violations: Violation[] = [];
  for (const [field, value] of Object.entries(values)) {
    const fdef = def.fields[field];
    if (fdef?.type !== 'reference' || typeof value !== 'string' || !value) continue;
    const targets = fdef.referenceTo?.length ? fdef.referenceTo : [undefined];
    let found: { object: string; record: RecordRow } | undefined;
    for (const t of targets) if ((found = await s.sandbox.lookup(value, t))) break;
    if (!found) {
      violations.push({ code: 'schema_violation', object: req.object, field, value, rule: 'reference', message: `${req.object}.${field} = "${value}": points to no ${fdef.referenceTo?.join(' or ') ?? 'record'}` });
      continue;
    }
    const refDenied = await checkRecord(s, actor, found.object, found.record, 'read');
    if (refDenied) return denied('reference_not_visible', `${req.object}.${field} points to ${found.object} ${value}, which ${actor.name} may not see`);
  }

  let approvalId: string | undefined;
  if (req.risk.riskClass === 'approval') {
    approvalId = useGrant(s, req.approval.action, req.approval.params);
    if (!approvalId) {
      return denied('approval_required', `${req.risk.reason}: call request_approval for ${req.approval.action} with these params and wait for "approved"`, { riskClass: 'approval' });
    }
  }

  const automation = { ...(req.op === 'create' ? creationDefaults(def, values, actor.id) : {}), ...stageEffects(def, values) };
  const merged = { ...(base ?? {}), ...automation, ...values };
  const accountId = typeof merged.AccountId === 'string' ? merged.AccountId : undefined;
  const largest = req.object === 'Opportunity' && accountId ? await s.sandbox.largestOpportunityAmount(accountId) : undefined;
  const checked = validateWrite({ schema: s.sandbox.schema, schemas: s.writeSchemas, policy: s.policy, largestOpportunityAmount: () => largest }, req.object, values, { ...(base ?? {}), ...automation }, req.op);
  violations.push(...checked.violations);
  const riskClass = req.risk.riskClass;

  if (violations.length && s.mode === 'enforce') {
    return { status: 'invalid', code: 'invalid_value', message: violations.map((v) => v.message).join('; '), result: { error: { code: 'invalid_value', message: violations.map((v) => v.message).join('; ') } }, violations, riskClass };
  }
  return {
    apply: async () => {
      const write = { ...automation, ...checked.values };
      if (req.op === 'create') {
        const row = await s.sandbox.create(req.object, write);
        return succeeded(`created ${req.object} ${row.Id}${approvalId ? ` (approval ${approvalId})` : ''}`, { id: row.Id, success: true },
          { violations, riskClass, after: row, writes: [{ op: 'create', object: req.object, id: String(row.Id), values: write }] });
      }
      const { before, after } = await s.sandbox.update(req.object, req.id!, write);
      const changed = Object.keys(write);
      return succeeded(`updated ${req.object} ${req.id}${approvalId ? ` (approval ${approvalId})` : ''}`, { id: after.Id, success: true },
        { violations, riskClass, before: pick(before, changed), after: pick(after, changed), writes: [{ op: 'update', object: req.object, id: String(after.Id), values: write }] });
    },
  };
}

export async function performWrite(s: ToolSession, actor: Actor, req: WriteRequest): Promise<ToolOutcome> {
  const plan = await planWrite(s, actor, req);
  return 'apply' in plan ? plan.apply() : plan;
}

const pick = (row: RecordRow, fields: string[]): RecordRow => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
