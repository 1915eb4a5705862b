/**
 * Accuracy on orgs from our own generator (src/generate): pairwise precision and recall ≥ 0.98
 * against the duplicate links in defects.json, for two seeds at two sizes. The engine never sees
 * defects.json; it is read here only to score it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateOrg } from '../../generate/index.js';
import { scoreGeneratedOrg } from './accuracy-support.js';

const work = mkdtempSync(join(tmpdir(), 'crmready-dedupe-gen-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('duplicates on generated orgs', () => {
  it.each([
    [1, 'small'], [7, 'small'], [1, 3000], [7, 3000],
  ] as const)('seed %s, scale %s: precision and recall ≥ 0.98', async (seed, scale) => {
    const out = join(work, `org-${seed}-${scale}`);
    await generateOrg({ out, seed, scale, singleThread: true });
    const { metrics, byKind } = await scoreGeneratedOrg(out);
    console.log(`generated seed ${seed} scale ${scale}: P=${metrics.precision.toFixed(4)} R=${metrics.recall.toFixed(4)} (people ${byKind.person.precision.toFixed(3)}/${byKind.person.recall.toFixed(3)}, accounts ${byKind.account.precision.toFixed(3)}/${byKind.account.recall.toFixed(3)}; ${metrics.truePairs} true pairs)`);
    expect(metrics.truePairs).toBeGreaterThan(0);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.98);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.98);
  });
});
