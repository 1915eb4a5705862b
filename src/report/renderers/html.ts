/**
 * readiness.html: one self-contained file (inline CSS and SVG, no script, no network) that a leader
 * reads in five minutes: verdicts first, then what blocks them with example records, hygiene, AI
 * scenario outcomes, the trend, and every gate.
 */
import { PATTERNS } from '../../readiness/index.js';
import type { Example, ReportModel } from '../model-types.js';
import { gateBar, gateValue, PATTERN_TEXT, plural, snapshotLine, STATUS_TEXT, verdictLabel } from '../words.js';
import { CSS } from './html-style.js';
import type { Renderer, RenderInput } from './renderer.js';

export const esc = (s: string | number | null | undefined): string =>
  String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown-style `code` in plain sentences (shared with readiness.md) becomes <code>. */
const prose = (s: string): string => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

type Cell = string | number | null | { html: string } | { num: number | string | null };
function table(head: (string | { num: string })[], rows: Cell[][]): string {
  const th = head.map((h) => (typeof h === 'string' ? `<th scope="col">${esc(h)}</th>` : `<th scope="col" class="num">${esc(h.num)}</th>`)).join('');
  const td = (c: Cell) => (c !== null && typeof c === 'object' ? ('html' in c ? `<td>${c.html}</td>` : `<td class="num">${esc(c.num ?? '—')}</td>`) : `<td>${esc(c)}</td>`);
  return `<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</tbody></table></div>`;
}

const examplesTable = (xs: Example[]) =>
  xs.length ? table(['scenario / record', 'field', 'value', 'why'], xs.map((e) => [
    { html: [e.scenario ? esc(e.scenario) : '', e.object ? `${esc(e.object)} <code>${esc(e.id)}</code>` : ''].filter(Boolean).join('<br>') },
    e.field, { html: e.value ? `<code>${esc(e.value)}</code>` : '' }, e.message,
  ])) : '';

const figure = (inp: RenderInput, id: string) => (inp.charts[id] ? `<figure id="chart-${id}"><figcaption>${esc(inp.chartTitles[id])}</figcaption>${inp.charts[id]}</figure>` : '');

function verdicts(m: ReportModel): string {
  const r = m.readiness;
  const cards = PATTERNS.map((p) => {
    const pv = r.patterns[p];
    const label = verdictLabel(pv, r.gates);
    const cls = label.startsWith('Not judged') ? 'not_judged' : pv.verdict;
    return `<article class="card verdict"><h2>${p}</h2><p class="what">${esc(PATTERN_TEXT[p])}</p><span class="badge big ${cls}">${esc(label)}</span><p class="why">${esc(pv.summary)}</p></article>`;
  });
  const notice = m.notJudged.length ? `<aside class="notice"><strong>Not judged</strong><ul>${m.notJudged.map((s) => `<li>${prose(s)}</li>`).join('')}</ul></aside>` : '';
  return `<section id="verdicts" aria-label="Verdicts"><div class="verdicts">${cards.join('')}</div>${notice}</section>`;
}

function blockers(m: ReportModel): string {
  if (!m.blockers.length) return '<section id="blockers"><h2>Top blockers</h2><p>None: every judged gate passes.</p></section>';
  const items = m.blockers.map((b) => `<li class="card blocker"><div class="head"><h3>${esc(b.title)}</h3><span><span class="badge ${b.status === 'fail' ? 'not_ready' : 'conditional'}">${esc(b.pattern)} · ${esc(STATUS_TEXT[b.status])}</span> <span class="count">${esc(plural(b.count, b.unit.replace(/s$/, '')))}</span></span></div><p>${esc(b.reason)}</p>${examplesTable(b.examples)}</li>`);
  return `<section id="blockers"><h2>Top blockers</h2><ol class="blockers">${items.join('')}</ol></section>`;
}

