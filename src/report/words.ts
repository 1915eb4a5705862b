/** The words every renderer uses for verdicts, patterns and statuses, so HTML, Markdown and JUnit agree. */
import type { GateResult, GateStatus, Pattern, PatternVerdict, Readiness } from '../readiness/index.js';
import { fmtValue } from '../readiness/index.js';

export const PATTERN_TEXT: Record<Pattern, string> = {
  read: 'AI reads records to answer (summaries, call prep)',
  write: 'AI writes fields or records (call summaries, enrichment)',
  act: 'AI takes actions (tasks, stage changes, emails)',
};

/** "Not judged" when only missing inputs stand between the pattern and a verdict: no invented "not ready". */
export function verdictLabel(pv: PatternVerdict, gates: GateResult[]): string {
  const deciding = gates.filter((g) => pv.decidedBy.includes(g.id));
  if (pv.verdict !== 'ready' && deciding.length && deciding.every((g) => g.status === 'no_data' && (g.missing === 'audit.json' || g.missing === 'eval.json')) && !pv.cappedBy) {
    return `Not judged (${[...new Set(deciding.map((g) => g.missing))].join(', ')} missing)`;
  }
  return { ready: 'Ready', conditional: 'Conditional', not_ready: 'Not ready' }[pv.verdict];
}

export const STATUS_TEXT: Record<GateStatus, string> = { pass: 'pass', warn: 'conditional', fail: 'blocks', no_data: 'not judged' };

export function gateValue(g: GateResult): string {
  return g.value === null ? '—' : fmtValue(g.value, g.unit);
}

export function gateBar(g: GateResult): string {
  const op = g.direction === 'min' ? '≥' : '≤';
  const ready = `${op} ${fmtValue(g.threshold, g.unit)}`;
  return g.conditional !== null && g.conditional !== g.threshold ? `${ready} (conditional ${op} ${fmtValue(g.conditional, g.unit)})` : ready;
}

export function snapshotLine(r: Readiness): string {
  const s = r.snapshot;
  const ev = r.inputs.eval;
  const parts = [s ? `snapshot ${s.name}${s.asOf ? ` as of ${s.asOf}` : ''}` : 'snapshot unknown'];
  parts.push(r.inputs.audit ? 'hygiene audit' : 'no audit');
  parts.push(ev ? `${ev.scenarios} scenarios (${ev.mode}${ev.suite ? `, ${ev.suite}` : ''})` : 'no eval');
  return parts.join(' · ');
}

export const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
