/**
 * Turns the score model into one SQL query over the candidate pairs: join both records, compute the
 * similarities once, put each comparison in its level, sum the level weights (correlated groups
 * capped) and keep the pairs at or above the threshold weight. Only matched pairs leave DuckDB.
 */
import { GROUP_CAPS, SIMILARITIES, TF_PRIOR_RECORDS, type Comparison, type Level } from './score-model.js';

export interface ScoreQuery {
  sql: string;
  /** Output columns holding each comparison's level index (into comparison.levels). */
  levelColumns: Record<string, string>;
  /** Similarity columns returned for the reason line. */
  simColumns: string[];
}

const num = (x: number): string => (Number.isInteger(x) ? `${x}.0` : String(x));

/** SQL for a level's weight, log2(m/u), with u adjusted by term frequency (see score-model.ts). */
export function levelWeight(level: Level, totalRecords: number): string {
  if (level.id === 'missing') return '0.0';
  if (!level.tf) return num(Math.log2(level.m / level.u));
  const { n, mode, floor } = level.tf;
  const u = mode === 'share'
    ? `(${n} + ${num(TF_PRIOR_RECORDS * level.u)}) / ${num(totalRecords + TF_PRIOR_RECORDS)}`
    : `${num(level.u)} * (${n} - 1)`;
  // Agreement is never evidence against a match: u is capped at m (weight ≥ 0).
  return `log2(${num(level.m)} / least(${num(level.m)}, greatest(${num(floor)}, ${u})))`;
}

const uses = (sql: string, name: string): boolean => new RegExp(`\\b${name}\\b`).test(sql);

export function scoreSql(comparisons: readonly Comparison[], records: string, candidates: string, totalRecords: number, minWeight: number): ScoreQuery {
  const levelSql = comparisons.flatMap((c) => c.levels.flatMap((l) => [l.when, l.tf?.n ?? '']));
  const sims = Object.keys(SIMILARITIES).filter((s) => levelSql.some((q) => uses(q, s)) || comparisons.some((c) => c.sim === s));
  const referenced = [...levelSql, ...sims.map((s) => SIMILARITIES[s])].join('\n');
  const columns = [...new Set([...referenced.matchAll(/\b[xy]_([a-z0-9_]+)/g)].map((m) => m[1]))].sort();
  // First names go out with matched pairs for the reason line ("bob~robert").
  if (!columns.includes('fn')) columns.push('fn');

  const joined = columns.flatMap((col) => [`x.${col} AS x_${col}`, `y.${col} AS y_${col}`]).join(', ');
  const simSelect = sims.map((s) => `${SIMILARITIES[s]} AS ${s}`).join(',\n      ');
  const levelColumns: Record<string, string> = {};
  const levels = comparisons.map((c) => {
    const col = `lv_${c.id}`;
    levelColumns[c.id] = col;
    const arms = c.levels.slice(0, -1).map((l, i) => `WHEN ${l.when} THEN ${i}`).join(' ');
    return `(CASE ${arms} ELSE ${c.levels.length - 1} END)::TINYINT AS ${col}`;
  });
  const weightOf = (c: Comparison) => `(CASE lv_${c.id} ${c.levels.map((l, i) => `WHEN ${i} THEN ${levelWeight(l, totalRecords)}`).join(' ')} END)`;
  const groups = new Map<string, Comparison[]>();
  const terms: string[] = [];
  for (const c of comparisons) {
    if (c.group) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
    else terms.push(weightOf(c));
  }
  for (const [g, cs] of groups) terms.push(`least(${cs.map(weightOf).join(' + ')}, ${num(GROUP_CAPS[g] ?? 1e9)})`);
  const keepSims = sims.filter((s) => s.startsWith('jw_'));
  const sql = `SELECT a, b, w, ${Object.values(levelColumns).join(', ')}${keepSims.length ? ', ' + keepSims.join(', ') : ''}, x_fn, y_fn FROM (
  SELECT *, ${terms.join('\n    + ')} AS w FROM (
    SELECT *, ${levels.join(',\n      ')} FROM (
      SELECT *, ${simSelect || 'NULL AS no_sim'} FROM (
        SELECT p.a, p.b, ${joined}
        FROM ${candidates} p JOIN ${records} x ON x.rid = p.a JOIN ${records} y ON y.rid = p.b)))
) WHERE w >= ${num(minWeight)}`;
  return { sql, levelColumns, simColumns: keepSims };
}