function hygiene(m: ReportModel, inp: RenderInput): string {
  const a = m.audit;
  if (!a) return '<section id="hygiene"><h2>Data hygiene</h2><p class="note">Not judged: this run has no audit.json.</p></section>';
  const codes = table(['code', { num: 'records' }, 'objects', 'example'], a.byCode.map((c) => [c.code, { num: c.records }, c.objects.join(', '), { html: c.examples[0] ? `${esc(c.examples[0].object)} <code>${esc(c.examples[0].id)}</code>${c.examples[0].field ? ` ${esc(c.examples[0].field)}` : ''}${c.examples[0].value ? ` = <code>${esc(c.examples[0].value)}</code>` : ''}<br><span class="note">${esc(c.examples[0].message)}</span>` : '' }]));
  const fixes = a.fixes.length ? `<p>Fix lists (Data Loader update files — proposed, never applied): ${a.fixes.map((f) => `<a href="${esc(f)}">${esc(f)}</a>`).join(', ')}.</p>` : '';
  return `<section id="hygiene"><h2>Data hygiene</h2>
<p>Overall <strong>${a.overall.toFixed(1)} / 100</strong> from ${esc(plural(a.checks, 'check'))} and ${esc(plural(a.findings, 'finding'))}.</p>
<div class="charts">${figure(inp, 'score-by-object')}${figure(inp, 'score-by-dimension')}</div>
<h3>Score by object and dimension</h3>
<div class="charts">${table(['object', { num: 'score' }], a.byObject.map((o) => [o.name, { num: o.score.toFixed(1) }]))}${table(['dimension', { num: 'score' }], a.byDimension.map((o) => [o.name, { num: o.score.toFixed(1) }]))}</div>
<h3>Findings by code</h3><div class="stack">${figure(inp, 'findings-by-code')}</div>${codes}${fixes}</section>`;
}

function evaluation(m: ReportModel, inp: RenderInput): string {
  const e = m.eval;
  if (!e) return '<section id="eval"><h2>AI scenario outcomes</h2><p class="note">Not judged: this run has no eval.json.</p></section>';
  const failing = e.failing.length
    ? `<h3>Scenarios not as expected</h3>${table(['scenario', 'pattern', 'expected', 'raised', 'what went wrong'], e.failing.map((s) => [s.id, s.pattern, s.expected.join(', ') || 'none', s.raised.join(', ') || 'none', { html: [...s.unexpected.map((x) => `<strong>${esc(x.code)}</strong>${x.object ? ` ${esc(x.object)}` : ''}${x.field ? `.${esc(x.field)}` : ''}${x.value ? ` = <code>${esc(x.value)}</code>` : ''}: ${esc(x.message)}`), ...s.missed.map((c) => `<strong>${esc(c)}</strong> expected, not raised`)].join('<br>') }]))}`
    : '<p>Every scenario behaved as expected.</p>';
  return `<section id="eval"><h2>AI scenario outcomes</h2>
<p>${esc(e.mode)} run${e.suite ? ` of ${esc(e.suite)}` : ''}. A scenario is as expected when it raises exactly the flags it was written to raise and leaves the expected end state; planted flags that were caught show the guards work and do not count against readiness.</p>
<div class="stack">${figure(inp, 'outcomes-by-pattern')}${figure(inp, 'flags-by-judge')}</div>
<h3>By pattern</h3>${table(['pattern', { num: 'scenarios' }, { num: 'as expected' }, { num: 'not as expected' }, { num: 'unexpected flags' }, { num: 'missed flags' }], e.byPattern.map((p) => [p.pattern, { num: p.scenarios }, { num: p.passed }, { num: p.failed }, { num: p.unexpected }, { num: p.missed }]))}
<h3>By judge</h3>${e.byJudge.length ? table(['judge', 'code', { num: 'planted, caught' }, { num: 'unexpected' }, { num: 'planted, missed' }], e.byJudge.map((j) => [j.judge, j.code, { num: j.expected }, { num: j.unexpected }, { num: j.missed }])) : '<p>No judge raised a flag.</p>'}
${failing}${e.skipped.length ? `<h3>Scenarios skipped</h3>${table(['scenario', 'suite', 'why'], e.skipped.map((s) => [s.id, s.suite ?? '', s.reason]))}` : ''}</section>`;
}

