import { describe, expect, it } from 'vitest';
import { makeId } from '../core/salesforce-id.js';
import { Rng } from './prng.js';
import { DELETED_ID_BASE, IdMaker } from './fast-id.js';

describe('IdMaker', () => {
  it('agrees with makeId on small, boundary, random and deleted-range counters', () => {
    const rng = new Rng(1, 'ids');
    const ns = [0, 1, 2, 61, 62, 3843, 3844, 62 ** 4 - 1, 62 ** 4, 62 ** 4 + 1, 62 ** 5, DELETED_ID_BASE, DELETED_ID_BASE + 12345];
    for (let i = 0; i < 3000; i++) ns.push(rng.below(5_000_000), rng.below(2 ** 31) * 17);
    const wrong: string[] = [];
    for (const object of ['Account', 'Contact', 'Lead', 'Opportunity', 'Case', 'Task', 'User', 'UserRole', 'Profile', 'PermissionSet']) {
      const maker = new IdMaker(object);
      for (const n of ns) if (maker.id(n) !== makeId(object, n)) wrong.push(`${object} ${n}: ${maker.id(n)} ≠ ${makeId(object, n)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
