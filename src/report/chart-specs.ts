/**
 * Vega-Lite specs for the report's charts, from the report's data. Pure; chart-svg.ts renders them.
 * Scores keep a zero baseline (a bar from 90 exaggerates a 2-point gap) and carry their value as a
 * label, so a 96 and a 99 read as what they are; the ready bar of the hygiene gate is drawn as a rule.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportModel } from './model-types.js';

export interface ChartSpec { id: string; title: string; spec: TopLevelSpec }

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const BASE = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  width: 560,
  config: { font: FONT, view: { stroke: null }, axis: { labelFontSize: 12, titleFontSize: 12, grid: false, labelLimit: 240 }, legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom' } },
} as const;
const GOOD = '#2f7d4f';
const WARN = '#b7791f';
const BAD = '#c0392b';
const MUTED = '#6b7280';

function scoreBars(rows: { name: string; score: number }[], ready: number | null, what: string): TopLevelSpec {
  const layers: unknown[] = [
    { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { color: { condition: { test: `datum.score >= ${ready ?? 0}`, value: GOOD }, value: WARN } } },
    { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 }, encoding: { text: { field: 'score', type: 'quantitative', format: '.1f' } } },
  ];
  if (ready !== null) layers.push({ data: { values: [{ ready }] }, mark: { type: 'rule', color: MUTED, strokeDash: [4, 3] }, encoding: { x: { field: 'ready', type: 'quantitative' }, y: null } });
  return {
    ...BASE,
    // Two score charts sit side by side: narrower, so neither is scaled down to unreadable text.
    width: 300,
    height: { step: 24 },
    data: { values: rows },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: null, title: null },
      x: { field: 'score', type: 'quantitative', scale: { domain: [0, 108] }, axis: { values: [0, 20, 40, 60, 80, 100] }, title: `${what} (0-100)` },
    },
    layer: layers,
  } as TopLevelSpec;
}

function countBars(rows: { name: string; n: number }[], title: string, color: string): TopLevelSpec {
  return {
    ...BASE,
    height: { step: 22 },
    data: { values: rows },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: null, title: null },
      x: { field: 'n', type: 'quantitative', title, axis: { tickMinStep: 1, format: 'd' } },
    },
    layer: [
      { mark: { type: 'bar', color, cornerRadiusEnd: 2 } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 }, encoding: { text: { field: 'n', type: 'quantitative' } } },
    ],
  } as TopLevelSpec;
}

function stacked(rows: { name: string; kind: string; n: number }[], domain: string[], range: string[], title: string): TopLevelSpec {
  return {
    ...BASE,
    height: { step: 28 },
    data: { values: rows },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'name', type: 'nominal', sort: null, title: null },
      x: { field: 'n', type: 'quantitative', title, stack: 'zero', axis: { tickMinStep: 1, format: 'd' } },
      color: { field: 'kind', type: 'nominal', scale: { domain, range }, title: null },
      order: { field: 'order', type: 'quantitative' },
    },
    transform: [{ calculate: `indexof(${JSON.stringify(domain)}, datum.kind)`, as: 'order' }],
  } as TopLevelSpec;
}

export function chartSpecs(m: ReportModel): ChartSpec[] {
  const out: ChartSpec[] = [];
  const hyg = m.readiness.gates.find((g) => g.kind === 'hygiene');
  if (m.audit) {
    out.push({ id: 'score-by-object', title: 'Hygiene score by object', spec: scoreBars(m.audit.byObject, hyg?.threshold ?? null, 'hygiene score') });
    out.push({ id: 'score-by-dimension', title: 'Hygiene score by dimension', spec: scoreBars(m.audit.byDimension, null, 'score') });
    if (m.audit.byCode.length) out.push({ id: 'findings-by-code', title: 'Findings by code', spec: countBars(m.audit.byCode.map((r) => ({ name: r.code, n: r.records })), 'records', '#3b6ea8') });
  }
  if (m.eval) {
    const rows = m.eval.byPattern.flatMap((p) => [
      { name: p.pattern, kind: 'as expected', n: p.passed },
      { name: p.pattern, kind: 'not as expected', n: p.failed },
    ]);
    out.push({ id: 'outcomes-by-pattern', title: 'Scenario outcomes by pattern', spec: stacked(rows, ['as expected', 'not as expected'], [GOOD, BAD], 'scenarios') });
    if (m.eval.byJudge.length) {
      const jr = m.eval.byJudge.flatMap((j) => [
        { name: j.code, kind: 'planted, caught', n: j.expected },
        { name: j.code, kind: 'unexpected', n: j.unexpected },
        { name: j.code, kind: 'planted, missed', n: j.missed },
      ]);
      out.push({ id: 'flags-by-judge', title: 'Judge flags by code', spec: stacked(jr, ['planted, caught', 'unexpected', 'planted, missed'], [MUTED, BAD, WARN], 'flags') });
    }
  }
  if (m.trend && m.trend.byObject.some((r) => r.prev !== null && r.now !== null)) {
    const rows = m.trend.byObject.flatMap((r) => [
      ...(r.prev !== null ? [{ name: r.name, run: 'previous', score: r.prev }] : []),
      ...(r.now !== null ? [{ name: r.name, run: 'this run', score: r.now }] : []),
    ]);
    out.push({
      id: 'trend-by-object', title: 'Hygiene score by object: previous run vs this run',
      spec: {
        ...BASE, height: { step: 14 }, data: { values: rows }, mark: { type: 'bar' },
        encoding: {
          y: { field: 'name', type: 'nominal', title: null },
          yOffset: { field: 'run', type: 'nominal', sort: ['previous', 'this run'] },
          x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: 'hygiene score (0-100)' },
          color: { field: 'run', type: 'nominal', scale: { domain: ['previous', 'this run'], range: ['#a3b5cc', '#3b6ea8'] }, title: null },
        },
      } as TopLevelSpec,
    });
  }
  return out;
}
