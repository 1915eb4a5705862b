/** The one-line explanation of a matched pair, from the level each comparison landed in. */
import type { Comparison } from './score-model.js';

export interface PairEvidence {
  /** comparison id → level index */
  levels: Record<string, number>;
  /** similarity name → value (jw_fn, jw_street…) */
  sims: Record<string, number | null>;
  fn?: [string | null, string | null];
}

/** "same email, first name nickname (bob~robert), last name equal; differs: company". */
export function reasonText(comparisons: readonly Comparison[], ev: PairEvidence): string {
  const agree: string[] = [];
  const differ: string[] = [];
  for (const c of comparisons) {
    const level = c.levels[ev.levels[c.id]];
    if (!level || level.id === 'missing' || !level.text) continue;
    if (level.id === 'differs') {
      differ.push(level.text);
      continue;
    }
    const sim = c.sim ? ev.sims[c.sim] : undefined;
    // Names in alphabetical order, so the text does not depend on which record came first.
    const [x, y] = [ev.fn?.[0] ?? '?', ev.fn?.[1] ?? '?'].sort();
    agree.push(level.text
      .replace('{sim}', typeof sim === 'number' ? sim.toFixed(2) : '?')
      .replace('{x}', x)
      .replace('{y}', y));
  }
  const head = agree.length ? agree.join(', ') : 'similar records';
  return differ.length ? `${head}; differs: ${differ.join(', ')}` : head;
}
