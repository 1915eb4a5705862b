import { describe, expect, it } from 'vitest';
import { asciiFold, emailLocal, EMAIL_STYLES, Lookalikes, nameFold, nameInfo } from './people.js';
import { EMAIL_RE } from './test-support/independent-checks.js';

describe('people', () => {
  it('folds names for email addresses', () => {
    expect(asciiFold('Jürgen Müller')).toBe('Juergen Mueller');
    expect(nameFold('Möller')).toBe('moller');
    for (let s = 0; s < EMAIL_STYLES.length; s++) {
      expect(EMAIL_RE.test(`${emailLocal(s, 'Hélène', "O'Brien")}@acme.fr`)).toBe(true);
      expect(emailLocal(s, 'Min-jun', 'Lefèvre')).toMatch(/^[a-z0-9._-]+$/);
    }
  });
  it('spots people who would look alike at one company', () => {
    const l = new Lookalikes();
    const add = (f: string, n: string) => l.add(nameInfo(f), nameInfo(n));
    const conflicts = (f: string, n: string) => l.conflicts(nameInfo(f), nameInfo(n));
    add('Robert', 'Smith');
    add('Nicole', 'Keller');
    add('Thomas', 'Martin');
    for (const [f, n] of [['Bob', 'Smith'], ['Robert', 'Smyth'], ['Roberta', 'Smith'], ['Nicole', 'Möller'], ['Martin', 'Thomas'], ['Rob', 'Smith']]) {
      expect(conflicts(f, n), `${f} ${n}`).toBe(true);
    }
    for (const [f, n] of [['Alice', 'Smith'], ['Nicole', 'Schwarz'], ['Priya', 'Patel']]) expect(conflicts(f, n), `${f} ${n}`).toBe(false);
    l.clear();
    expect(conflicts('Bob', 'Smith')).toBe(false);
  });
});
