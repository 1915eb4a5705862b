/**
 * The evidence gate: a cheap test each candidate pair passes before the score query joins both
 * records in full and computes similarities. At a million contacts ~90% of candidate pairs are
 * colleagues at one office address (street and postcode keys) who share nothing personal, and
 * the score query spent most of its time rejecting them.
 *
 * Each gate is a necessary condition of the score model (score-model.ts, comparisons.ts), so it
 * never drops a pair the score would match; it only lets through some that the score rejects.
 * - People: the score's rule (score-sql.ts, `allowed`) lets a pair match only with personal
 *   evidence (the same email, a shared mobile or home number) or else without a company conflict
 *   (the same company, a similar name, or one unknown) and either without a name conflict — the
 *   first name equal, swapped, a nickname, Jaro-Winkler ≥ 0.8 or an initial, AND the last name
 *   equal, swapped, crossed or Jaro-Winkler ≥ 0.8 — or with birthdates at most one digit apart.
 * - Accounts: with location capped (GROUPS), a pair reaches the threshold only with the same
 *   website or a name that is equal or similar (Jaro-Winkler ≥ 0.94); a weakly similar or
 *   different name plus any location falls short.
 * Each part is replaced by a cheaper condition it implies: first letters equal for "equal", a
 * bound from letters and lengths for Jaro-Winkler, 32-bit hashes for equal values.
 * evidence-gate.test.ts checks the model still has the levels, weights and thresholds relied on.
 *
 * It runs in JS over the pair finder's pairs (pair-finder.ts); `columns` gives it its inputs, one
 * integer per record (SQL over the match table), 0 where the record has no value.
 */
import { BIRTHDATE } from './blocking.js';
import { COMPARISONS } from './comparisons.js';
import { hash32 } from './normalise-sql.js';
import type { MatchKind } from './records-sql.js';
import { GROUPS, type Level } from './score-model.js';

export interface Gate {
  /** Name → SQL over the match columns of each per-record input (an integer, NULL for none). */
  columns: Record<string, string>;
  /**
   * The test over two records, given as rows (pair-finder.ts): record i's input `name` is at
   * values[i * width + at[name]].
   */
  make(values: Int32Array, width: number, at: Record<string, number>): (x: number, y: number) => boolean;
}

/** The gate of a kind at a match threshold (as a weight); none where the model gives no cheap test. */
export function gateFor(kind: MatchKind, minWeight: number): Gate | undefined {
  return kind === 'person' ? PERSON_GATE : minWeight > accountNameFloor() ? ACCOUNT_GATE : undefined;
}

/**
 * Whether Jaro-Winkler of two values can reach `threshold`, from their character masks
 * (normalise-sql.ts letterMask) and byte lengths. Jaro = (m/a + m/b + (m − t)/m) / 3 ≤
 * (m/a + m/b + 1) / 3, where the m matching characters exclude every position holding a
 * character class the other value lacks: m ≤ a − |classes of x not in y|, and the same from y's
 * side. Winkler adds at most 0.4 · (1 − Jaro) for a common prefix, none without a common first
 * character (`sameFirst`).
 */
export function jwPossible(mx: number, ax: number, my: number, ay: number, sameFirst: boolean, threshold: number): boolean {
  if (ax === 0 || ay === 0) return false;
  const jaro = sameFirst ? (threshold - 0.4) / 0.6 : threshold;
  const m = Math.min(ax - bitCount(mx & ~my), ay - bitCount(my & ~mx));
  // m/a + m/b ≥ 3·jaro − 1, multiplied out; the slack keeps it a bound under rounding.
  return m * (ax + ay) >= (3 * jaro - 1 - 1e-9) * ax * ay;
}

function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Jaro-Winkler threshold of the lowest name level that is not a conflict (comparisons.ts). */
export const NAME_JW = 0.8;
/** Jaro-Winkler threshold of a person's company level "similar", below which companies conflict. */
export const COMPANY_JW = 0.92;

const PERSON_COLUMNS = {
  // Names (records-sql.ts NAME_PARTS): hashes of the first letter and of the whole name (for
  // crossed names: one's first name is the other's last), letters present and byte length, and
  // the nickname groups as bits.
  f1: 'f1', l1: 'l1', fh: 'fh', lh: 'lh', fm: 'fm', lm: 'lm', fl: 'fl', ll: 'll', gm: 'gm',
  // Hashed as the blocking keys hash them, so the email and phone columns are read once.
  email: hash32('email'), p0: hash32('p0'), p1: hash32('p1'), p2: hash32('p2'), p3: hash32('p3'),
  dob: BIRTHDATE,
  // The company: the key it is matched on, and its name's first character, characters and length.
  org: 'org_h', c1: 'c1', cm: 'cm', cl: 'cl',
};

