/**
 * Accuracy on the Febrl benchmark: one set of rules for every dataset, pairwise F1 ≥ 0.98 on
 * dataset3 and on dataset4a+4b. Skips, visibly, where ../shared/datasets is not present.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFebrl } from './accuracy-support.js';
import { febrlDate, febrlDir, febrlEntity } from './febrl.js';

const dir = febrlDir(resolve(import.meta.dirname, '../../..'));
if (!dir) console.warn('febrl.test: ../shared/datasets/febrl not found — Febrl accuracy tests skipped');

describe('febrl helpers', () => {
  it('reads ids and dates the way the benchmark writes them', () => {
    expect(febrlEntity('rec-12-dup-3')).toBe('12');
    expect(febrlDate('19560409')).toBe('1956-04-09');
    expect(febrlDate('19560431')).toBe('');
    expect(febrlDate('')).toBe('');
  });
});

describe.skipIf(!dir)('Febrl accuracy (pairwise)', () => {
  it.each(['dataset3', 'dataset4'])('%s: F1 ≥ 0.98', async (set) => {
    const { metrics } = await scoreFebrl(dir!, set);
    console.log(`febrl ${set}: P=${metrics.precision.toFixed(4)} R=${metrics.recall.toFixed(4)} F1=${metrics.f1.toFixed(4)}`);
    expect(metrics.f1).toBeGreaterThanOrEqual(0.98);
  });

  it.each(['dataset1', 'dataset2'])('%s (for information): precise, and F1 ≥ 0.95', async (set) => {
    const { metrics } = await scoreFebrl(dir!, set);
    console.log(`febrl ${set}: P=${metrics.precision.toFixed(4)} R=${metrics.recall.toFixed(4)} F1=${metrics.f1.toFixed(4)}`);
    expect(metrics.precision).toBeGreaterThanOrEqual(0.98);
    expect(metrics.f1).toBeGreaterThanOrEqual(0.95);
  });
});
