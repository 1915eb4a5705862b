/**
 * Candidate pairs from blocking-key hashes, in typed arrays: pure, no DuckDB. Each record carries
 * one 32-bit hash per key column (0: no value); records sharing a hash form a group, groups of two
 * up to the key's cap give pairs, and counted keys give every record its group size.
 *
 * Done here rather than in SQL because grouping ~14 key values per record (~16M rows at a million
 * contacts) in DuckDB meant materialising that table, aggregating it, joining it back and a
 * DISTINCT over the pairs: ~12 s of CPU. Here each key is one bucket sort of its column, and
 * each pair is tested where it is formed, inside its group, whose few records stay in cache:
 *  - a pair that also shares a pair-forming group of an earlier key (or an earlier column pair
 *    of the same key) is skipped there, so each pair comes out once without a DISTINCT;
 *  - then the caller's test (the evidence gate) decides whether it is kept.
 * Records are rows of one matrix for these tests (one or two cache lines per record), columns
 * for the sorts.
 */
import { rowMajor } from './column-io.js';

export interface KeySpec {
  id: string;
  /**
   * Per key column (one, or one per phone field), the indexes into `columns` of its parts: a
   * record's value is its parts combined (keyValues), 0 when any part is 0.
   */
  parts: number[][];
  /** The parts' order does not matter (combined sorted). */
  unordered?: boolean;
  /** Largest group compared pairwise (groups of 2…cap give pairs); 0 for keys only counted. */
  cap: number;
  /** Per column, the shared-count column its group sizes go to (e.g. 'email', 'p0'). */
  counts?: (string | undefined)[];
}

/** Records as rows: record i's column c (an index into the input columns) at values[i * width + at[c]]. */
export interface Rows {
  values: Int32Array;
  width: number;
  at: (column: number) => number;
}

export interface PairFinderInput {
  /** Number of records. */
  n: number;
  /** Per column, record i's value at [i]; key columns hold 32-bit hashes (as int32), 0 for none. */
  columns: readonly Int32Array[];
  keys: readonly KeySpec[];
  /** Record → object, when pairs must stay within one object (no cross-object matching). */
  objectOf?: Int32Array;
  /** Further columns the test reads, and the test itself over two records; pairs it rejects are counted but not returned. */
  accept?: { columns: number[]; make: (rows: Rows) => (x: number, y: number) => boolean };
}

export interface PairFinderResult {
  /** Accepted pairs as record positions, x[i] < y[i]. */
  x: Int32Array;
  y: Int32Array;
  /** Distinct candidate pairs, accepted or not. */
  candidates: number;
  /** Per counted column, each record's group size (0: its value is not shared). */
  counts: Record<string, Int32Array>;
  /** Pairs each key's groups form, before removing pairs several keys share. */
  pairsByKey: Record<string, number>;
}