const PERSON_GATE: Gate = {
  columns: PERSON_COLUMNS,
  make(v, w, at) {
    const { f1, l1, fh, lh, fm, lm, fl, ll, gm, email, dob, org, c1, cm, cl } = at;
    const phones = [at.p0, at.p1, at.p2, at.p3];
    return (x, y) => {
      const bx = x * w, by = y * w;
      if (v[bx + email] !== 0 && v[bx + email] === v[by + email]) return true;
      // Any number shared but business line = business line (comparisons.ts personal_phone).
      for (let i = 0; i < 4; i++) {
        const p = v[bx + phones[i]];
        if (p === 0) continue;
        for (let j = i === 0 ? 1 : 0; j < 4; j++) if (v[by + phones[j]] === p) return true;
      }
      const companyAgrees = v[bx + org] === 0 || v[by + org] === 0 || v[bx + org] === v[by + org]
        || jwPossible(v[bx + cm], v[bx + cl], v[by + cm], v[by + cl], v[bx + c1] === v[by + c1], COMPANY_JW);
      if (!companyAgrees) return false;
      if (birthdateClose(v[bx + dob], v[by + dob])) return true;
      const fx = v[bx + f1], fy = v[by + f1], lx = v[bx + l1], ly = v[by + l1];
      const swapped = fx !== 0 && fx === ly && lx !== 0 && lx === fy;
      const firstAgrees = (fx !== 0 && fx === fy) || swapped || (v[bx + gm] & v[by + gm]) !== 0
        || jwPossible(v[bx + fm], v[bx + fl], v[by + fm], v[by + fl], false, NAME_JW);
      if (firstAgrees) {
        const lastAgrees = (lx !== 0 && lx === ly) || swapped
          || (v[bx + fh] !== 0 && v[bx + fh] === v[by + lh]) || (v[bx + lh] !== 0 && v[bx + lh] === v[by + fh])
          || jwPossible(v[bx + lm], v[bx + ll], v[by + lm], v[by + ll], false, NAME_JW);
        if (lastAgrees) return true;
      }
      return false;
    };
  },
};

/**
 * The birthdate levels `equal` and `close` (comparisons.ts) on YYYYMMDD numbers (0: none; a
 * date of another length is let through): equal, one digit apart (between two dates of
 * eight digits Levenshtein ≤ 1 is one digit changed), or month and day swapped in the same year.
 */
export function birthdateClose(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  if (a < 10000101 || a > 99991231 || b < 10000101 || b > 99991231) return true;
  let differ = 0;
  for (let p = 1; p < 1e8 && differ < 2; p *= 10) if (((a / p) | 0) % 10 !== ((b / p) | 0) % 10) differ++;
  if (differ < 2) return true;
  const [ma, da, mb, db] = [((a / 100) | 0) % 100, a % 100, ((b / 100) | 0) % 100, b % 100];
  return ((a / 10000) | 0) === ((b / 10000) | 0) && ma === db && da === mb;
}

/** Jaro-Winkler threshold of the account name level "similar" (comparisons.ts). */
export const ACCOUNT_NAME_JW = 0.94;

/** Highest weight a level can add: log2(m/u), with u at its floor for term-frequency levels. */
export const maxWeight = (l: Level): number => (l.id === 'missing' ? 0 : Math.log2(l.m / (l.tf ? l.tf.floor : l.u)));

/**
 * The most an account pair without the same website and without an equal or similar name can
 * weigh: its best other name level plus all location evidence (capped) plus the best website
 * level short of equal. A conflicting level (a branch) does not count: accounts have no personal
 * evidence to overrule it. The account gate only applies above this weight.
 */
export function accountNameFloor(): number {
  const of = (id: string) => COMPARISONS.find((c) => c.kind === 'account' && c.id === id)!;
  const weak = of('name').levels.filter((l) => l.id !== 'equal' && l.id !== 'similar' && !l.conflicts).map(maxWeight);
  const website = of('website').levels.filter((l) => l.id !== 'equal').map(maxWeight);
  return Math.max(...weak) + GROUPS.location.cap + Math.max(...website);
}

const ACCOUNT_COLUMNS = {
  name: 'company_h', website: hash32('domain'),
  // The normalised name's first character, characters present and byte length (records-sql.ts companiesSql).
  c1: 'c1', cm: 'cm', cl: 'cl',
};

const ACCOUNT_GATE: Gate = {
  columns: ACCOUNT_COLUMNS,
  make(v, w, at) {
    const { name, website, c1, cm, cl } = at;
    const same = (x: number, y: number, c: number) => v[x * w + c] !== 0 && v[x * w + c] === v[y * w + c];
    return (x, y) => same(x, y, name) || same(x, y, website)
      || jwPossible(v[x * w + cm], v[x * w + cl], v[y * w + cm], v[y * w + cl], v[x * w + c1] === v[y * w + c1], ACCOUNT_NAME_JW);
  },
};