function trend(m: ReportModel, inp: RenderInput): string {
  const t = m.trend;
  if (!t) return '';
  const fmt = (x: number | null) => (x === null ? '—' : String(x));
  const change = (p: number | null, n: number | null, higherIsBetter: boolean) => {
    if (p === null || n === null) return { html: '' };
    const d = Math.round((n - p) * 10) / 10;
    if (d === 0) return { html: '=' };
    return { html: `<span class="${(d > 0) === higherIsBetter ? 'up' : 'down'}">${d > 0 ? '+' : ''}${d}</span>` };
  };
  const rows: Cell[][] = [
    ...(t.overall ? [[t.overall.name, { num: fmt(t.overall.prev) }, { num: fmt(t.overall.now) }, change(t.overall.prev, t.overall.now, true)]] : []),
    ...t.passRate.map((x): Cell[] => [`pass rate % (${x.name})`, { num: fmt(x.prev) }, { num: fmt(x.now) }, change(x.prev, x.now, true)]),
    ...t.byCode.map((x): Cell[] => [`findings: ${x.name}`, { num: fmt(x.prev) }, { num: fmt(x.now) }, change(x.prev, x.now, false)]),
  ];
  return `<section id="trend"><h2>Trend</h2>
<p>Against <code>${esc(t.prevDir)}</code>${t.prevSnapshot?.asOf ? ` (snapshot as of ${esc(t.prevSnapshot.asOf)})` : ''}. ${t.dataChanges.length ? `The data changed between the runs: ${esc(t.dataChanges.join('; '))}.` : 'Same data in both runs: changes come from the checks, the gates or the AI.'}</p>
${table(['pattern', 'previous', 'now'], t.verdicts.map((v) => [v.pattern, { html: `<span class="badge ${v.prev}">${esc(v.prev.replace('_', ' '))}</span>` }, { html: `<span class="badge ${v.now}">${esc(v.now.replace('_', ' '))}</span>` }]))}
<div class="stack">${figure(inp, 'trend-by-object')}</div>
${table(['measure', { num: 'previous' }, { num: 'now' }, 'change'], rows)}
${t.gates.length ? `<p>Gates that changed: ${esc(t.gates.map((g) => `${g.id} ${STATUS_TEXT[g.prev]} → ${STATUS_TEXT[g.now]}`).join('; '))}.</p>` : ''}</section>`;
}

export function renderHtml(inp: RenderInput): string {
  const m = inp.model;
  const r = m.readiness;
  const gates = table(['gate', 'pattern', 'status', { num: 'value' }, 'bar', 'reason'], r.gates.map((g) => [g.id, g.pattern, { html: `<span class="badge ${g.status === 'pass' ? 'ready' : g.status === 'warn' ? 'conditional' : g.status === 'fail' ? 'not_ready' : 'not_judged'}">${esc(STATUS_TEXT[g.status])}</span>` }, { num: gateValue(g) }, gateBar(g), g.reason]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CRM AI readiness${r.snapshot ? ` — ${esc(r.snapshot.name)}` : ''}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header><h1>Is this CRM ready for AI?</h1><p class="meta">${esc(snapshotLine(r))} · generated ${esc(m.generatedAt)}</p></header>
${verdicts(m)}
${blockers(m)}
${hygiene(m, inp)}
${evaluation(m, inp)}
${trend(m, inp)}
<section id="gates"><h2>All gates</h2><p class="note">Thresholds come from evals/readiness.yaml; a value on the bar meets it.</p>${gates}</section>
<footer>${m.masked ? 'Personal data (names, emails, phone numbers) is masked. <code>crmready report --no-mask</code> shows it.' : 'Personal data is shown unmasked (--no-mask): handle this report as personal information.'} Run folder: <code>${esc(m.runDir)}</code>.</footer>
</main>
</body>
</html>
`;
}

export const html: Renderer = {
  id: 'html',
  file: 'readiness.html',
  summary: 'the self-contained report for people: verdicts, blockers, charts; printable, phone-friendly',
  render: renderHtml,
};
