/**
 * Scoring the engine against ground truth, shared by the accuracy tests and the bench: Febrl loaded
 * as a snapshot, a generated org's defects.json, the synthetic org's truth table. Ground truth
 * never reaches findDuplicates; it only judges its output.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../snapshot/duckdb.js';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import { FEBRL_SETS, readFebrl, writeFebrlSnapshot } from './febrl.js';
import { findDuplicatesWithStats } from './find-duplicates.js';
import { clustersOfFindings, pairwiseMetrics, type PairMetrics } from './metrics.js';
import type { DedupeObject, DuplicateOptions, DuplicateStats, DuplicateTable } from './types.js';
import { UnionFind } from './union-find.js';

export interface Scored { metrics: PairMetrics; stats: DuplicateStats; ms: number }

/** Pairwise P/R/F1 of the engine on one Febrl dataset (dataset4 = 4a + 4b), its records as Contacts. */
export async function scoreFebrl(febrlDir: string, set: string, opts: DuplicateOptions = {}): Promise<Scored> {
  const dir = mkdtempSync(join(tmpdir(), 'crmready-febrl-'));
  try {
    const truth = writeFebrlSnapshot(readFebrl(febrlDir, FEBRL_SETS[set]), join(dir, 'snap'));
    const snap = await loadSnapshot(join(dir, 'snap'));
    try {
      const c = snap.objects.Contact;
      const t0 = performance.now();
      const { findings, stats } = await findDuplicatesWithStats(snap.db, [{ object: 'Contact', table: c.table, columns: c.fileColumns }], opts);
      const ms = performance.now() - t0;
      return { metrics: pairwiseMetrics(clustersOfFindings(findings, (_o, id) => id), truth), stats, ms };
    } finally {
      snap.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Loaded snapshot objects as engine inputs. */
export function tablesOf(objects: Record<string, { table: string; fileColumns: string[] }>): DuplicateTable[] {
  return (['Account', 'Contact', 'Lead'] as DedupeObject[]).filter((o) => objects[o]).map((o) => ({ object: o, table: objects[o].table, columns: objects[o].fileColumns }));
}

/**
 * Pairwise P/R/F1 against a generated org's defects.json: the true clusters are the connected
 * components of its (id, of) duplicate links, so which record the engine keeps as master — the
 * oldest — does not matter, only which records it groups.
 */
export async function scoreGeneratedOrg(dir: string, opts: DuplicateOptions = {}): Promise<Scored & { byKind: Record<string, PairMetrics> }> {
  const defects = (JSON.parse(readFileSync(join(dir, 'defects.json'), 'utf8')) as { defects: { object: string; id: string; code: string; of?: string }[] }).defects.filter((d) => d.code === 'duplicate' && d.of);
  const snap = await loadSnapshot(dir);
  try {
    const objectOf = new Map<string, string>();
    for (const o of ['Account', 'Contact', 'Lead']) {
      if (!snap.objects[o]) continue;
      for (const r of await queryRows<{ id: string }>(snap.db, `SELECT CAST("Id" AS VARCHAR) AS id FROM ${snap.objects[o].table}`)) objectOf.set(r.id, o);
    }
    const keys: string[] = [];
    const index = new Map<string, number>();
    const at = (k: string) => index.get(k) ?? (index.set(k, keys.length), keys.push(k), keys.length - 1);
    const uf = new UnionFind();
    for (const d of defects) uf.union(at(`${d.object}:${d.id}`), at(`${objectOf.get(d.of!) ?? d.object}:${d.of}`));
    const entity = new Map<string, string>();
    for (const g of uf.groups()) for (const m of g) entity.set(keys[m], keys[g[0]]);
    const t0 = performance.now();
    const { findings, stats } = await findDuplicatesWithStats(snap.db, tablesOf(snap.objects), opts);
    const ms = performance.now() - t0;
    const clusters = clustersOfFindings(findings);
    const kindOf = (k: string) => (k.startsWith('Account:') ? 'account' : 'person');
    const byKind: Record<string, PairMetrics> = {};
    for (const kind of ['person', 'account']) {
      byKind[kind] = pairwiseMetrics(clusters.filter((c) => kindOf(c[0]) === kind), new Map([...entity].filter(([k]) => kindOf(k) === kind)));
    }
    return { metrics: pairwiseMetrics(clusters, entity), stats, ms, byKind };
  } finally {
    snap.close();
  }
}

/** Pairwise P/R/F1 on a synthetic org (synthetic-org.ts) whose truth table is in DuckDB. */
export async function scoreSynthetic(db: DuckDBConnection, truthTable: string, findings: { object: string; id: string; cluster: string; master: string; masterObject: string }[]): Promise<Record<string, PairMetrics>> {
  const truth = await queryRows<{ obj: string; id: string; entity: string }>(db, `SELECT obj, id, entity FROM ${truthTable}`);
  const clusters = clustersOfFindings(findings);
  const out: Record<string, PairMetrics> = {};
  for (const [kind, objects] of [['person', ['Contact', 'Lead']], ['account', ['Account']]] as const) {
    const entity = new Map(truth.filter((t) => (objects as readonly string[]).includes(t.obj)).map((t) => [`${t.obj}:${t.id}`, t.entity]));
    out[kind] = pairwiseMetrics(clusters.filter((c) => (objects as readonly string[]).includes(c[0].split(':')[0])), entity);
  }
  return out;
}