export function findPairs(input: PairFinderInput): PairFinderResult {
  const { n, columns, objectOf } = input;
  const keys = input.keys.map((k) => ({ ...k, columns: k.parts.map((parts) => keyValues(parts.map((c) => columns[c]), n, k.unordered)) }));
  const keyWidth = keys.reduce((a, k) => a + k.columns.length, 0);
  if (keyWidth > 32 || keys.length > 32) throw new Error('findPairs: at most 32 key columns');
  // Rows: two columns of bits, every key column (in key order), then the test's columns. Bit b of
  // SMALL: the record's value in key column b is in a group that forms pairs (2…cap); bit k of
  // KEYED: it is in such a group of key k, in any of its columns.
  const testColumns = input.accept?.columns ?? [];
  const width = 2 + keyWidth + testColumns.length;
  const values = rowMajor([new Int32Array(n), new Int32Array(n), ...keys.flatMap((k) => k.columns), ...testColumns.map((c) => columns[c])], n);
  const accept = input.accept?.make({ values, width, at: (c) => 2 + keyWidth + testColumns.indexOf(c) });
  const counts: Record<string, Int32Array> = {};
  const pairsByKey: Record<string, number> = {};
  const out = new PairBuffer();
  const sorter = new BucketSorter(n);
  let candidates = 0;
  let base = 0;

  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const cols = key.columns.length;
    const { hash, entry, length } = sorter.sort(key.columns);
    const countArrays = key.columns.map((_, i) => {
      const name = key.counts?.[i];
      return name ? (counts[name] ??= new Int32Array(n)) : undefined;
    });
    let pairs = 0;
    for (let s = 0; s < length;) {
      let e = s + 1;
      while (e < length && hash[e] === hash[s]) e++;
      const size = e - s;
      if (size > 1) {
        for (let j = s; j < e; j++) {
          const arr = countArrays[entry[j] % cols];
          if (arr) arr[(entry[j] / cols) | 0] = size;
        }
        if (size <= key.cap) {
          pairs += (size * (size - 1)) / 2;
          for (let j = s; j < e; j++) {
            const r = (entry[j] / cols) | 0;
            values[r * width + SMALL] |= 1 << (base + (entry[j] % cols));
            values[r * width + KEYED] |= 1 << k;
          }
        }
      }
      s = e;
    }
    if (key.cap > 0) {
      pairsByKey[key.id] = pairs;
      const earlier = earlierChecks(keys, k);
      const earlierKeys = keys.slice(0, k).reduce((a, o, i) => (o.cap > 0 ? a | (1 << i) : a), 0);
      // Second pass, now that this key's groups are known: each pair at its first occurrence.
      const rec = new Int32Array(key.cap), col = new Int32Array(key.cap), kd = new Int32Array(key.cap);
      for (let s = 0; s < length;) {
        let e = s + 1;
        while (e < length && hash[e] === hash[s]) e++;
        const size = e - s;
        if (size > 1 && size <= key.cap) {
          for (let i = 0; i < size; i++) {
            rec[i] = (entry[s + i] / cols) | 0;
            col[i] = entry[s + i] % cols;
            kd[i] = values[rec[i] * width + KEYED] & earlierKeys;
          }
          for (let i = 0; i < size; i++) {
            const ri = rec[i];
            for (let j = i + 1; j < size; j++) {
              const rj = rec[j];
              if (ri === rj) continue;
              const x = ri < rj ? ri : rj, y = ri < rj ? rj : ri;
              if (objectOf && objectOf[x] !== objectOf[y]) continue;
              if (cols > 1 && !firstColumnPair(values, width, base, cols, x, y, ri < rj ? col[i] : col[j], ri < rj ? col[j] : col[i])) continue;
              // Only keys both records form pairs in can have formed this one before.
              if ((kd[i] & kd[j]) !== 0 && sharesGroup(values, width, earlier, x, y)) continue;
              candidates++;
              if (!accept || accept(x, y)) out.push(x, y);
            }
          }
        }
        s = e;
      }
    }
    base += cols;
  }
  return { ...out.result(), candidates, counts, pairsByKey };
}

/** Row columns of the bits (see findPairs). */
const SMALL = 0, KEYED = 1;

/**
 * A key column's values from its parts, mixed into one 32-bit value (a collision only adds a
 * candidate pair the scorer rejects), two unordered parts in sorted order; 0 (no value) where any
 * part is 0. A single part is mixed too: parts need not be hashes (a birthdate as YYYYMMDD), and
 * the bucket sort needs values spread over their top bits.
 */
export function keyValues(parts: readonly Int32Array[], n: number, unordered = false): Int32Array {
  const out = new Int32Array(n);
  const [first, ...rest] = parts;
  for (let i = 0; i < n; i++) {
    let a = first[i];
    if (a === 0) continue;
    if (unordered && rest.length === 1) {
      const b = rest[0][i];
      if (b !== 0) out[i] = a >>> 0 < b >>> 0 ? mix(mix(a, 0), b) : mix(mix(b, 0), a);
      continue;
    }
    a = mix(a, 0);
    for (const part of rest) {
      if (part[i] === 0) {
        a = 0;
        break;
      }
      a = mix(a, part[i]);
    }
    out[i] = a;
  }
  return out;
}

/** Two 32-bit values mixed into one (murmur3's finaliser over a ⊕ b), never 0. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/**
 * The pair-forming keys before key k, flattened for sharesGroup: per key its column count, then
 * its columns' positions among the key columns (which are also their bits in SMALL).
 */
function earlierChecks(keys: readonly { cap: number; columns: unknown[] }[], k: number): Int32Array {
  const out: number[] = [];
  let base = 0;
  for (let i = 0; i < k; i++) {
    const cols = keys[i].columns.length;
    if (keys[i].cap > 0) out.push(cols, ...Array.from({ length: cols }, (_, j) => base + j));
    base += cols;
  }
  return Int32Array.from(out);
}

