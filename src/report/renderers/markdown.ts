/**
 * readiness.md: the same story as the HTML for a PR comment or a wiki — verdicts first, then the
 * blockers with example records, hygiene, eval outcomes, the trend and every gate. No charts.
 */
import { PATTERNS } from '../../readiness/index.js';
import type { Example, ReportModel } from '../model-types.js';
import { gateBar, gateValue, PATTERN_TEXT, plural, snapshotLine, STATUS_TEXT, verdictLabel } from '../words.js';
import type { Renderer } from './renderer.js';

const cell = (s: string | number | null | undefined): string => String(s ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string): string => (s ? `\`${s.replace(/`/g, "'")}\`` : '');

function table(head: string[], rows: (string | number | null)[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

export function exampleText(e: Example): string {
  const where = [e.scenario ? `scenario ${e.scenario}` : '', [e.object, e.id].filter(Boolean).join(' '), e.field].filter(Boolean).join(' · ');
  return `${where}${e.value ? ` = ${code(e.value)}` : ''} — ${e.message}`;
}

const num = (x: number | null) => (x === null ? '—' : String(x));
const delta = (p: number | null, n: number | null) => (p === null || n === null ? '' : n === p ? '=' : `${n > p ? '+' : ''}${Math.round((n - p) * 10) / 10}`);

export function renderMarkdown(m: ReportModel): string {
  const r = m.readiness;
  const L: string[] = ['# CRM AI readiness', '', `${snapshotLine(r)} · generated ${m.generatedAt}`, ''];
  L.push(...table(['pattern', 'verdict', 'why'], PATTERNS.map((p) => [`**${p}** — ${PATTERN_TEXT[p]}`, `**${verdictLabel(r.patterns[p], r.gates)}**`, r.patterns[p].summary])), '');
  if (m.notJudged.length) L.push('> **Not judged**', ...m.notJudged.map((s) => `> - ${s}`), '');

  L.push('## Top blockers', '');
  if (!m.blockers.length) L.push('None: every judged gate passes.', '');
  m.blockers.forEach((b, i) => {
    L.push(`${i + 1}. **${b.title}** (${b.pattern}, ${STATUS_TEXT[b.status]}) — ${plural(b.count, b.unit.replace(/s$/, ''))}. ${b.reason}`);
    for (const e of b.examples) L.push(`   - ${exampleText(e)}`);
  });
  if (m.blockers.length) L.push('');

  if (m.audit) {
    const a = m.audit;
    L.push('## Data hygiene', '', `Overall **${a.overall.toFixed(1)} / 100** from ${plural(a.checks, 'check')} and ${plural(a.findings, 'finding')}.`, '');
    L.push('### Score by object', '', ...table(['object', 'score'], a.byObject.map((o) => [o.name, o.score.toFixed(1)])), '');
    L.push('### Score by dimension', '', ...table(['dimension', 'score'], a.byDimension.map((o) => [o.name, o.score.toFixed(1)])), '');
    L.push('### Findings by code', '', ...table(['code', 'records', 'objects', 'example'], a.byCode.map((c) => [c.code, c.records, c.objects.join(', '), c.examples[0] ? exampleText(c.examples[0]) : ''])), '');
    if (a.fixes.length) L.push(`Fix lists (Data Loader update files, proposed, never applied): ${a.fixes.map((f) => `[${f}](${f})`).join(', ')}.`, '');
  }

  if (m.eval) {
    const e = m.eval;
    L.push('## AI scenario outcomes', '', `${e.mode} run${e.suite ? ` of ${e.suite}` : ''}: a scenario is as expected when it raises exactly the flags it was written to raise and leaves the expected end state.`, '');
    L.push('### By pattern', '', ...table(['pattern', 'scenarios', 'as expected', 'not as expected', 'unexpected flags', 'missed flags'], e.byPattern.map((p) => [p.pattern, p.scenarios, p.passed, p.failed, p.unexpected, p.missed])), '');
    if (e.byJudge.length) L.push('### By judge', '', ...table(['judge', 'code', 'planted, caught', 'unexpected', 'planted, missed'], e.byJudge.map((j) => [j.judge, j.code, j.expected, j.unexpected, j.missed])), '');
    if (e.failing.length) {
      L.push('### Scenarios not as expected', '');
      for (const s of e.failing) {
        L.push(`- **${s.id}** (${s.pattern}) — expected ${s.expected.length ? s.expected.join(', ') : 'no flags'}, raised ${s.raised.length ? s.raised.join(', ') : 'none'}`);
        for (const x of s.unexpected) L.push(`  - ${x.code}: ${exampleText({ ...x, scenario: undefined })}`);
        for (const c of s.missed) L.push(`  - ${c}: expected, not raised`);
      }
      L.push('');
    }
  }

  if (m.eval?.skipped.length) L.push('### Scenarios skipped', '', ...m.eval.skipped.map((s) => `- **${s.id}**${s.suite ? ` (${s.suite})` : ''}: ${s.reason}`), '');

  if (m.trend) {
    const t = m.trend;
    L.push('## Trend', '', `Against ${t.prevDir}${t.prevSnapshot?.asOf ? ` (snapshot as of ${t.prevSnapshot.asOf})` : ''}. ${t.dataChanges.length ? `The data changed between the runs: ${t.dataChanges.join('; ')}.` : 'Same data in both runs.'}`, '');
    L.push(...table(['pattern', 'previous', 'now'], t.verdicts.map((v) => [v.pattern, v.prev, v.now])), '');
    const rows = [...(t.overall ? [t.overall] : []), ...t.byObject.map((x) => ({ ...x, name: `score: ${x.name}` })), ...t.passRate.map((x) => ({ ...x, name: `pass rate %: ${x.name}` })), ...t.byCode.map((x) => ({ ...x, name: `findings: ${x.name}` }))];
    if (rows.length) L.push(...table(['measure', 'previous', 'now', 'change'], rows.map((x) => [x.name, num(x.prev), num(x.now), delta(x.prev, x.now)])), '');
    if (t.gates.length) L.push(`Gates that changed: ${t.gates.map((g) => `${g.id} ${STATUS_TEXT[g.prev]} → ${STATUS_TEXT[g.now]}`).join('; ')}.`, '');
  }

  L.push('## All gates', '', ...table(['gate', 'pattern', 'status', 'value', 'bar', 'reason'], r.gates.map((g) => [g.id, g.pattern, STATUS_TEXT[g.status], gateValue(g), gateBar(g), g.reason])), '');
  L.push(m.masked ? '_Personal data (names, emails, phone numbers) is masked; `crmready report --no-mask` shows it._' : '_Personal data is shown unmasked (--no-mask): handle this report as personal information._', '');
  return L.join('\n');
}

export const markdown: Renderer = {
  id: 'markdown',
  file: 'readiness.md',
  summary: 'the report in Markdown, for a PR comment or a wiki',
  render: ({ model }) => renderMarkdown(model),
};
