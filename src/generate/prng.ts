/**
 * Seeded randomness. Every stream is derived from (seed, label) so that each object, and each chunk
 * of a large object, draws from its own independent stream: the output is the same whatever order
 * or thread the streams run in. sfc32 passes PractRand to many TB and is ~3x faster than a
 * Math.random-quality 64-bit generator in V8 because it stays in 32-bit integers.
 */

/** cyrb128: a fast string hash that spreads a label into four 32-bit seed words. */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4; h2 ^= h1; h3 ^= h1; h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const INV32 = 1 / 4294967296;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label: string) {
    [this.a, this.b, this.c, this.d] = hash128(`${seed}\u0000${label}`);
    // Warm up so that similar labels ("Task#1", "Task#2") do not start correlated.
    for (let i = 0; i < 15; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    const a = this.a, b = this.b, c = this.c, d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.c = (r + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() * INV32;
  }

  /** Uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.u32() * INV32 * n);
  }

  /** Uniform integer in [lo, hi] (both inclusive). */
  between(lo: number, hi: number): number {
    return lo + Math.floor(this.u32() * INV32 * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.u32() * INV32 < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.u32() * INV32 * items.length)];
  }

  /** A digit string of `n` characters, each 0-9. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + this.below(10));
    return s;
  }
}

/** Picks an index by weight: build once per table, then `pick(rng)` is a short scan. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly items: T[] = [];

  constructor(entries: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [, w] of entries) sum += w;
    let acc = 0;
    for (const [item, w] of entries) {
      acc += w / sum;
      this.cumulative.push(acc);
      this.items.push(item);
    }
    this.cumulative[this.cumulative.length - 1] = 1;
  }

  pick(rng: Rng): T {
    const u = rng.next();
    const c = this.cumulative;
    let i = 0;
    while (u >= c[i]) i++;
    return this.items[i];
  }
}
