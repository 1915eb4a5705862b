/**
 * Turns the score model into one SQL query over the candidate pairs: join both records, compute the
 * similarities once, put each comparison in its level, sum the level weights (correlated groups
 * capped) and keep the pairs at or above the threshold weight. Only matched pairs leave DuckDB.
 */
import { GROUPS, TF_PRIOR_RECORDS, type Comparison, type Level } from './score-model.js';
import { SIMILARITIES } from './comparisons.js';

export interface ScoreQuery {
  sql: string;
  /** Each comparison's level column inside the query (lv_<id>: the index into comparison.levels). */
  levelColumns: Record<string, string>;
  /**
   * The output packs the level indexes into one integer `lv`, three bits per comparison in this
   * order: one value read per matched pair instead of ten (node-api converts each value read).
   */
  packed: string[];
  /** Similarity columns returned for the reason line; -1 where not computed. */
  simColumns: string[];
}

/** Bits per packed level index (see ScoreQuery.packed). */
export const LEVEL_BITS = 3;

/** Record columns the matched pairs carry for clustering: Id, CreatedDate (epoch ms), filled fields. */
export const META_COLUMNS = ['id', 'created', 'filled'];

/** A DOUBLE literal: a plain 0.82 would be a DECIMAL, and DECIMAL arithmetic is several times slower. */
const num = (x: number): string => `${x}::DOUBLE`;

/** SQL for a level's weight, log2(m/u), with u adjusted by term frequency (see score-model.ts). */
export function levelWeight(level: Level, totalRecords: number): string {
  if (level.id === 'missing') return '0.0';
  if (!level.tf) return num(Math.log2(level.m / level.u));
  const { mode, floor } = level.tf;
  // An equal value is carried by at least the two records of the pair.
  const n = `coalesce(${level.tf.n}, 2)`;
  const u = mode === 'share'
    ? `(${n} + ${num(TF_PRIOR_RECORDS * level.u)}) / ${num(totalRecords + TF_PRIOR_RECORDS)}`
    : mode === 'excess'
      // Records beyond what chance (N·u) and a few duplicates explain make the value generic.
      ? `(${n} - 5 - ${num(totalRecords * level.u)}) / ${num(totalRecords)}`
      : `${num(level.u)} * (${n} - 1)`;
  // Agreement is never evidence against a match: u is capped at m (weight ≥ 0).
  return `log2(${num(level.m)} / least(${num(level.m)}, greatest(${num(floor)}, ${u})))`;
}

/** Sum of comparison weights with GROUPS applied: each group's sum (children included) capped. */
export function groupedWeights(comparisons: readonly Comparison[], weightOf: (c: Comparison) => string): string[] {
  const members = new Map<string, string[]>();
  const top: string[] = [];
  for (const c of comparisons) {
    if (c.group) members.set(c.group, [...(members.get(c.group) ?? []), weightOf(c)]);
    else top.push(weightOf(c));
  }
  const sumOf = (g: string): string | undefined => {
    const parts = [...(members.get(g) ?? [])];
    for (const [child, def] of Object.entries(GROUPS)) {
      if (def.parent === g) {
        const sub = sumOf(child);
        if (sub) parts.push(sub);
      }
    }
    return parts.length ? `least(${parts.join(' + ')}, ${num(GROUPS[g]?.cap ?? 1e9)})` : undefined;
  };
  for (const g of new Set([...members.keys()].map((g) => rootOf(g)))) {
    const sum = sumOf(g);
    if (sum) top.push(sum);
  }
  return top;
}

const rootOf = (g: string): string => (GROUPS[g]?.parent ? rootOf(GROUPS[g].parent!) : g);

const uses = (sql: string, name: string): boolean => new RegExp(`\\b${name}\\b`).test(sql);

/**
 * `candidates` holds the pairs (a < b) and, as `<col>_n` for the `counted` ones of
 * `sharedColumns`, how many records share the first record's value (0: none; pair-finder.ts):
 * an equal value has the same count on both sides, so one record's is enough. Shared columns
 * without counts (no key counts them for this kind) read as NULL.
 */