/** Whether x and y share a pair-forming group of one of the keys in `checks` (earlierChecks). */
function sharesGroup(values: Int32Array, width: number, checks: Int32Array, x: number, y: number): boolean {
  const bx = x * width, by = y * width, sx = values[bx + SMALL];
  for (let i = 0; i < checks.length;) {
    const cols = checks[i];
    for (let a = 1; a <= cols; a++) {
      const ca = checks[i + a];
      if ((sx & (1 << ca)) === 0) continue;
      const hx = values[bx + 2 + ca];
      for (let b = 1; b <= cols; b++) if (values[by + 2 + checks[i + b]] === hx) return true;
    }
    i += 1 + cols;
  }
  return false;
}

/**
 * Within a key of several columns, a pair can meet in several groups (Phone = Phone and Mobile =
 * Mobile) or twice in one (a number in two fields): only its first column pair (x's column, then
 * y's) emits it. The key's columns are key columns base…base + cols − 1.
 */
function firstColumnPair(values: Int32Array, width: number, base: number, cols: number, x: number, y: number, cx: number, cy: number): boolean {
  for (let a = 0; a < cols; a++) {
    if ((values[x * width + SMALL] & (1 << (base + a))) === 0) continue;
    const hx = values[x * width + 2 + base + a];
    for (let b = 0; b < cols; b++) {
      if (values[y * width + 2 + base + b] === hx) return a === cx && b === cy;
    }
  }
  return false;
}

/**
 * One key's (hash, entry) pairs sorted by hash, entry = record × columns + column: one scatter
 * into buckets by the hash's top bits, then an insertion sort of each bucket, which is in cache.
 * Two passes fewer than a full radix sort. Buckets hold ~8 entries on average whatever the size
 * (insertion sort is quadratic in a bucket's size).
 */
class BucketSorter {
  private hash: Uint32Array;
  private entry: Uint32Array;
  private starts = new Uint32Array(0);

  constructor(n: number) {
    this.hash = new Uint32Array(n);
    this.entry = new Uint32Array(n);
  }

  sort(columns: readonly Int32Array[]): { hash: Uint32Array; entry: Uint32Array; length: number } {
    const cols = columns.length;
    let m = 0;
    for (const col of columns) for (let i = 0; i < col.length; i++) if (col[i] !== 0) m++;
    const bits = Math.min(22, Math.max(8, Math.ceil(Math.log2(m / 8))));
    const shift = 32 - bits, buckets = 1 << bits;
    if (this.starts.length !== buckets + 1) this.starts = new Uint32Array(buckets + 1);
    const starts = this.starts;
    starts.fill(0);
    for (const col of columns) {
      for (let i = 0; i < col.length; i++) {
        const v = col[i];
        if (v !== 0) starts[(v >>> shift) + 1]++;
      }
    }
    for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
    if (this.hash.length < m) {
      this.hash = new Uint32Array(m);
      this.entry = new Uint32Array(m);
    }
    const hash = this.hash, entry = this.entry;
    const next = starts.slice(0, buckets);
    for (let ci = 0; ci < cols; ci++) {
      const col = columns[ci];
      for (let i = 0; i < col.length; i++) {
        const v = col[i];
        if (v === 0) continue;
        const to = next[v >>> shift]++;
        hash[to] = v;
        entry[to] = i * cols + ci;
      }
    }
    for (let b = 0; b < buckets; b++) {
      const s = starts[b], e = starts[b + 1];
      for (let i = s + 1; i < e; i++) {
        const h = hash[i], x = entry[i];
        let j = i - 1;
        while (j >= s && hash[j] > h) {
          hash[j + 1] = hash[j];
          entry[j + 1] = entry[j];
          j--;
        }
        hash[j + 1] = h;
        entry[j + 1] = x;
      }
    }
    return { hash, entry, length: m };
  }
}

/** A growable list of (x, y) positions. */
class PairBuffer {
  private x = new Int32Array(1 << 16);
  private y = new Int32Array(1 << 16);
  private length = 0;

  push(x: number, y: number): void {
    if (this.length === this.x.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.x = grow(this.x);
      this.y = grow(this.y);
    }
    this.x[this.length] = x;
    this.y[this.length] = y;
    this.length++;
  }

  result(): { x: Int32Array; y: Int32Array } {
    return { x: this.x.subarray(0, this.length), y: this.y.subarray(0, this.length) };
  }
}
