/**
 * Ids for millions of rows. makeId (core) is the definition; this is the same function with the
 * constant parts precomputed, because a 1M-contact org formats ~10M ids (Id, OwnerId, WhoId, ...).
 * fast-id.test.ts checks the two agree.
 */
import { KEY_PREFIX } from '../core/salesforce-id.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const UPPER = Array.from(BASE62, (c) => (c >= 'A' && c <= 'Z' ? 1 : 0));
const P4 = 62 ** 4; // the last four counter digits vary fastest: cache the other five

/**
 * Ids that no row will ever have: counters from here up are never emitted, so a reference to one
 * is an orphan (as if the record had been deleted). Far above any supported row count.
 */
export const DELETED_ID_BASE = 1_000_000_000;

export class IdMaker {
  private readonly head: string;
  private readonly headBits: number; // upper-case bits of the 5 prefix chars (block 1 of 3)
  private cachedHigh = -1;
  private highChars = '';
  private highBits = 0;

  constructor(prefixOrObject: string) {
    const prefix = KEY_PREFIX[prefixOrObject] ?? prefixOrObject.padEnd(3, '0').slice(0, 3);
    this.head = `${prefix}5g0`;
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = this.head.charCodeAt(i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    this.headBits = bits;
  }

  /** Same as makeId(object, n). */
  id(n: number): string {
    const high = Math.floor(n / P4);
    if (high !== this.cachedHigh) this.setHigh(high);
    let low = n - high * P4;
    const c8 = low % 62; low = (low - c8) / 62;
    const c7 = low % 62; low = (low - c7) / 62;
    const c6 = low % 62; low = (low - c6) / 62;
    const c5 = low;
    const block3 = (this.highBits >> 5) | (UPPER[c5] << 1) | (UPPER[c6] << 2) | (UPPER[c7] << 3) | (UPPER[c8] << 4);
    return this.head + this.highChars + BASE62[c5] + BASE62[c6] + BASE62[c7] + BASE62[c8]
      + SUFFIX[this.headBits] + SUFFIX[this.highBits & 31] + SUFFIX[block3];
  }

  /**
   * The 15-char id is head (6 chars: prefix + "5g0") + counter (9 base62 digits c0..c8), and the
   * suffix encodes upper case per 5-char block: [head0..4], [head5, c0..c3], [c4..c8]. c0..c4 change
   * only every 62^4 ids, so their chars and case bits are cached: bits 0..4 = block 2 (head5 is
   * "0", never upper case), bit 5 = c4's case, which opens block 3.
   */
  private setHigh(high: number): void {
    const digits: number[] = [];
    let v = high;
    for (let i = 0; i < 5; i++) { digits.unshift(v % 62); v = Math.floor(v / 62); }
    this.highChars = digits.map((c) => BASE62[c]).join('');
    let bits = 0;
    for (let i = 0; i < 4; i++) bits |= UPPER[digits[i]] << (i + 1);
    this.highBits = bits | (UPPER[digits[4]] << 5);
    this.cachedHigh = high;
  }
}