export function scoreSql(comparisons: readonly Comparison[], records: string, sharedColumns: readonly string[], counted: readonly string[], candidates: string, totalRecords: number, minWeight: number, namesOnlyPenalty: number): ScoreQuery {
  const levelSql = comparisons.flatMap((c) => c.levels.flatMap((l) => [l.when, l.tf?.n ?? '']));
  const sims = Object.keys(SIMILARITIES).filter((s) => levelSql.some((q) => uses(q, s)) || comparisons.some((c) => c.sim === s));
  const referenced = [...levelSql, ...sims.map((s) => SIMILARITIES[s])].join('\n');
  const columns = [...new Set([...referenced.matchAll(/\b[xy]_([a-z0-9_]+)/g)].map((m) => m[1]))].sort();
  // First names go out with matched pairs for the reason line ("bob~robert"), and what
  // clustering needs of each record (clusters.ts RecordMeta).
  for (const col of ['fn', ...META_COLUMNS]) if (!columns.includes(col)) columns.push(col);

  const fromShared = new Set(sharedColumns.map((col) => `${col}_n`));
  const count = (col: string) => (counted.includes(col.replace(/_n$/, '')) ? `NULLIF(p.${col}, 0)` : 'NULL::INTEGER');
  const joined = columns.flatMap((col) => (fromShared.has(col) ? [`${count(col)} AS x_${col}`] : [`x.${col} AS x_${col}`, `y.${col} AS y_${col}`])).join(', ');
  const simSelect = sims.map((s) => `${SIMILARITIES[s]} AS ${s}`).join(',\n      ');
  const levelColumns: Record<string, string> = {};
  const levels = comparisons.map((c) => {
    const col = `lv_${c.id}`;
    levelColumns[c.id] = col;
    const arms = c.levels.slice(0, -1).map((l, i) => `WHEN ${l.when} THEN ${i}`).join(' ');
    return `(CASE ${arms} ELSE ${c.levels.length - 1} END)::TINYINT AS ${col}`;
  });
  const weightOf = (c: Comparison) => `(CASE lv_${c.id} ${c.levels.map((l, i) => `WHEN ${i} THEN ${levelWeight(l, totalRecords)}`).join(' ')} END)`;
  const terms = groupedWeights(comparisons, weightOf);
  const keepSims = sims.filter((s) => s.startsWith('jw_'));
  const corroborating = comparisons.flatMap((c) => {
    const idx = c.levels.flatMap((l, i) => (l.corroborates ? [i] : []));
    return idx.length ? [`lv_${c.id} IN (${idx.join(', ')})`] : [];
  });
  const corroborated = corroborating.length ? corroborating.join(' OR ') : 'false';
  const levelsWhere = (test: (l: Level) => boolean) => comparisons.flatMap((c) => {
    const idx = c.levels.flatMap((l, i) => (test(l) ? [i] : []));
    return idx.length ? [`lv_${c.id} IN (${idx.join(', ')})`] : [];
  }).join(' OR ') || 'false';
  // Conflicts (names that clearly differ, a missing name, another company) are only overruled by
  // evidence about the person. A birthdate in the same place overrules name conflicts; when both
  // names differ, only in the same home, not at the same company: colleagues share birthdays too.
  const nameDiffers = (id: string) => {
    const c = comparisons.find((x) => x.id === id);
    const idx = c ? c.levels.flatMap((l, i) => (l.conflicts === 'name' && l.id !== 'missing' ? [i] : [])) : [];
    return idx.length ? `lv_${id} IN (${idx.join(', ')})` : 'false';
  };
  const sameCompany = comparisons.filter((c) => c.id === 'company').flatMap((c) => {
    const idx = c.levels.flatMap((l, i) => (l.locates ? [i] : []));
    return idx.length ? [`lv_company IN (${idx.join(', ')})`] : [];
  }).join(' OR ') || 'false';
  const allowed = `NOT (${levelsWhere((l) => !!l.conflicts)}) OR ${levelsWhere((l) => l.personal === true)}
    OR (NOT (${levelsWhere((l) => l.conflicts === 'company')}) AND (NOT ((${nameDiffers('first')}) AND (${nameDiffers('last')})) OR NOT (${sameCompany}))
        AND (${levelsWhere((l) => l.personal === 'with-location')}) AND (${levelsWhere((l) => !!l.locates)}))`;
  // w is the evidence with the names-only penalty applied when nothing but names agrees.
  if (comparisons.some((c) => c.levels.length > 1 << LEVEL_BITS) || comparisons.length * LEVEL_BITS > 31) throw new Error('scoreSql: levels do not fit the packed integer');
  const packed = comparisons.map((c, i) => `(lv_${c.id}::INTEGER << ${LEVEL_BITS * i})`).join(' | ') || '0';
  const sql = `SELECT a, b, w, corroborated, ${packed} AS lv${keepSims.map((s) => `, coalesce(${s}, -1) AS ${s}`).join('')}, x_fn, y_fn, ${META_COLUMNS.flatMap((c) => [`x_${c}`, `y_${c}`]).join(', ')} FROM (
  SELECT *, (${corroborated}) AS corroborated, ${terms.join('\n    + ')} - CASE WHEN ${corroborated} THEN 0.0 ELSE ${num(namesOnlyPenalty)} END AS w FROM (
    SELECT *, ${levels.join(',\n      ')} FROM (
      SELECT *, ${simSelect || 'NULL AS no_sim'} FROM (
        SELECT p.a, p.b, ${joined}
        FROM ${candidates} p JOIN ${records} x ON x.rid = p.a JOIN ${records} y ON y.rid = p.b)))
) WHERE w >= ${num(minWeight)} AND (${allowed})`;
  return { sql, levelColumns, packed: comparisons.map((c) => c.id), simColumns: keepSims };
}
