/**
 * Tool-layer throughput on the sample org: get_record with access checks (target ≥ 10,000 calls/s)
 * and update_record with validation (≥ 2,000 calls/s), each call audit-logged. In-process: the
 * figure is the tool layer's cost, not process start-up.
 */
import { loadPolicy } from '../src/access/policy.js';
import { SAMPLE_ORG } from '../src/cli/paths.js';
import { orThrow } from '../src/core/problem.js';
import { callTool, openToolLayer, scriptedApprover } from '../src/sandbox/index.js';
import { loadSnapshot } from '../src/snapshot/load-snapshot.js';
import { ACME_POLICY_FILE, ACME_USERS } from '../src/test-support/acme-tools.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchTools(opts: { runs: number; calls?: number }): Promise<void> {
  const calls = opts.calls ?? 20_000;
  const snap = await loadSnapshot(SAMPLE_ORG);
  try {
    const layer = openToolLayer(snap, orThrow(loadPolicy(ACME_POLICY_FILE)));
    const actor = ACME_USERS.salesManagerNA; // sees a team's records: visibility goes through the hierarchy
    const s = layer.session({ actorId: actor, scenario: 'bench', mode: 'observe', approver: scriptedApprover([]) });
    const opps = ((await callTool(s, 'search_records', { object: 'Opportunity', limit: 200 })).result as { records: { Id: string }[] }).records.map((r) => r.Id);
    const contacts = ((await callTool(s, 'search_records', { object: 'Contact', limit: 200 })).result as { records: { Id: string }[] }).records.map((r) => r.Id);
    const measure = async (name: string, target: number, one: (i: number) => Promise<unknown>) => {
      const rates: number[] = [];
      for (let r = 0; r < opts.runs; r++) {
        layer.sandbox.reset();
        layer.log.entries.length = 0;
        const t = performance.now();
        for (let i = 0; i < calls; i++) await one(i);
        rates.push(calls / ((performance.now() - t) / 1000));
      }
      const rss = Math.round(process.resourceUsage().maxRSS / 1024);
      console.log(`${name.padEnd(44)} median ${Math.round(median(rates)).toLocaleString('en-US')} calls/s  (runs: ${rates.map((x) => Math.round(x)).join(', ')})  peak RSS ${rss} MB   target: ≥ ${target.toLocaleString('en-US')} calls/s`);
    };
    await measure('get_record, access checks (small org)', 10_000, (i) => callTool(s, 'get_record', { object: 'Contact', id: contacts[i % contacts.length] }));
    await measure('update_record, validation (small org)', 2_000, (i) => callTool(s, 'update_record', { object: 'Opportunity', id: opps[i % opps.length], values: { NextStep: `Call back ${i}`, Description: 'Discussed pricing' } }));
  } finally {
    snap.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchTools({ runs: Number(process.argv[2] ?? 5) });
