/**
 * How a candidate pair is scored: a Fellegi–Sunter model, the standard of record linkage (and of
 * Splink). Each comparison puts the pair in one level ("email equal", "surname similar",
 * "birthdate differs", "missing"); a level adds log2(m/u) to the pair's weight, where m is how
 * often true duplicates land in that level and u how often unrelated records do. Missing values
 * add nothing, so sparse records are neither rewarded nor punished.
 *
 * m and u are set by hand from how CRM data is typically keyed — checked against Febrl, our
 * generator and the synthetic bench org, not fitted to any of them — with data-driven
 * adjustments that let one set of rules serve any snapshot:
 *  - `tf: 'share'` — u of an exact match is the value's share of all records (a surname shared by
 *    1% of records is weak evidence, a rare one strong), smoothed towards a prior for tiny data;
 *  - `tf: 'excess'` — for values spread evenly whatever the org's size (birthdates: ~1/25,000),
 *    u stays at its prior unless a value is carried by far more records than chance allows
 *    (a placeholder 1900-01-01);
 *  - `tf: 'count'` — for identifiers (email, phone, street, company), u grows with how many
 *    records carry the value: a switchboard number or info@ address shared by 50 records says
 *    little about who is who, whatever the size of the org.
 * Levels are tested in order; the first that holds wins. SQL refers to the pair's two records as
 * x_<column> and y_<column>, and to the similarities of `SIMILARITIES`. The comparisons
 * themselves are in comparisons.ts; this file holds their shape and the weight → score scale.
 */
import type { MatchKind } from './records-sql.js';

export interface Level {
  id: string;
  /** SQL condition (first true level wins); 'missing' levels weigh 0. */
  when: string;
  m: number;
  u: number;
  /** Term-frequency adjustment of u: `n` is SQL for how many records carry the pair's value (see above). */
  tf?: { n: string; mode: 'share' | 'count' | 'excess'; floor: number };
  /** Words for the reason line, e.g. "same email"; `{sim}` is replaced by the similarity. */
  text: string;
  /**
   * Evidence beyond the names themselves (same email, phone, birthdate, street, postcode,
   * company). A pair with none must clear the higher names-only bar (see namesOnlyPenalty).
   */
  corroborates?: boolean;
  /**
   * Evidence about the person rather than their household or company (same email, mobile or home
   * number). When first or last names clearly differ (a `conflicts` level), only such evidence
   * can still make a match: colleagues and relatives share everything else. A birthdate with a
   * `locates` level overrules name conflicts (typos, a changed surname) but not another company:
   * across companies many namesakes share a birthday and a city.
   */
  personal?: boolean | 'with-location';
  /** Any agreement on where the person is (street, city, postcode, company), for `personal: 'with-location'`. */
  locates?: boolean;
  /**
   * Evidence of two different people: names that clearly differ or a name one record lacks
   * ('name'), or another company ('company'). See `personal` for what can overrule it.
   */
  conflicts?: 'name' | 'company';
}

export interface Comparison {
  id: string;
  kind: MatchKind;
  /** Match-table columns this comparison reads; it is left out when none of them has data. */
  needs: string[];
  levels: Level[];
  /** Similarity shown in the reason for fuzzy levels. */
  sim?: string;
  /** Comparisons sharing a group are capped together (GROUPS): they are correlated. */
  group?: string;
}

/**
 * Correlated comparisons are summed in groups whose total is capped. Where someone is reached —
 * company, its switchboard, its street, city and postcode — is one piece of evidence, not five:
 * colleagues share all of them. And a surname shared within one household or company says more
 * about family than identity (siblings, spouses, relatives on one account), so surname and
 * location together are capped again. Without the caps any two colleagues or relatives with one
 * name in common would match. Negative sums are never capped.
 */
export const GROUPS: Record<string, { cap: number; parent?: string }> = {
  location: { cap: 10, parent: 'household' },
  household: { cap: 14 },
};

/** Smoothing for 'share' term frequencies: this many pseudo-records at the prior u. */
export const TF_PRIOR_RECORDS = 1000;

/**
 * Extra weight a pair needs when nothing but names agree. In an org of N records a name shared by
 * a share s of them has about N·s namesakes, so name agreement alone must beat log2(N): with
 * duplicates expected for ~5% of records and 80% confidence wanted, names-only weight must reach
 * log2(N + TF_PRIOR_RECORDS) + log2(1/0.05) + 2. Returned as the amount above THRESHOLD_WEIGHT.
 */
export function namesOnlyPenalty(records: number): number {
  return Math.max(0, Math.log2(records + TF_PRIOR_RECORDS) + Math.log2(1 / 0.05) + 2 - THRESHOLD_WEIGHT);
}

/** Default match threshold on the 0–1 score. */
export const DEFAULT_THRESHOLD = 0.8;
/** Weight (sum of log2 Bayes factors) at which the score is DEFAULT_THRESHOLD. */
export const THRESHOLD_WEIGHT = 12;

/** Match weight → 0–1 score; monotone, with THRESHOLD_WEIGHT ↦ DEFAULT_THRESHOLD. */
export function weightToScore(w: number): number {
  const offset = Math.log2(DEFAULT_THRESHOLD / (1 - DEFAULT_THRESHOLD));
  return 1 / (1 + 2 ** -(w - THRESHOLD_WEIGHT + offset));
}

/** Inverse of weightToScore, for turning a threshold option into a weight. */
export function scoreToWeight(score: number): number {
  const s = Math.min(Math.max(score, 1e-9), 1 - 1e-9);
  const offset = Math.log2(DEFAULT_THRESHOLD / (1 - DEFAULT_THRESHOLD));
  return Math.log2(s / (1 - s)) + THRESHOLD_WEIGHT - offset;
}
