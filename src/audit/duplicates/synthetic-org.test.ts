import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../snapshot/duckdb.js';
import { scoreSynthetic } from './accuracy-support.js';
import { findDuplicatesWithStats } from './find-duplicates.js';
import { createSyntheticOrg } from './synthetic-org.js';

let opened: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  opened = await openDuckDb();
});
afterAll(() => opened.instance.closeSync());

describe('synthetic org (the bench’s data, small)', () => {
  it('is deterministic and deduplicated accurately', async () => {
    const org = await createSyntheticOrg(opened.db, { contacts: 20_000, seed: 3 });
    const { findings, stats } = await findDuplicatesWithStats(opened.db, org.tables);
    const byKind = await scoreSynthetic(opened.db, org.truth, findings);
    console.log(`synthetic 20k: people P=${byKind.person.precision.toFixed(4)} R=${byKind.person.recall.toFixed(4)}, accounts P=${byKind.account.precision.toFixed(4)} R=${byKind.account.recall.toFixed(4)}; ${stats.candidatePairs} candidate pairs`);
    expect(byKind.person.precision).toBeGreaterThanOrEqual(0.97);
    expect(byKind.person.recall).toBeGreaterThanOrEqual(0.97);
    expect(byKind.account.f1).toBeGreaterThanOrEqual(0.97);
    // Near-linear: a handful of candidate pairs per record, not n².
    expect(stats.candidatePairs).toBeLessThan(10 * (stats.records.Contact + stats.records.Lead));
    await org.drop();
  });
});
