/**
 * end_state: the sandbox's end state against the scenario's `expect.state`. An expected write that
 * did not happen → missing_write; one that happened with other values → wrong_value (per field); a
 * write nobody expected → unexpected_write. Doing nothing is not a pass when a write was expected.
 * With no `expect.state`, read scenarios expect no writes and other scenarios are not judged here.
 */
import { sameValue, type DiffOp } from '../../sandbox/overlay.js';
import { STAGE_EFFECTS } from '../../sandbox/org-automation.js';
import { recordKey } from '../../sandbox/record-key.js';
import type { ExpectedWrite } from '../suite-schema.js';
import { finding, type Judge, type JudgeFinding } from './judge-types.js';

function equalLoose(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') {
    if (/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(expected) && /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(actual)) return recordKey(expected) === recordKey(actual);
    return expected.trim() === actual.trim();
  }
  if (typeof expected === 'number' && (typeof actual === 'number' || typeof actual === 'string')) return Math.abs(expected - Number(actual)) < 1e-9;
  if (expected instanceof Date) return sameValue(expected.toISOString().slice(0, 10), actual);
  return sameValue(expected, actual);
}

const recordOf = (op: DiffOp): Record<string, unknown> => (op.op === 'create' ? op.values : op.op === 'update' ? op.record : op.before);
const mismatches = (want: Record<string, unknown>, have: Record<string, unknown>) => Object.keys(want).filter((k) => !equalLoose(want[k], have[k]));
const describe = (e: ExpectedWrite) => `${e.op} ${e.object}${e.id ? ` ${e.id}` : ''}${e.match ? ` ${JSON.stringify(e.match)}` : ''}`;

export const endState: Judge = {
  name: 'end_state',
  description: 'The sandbox’s end state against expect.state: missing, unexpected and wrong writes',
  judge(ctx) {
    const expected = ctx.scenario.expect.state ?? (ctx.scenario.pattern === 'read' ? [] : undefined);
    if (!expected) return [];
    const ops = ctx.diff;
    const used = new Set<number>();
    const out: JudgeFinding[] = [];
    for (const e of expected) {
      const select = e.match ?? {};
      const want = e.values ?? {};
      const candidates = ops.map((op, i) => ({ op, i })).filter(({ op, i }) => !used.has(i) && op.op === e.op && op.object === e.object && (!e.id || recordKey(op.id) === recordKey(e.id)));
      const exact = candidates.find(({ op }) => mismatches(select, recordOf(op)).length === 0);
      // The same record written with other values: by Id, or by the lookups that tie it to its parent.
      const near = exact ?? (e.id ? candidates[0] : candidates.find(({ op }) => Object.keys(select).some((k) => /Id$/.test(k) && equalLoose(select[k], recordOf(op)[k]))));
      if (!near) {
        out.push(finding('end_state', 'missing_write', { object: e.object, id: e.id ?? null, value: select, message: `expected ${describe(e)}, but the run left no such write` }));
        continue;
      }
      used.add(near.i);
      const record = recordOf(near.op);
      const wrong = [...new Set([...(exact ? [] : mismatches(select, record)), ...mismatches(want, record)])];
      // The expected record may not carry changes nobody asked for (e.g. an email opt-out cleared
      // beside a title); fields the org derives from a new stage are the org's doing, not the AI's.
      if (near.op.op === 'update' && Object.keys({ ...select, ...want }).length) {
        const asked = new Set([...Object.keys(select), ...Object.keys(want), ...('StageName' in near.op.values ? STAGE_EFFECTS.map(([f]) => f) : [])]);
        for (const field of Object.keys(near.op.values).filter((f) => !asked.has(f))) {
          out.push(finding('end_state', 'unexpected_write', { object: e.object, id: near.op.id, field, value: near.op.values[field], evidence: JSON.stringify(near.op.before[field] ?? null), message: `${e.object}.${field} was changed to ${JSON.stringify(near.op.values[field])} (was ${JSON.stringify(near.op.before[field] ?? null)}), which nobody asked for` }));
        }
      }
      for (const field of wrong) {
        const expectedValue = field in want ? want[field] : select[field];
        out.push(finding('end_state', 'wrong_value', { object: e.object, id: near.op.id, field, value: record[field] ?? null, evidence: JSON.stringify(expectedValue), message: `${e.object}.${field} is ${JSON.stringify(record[field] ?? null)}, expected ${JSON.stringify(expectedValue)}` }));
      }
    }
    ops.forEach((op, i) => {
      if (used.has(i)) return;
      out.push(finding('end_state', 'unexpected_write', { object: op.object, id: op.id, value: op.op === 'delete' ? null : op.values, message: `unexpected ${op.op} of ${op.object} ${op.id}${op.op === 'delete' ? '' : `: ${JSON.stringify(op.values)}`}` }));
    });
    return out;
  },
};
