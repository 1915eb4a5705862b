import { describe, expect, it } from 'vitest';
import { reasonText } from './reason.js';
import { COMPARISONS } from './comparisons.js';

const person = COMPARISONS.filter((c) => c.kind === 'person');
const level = (comparison: string, id: string) => person.find((c) => c.id === comparison)!.levels.findIndex((l) => l.id === id);

describe('reasonText', () => {
  it('lists agreements in comparison order, then what differs, and skips what is missing', () => {
    const text = reasonText(person, {
      levels: { first: level('first', 'nickname'), last: level('last', 'similar'), email: level('email', 'equal'), phone: level('phone', 'missing'), company: level('company', 'differs') },
      sims: { jw_ln: 0.9567 },
      fn: ['robert', 'bob'],
    });
    expect(text).toBe('first name nickname (bob~robert), last name jw 0.96, same email; differs: company');
  });

  it('says something even when only weak evidence matched', () => {
    expect(reasonText(person, { levels: {}, sims: {} })).toBe('similar records');
  });
});
