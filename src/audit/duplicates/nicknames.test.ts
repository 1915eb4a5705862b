import { describe, expect, it } from 'vitest';
import { formalName, NICKNAME_GROUPS, nicknameIndex, sameGivenName } from './nicknames.js';

describe('nicknames', () => {
  it('are in the engine’s normalised form (lower-case letters only)', () => {
    for (const g of NICKNAME_GROUPS) for (const n of g) expect(n).toMatch(/^[a-z]+$/);
  });

  it('pair the usual short forms with their formal names', () => {
    for (const [a, b] of [['bob', 'robert'], ['bill', 'william'], ['liz', 'elizabeth'], ['kate', 'katherine'], ['jim', 'james'], ['mike', 'michael'], ['kate', 'catherine']]) {
      expect(sameGivenName(a, b), `${a}~${b}`).toBe(true);
    }
  });

  it('keeps names in several groups apart from each other’s groups', () => {
    expect(sameGivenName('chris', 'christopher')).toBe(true);
    expect(sameGivenName('chris', 'christine')).toBe(true);
    expect(sameGivenName('christopher', 'christine')).toBe(false);
    expect(sameGivenName('bob', 'william')).toBe(false);
  });

  it('gives each name one formal form for blocking', () => {
    expect(formalName('bob')).toBe('robert');
    expect(formalName('robert')).toBe('robert');
    expect(formalName('zebulon')).toBe('zebulon');
    expect(nicknameIndex().get('chris')?.length).toBe(3);
  });
});
