import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { CANONICAL_OBJECTS } from '../snapshot/canonical/index.js';
import { COUNTRIES, COUNTRY_SPELLINGS } from './countries.js';
import { DEPARTMENTS } from './data/jobs.js';
import { NICKNAMES } from './data/nicknames.js';
import { ALL_CULTURES, WORLD_NAMES } from './data/people-names.js';
import { CITIES } from './data/places.js';
import { FIELD_DEFECTS } from './defect-rates.js';
import { BAD_PICKLIST } from './picklist-noise.js';
import { isPlaceholderText } from './test-support/independent-checks.js';

describe('data tables', () => {
  it('country variants name their country and none is canonical', () => {
    for (const c of COUNTRIES) {
      expect(countries.getName(c.code, 'en'), c.code).toBeTruthy();
      for (const v of c.variants) {
        expect(v).not.toBe(c.name);
        expect(COUNTRY_SPELLINGS.get(v), v).toBe(c.code);
      }
    }
    expect(COUNTRIES.map((c) => c.code).sort()).toEqual(['AU', 'CA', 'DE', 'FR', 'GB', 'NZ', 'US']);
  });
  it('every city has a canonical state where its country uses them, and short forms differ', () => {
    for (const [code, cities] of Object.entries(CITIES)) {
      for (const c of cities) {
        if (['US', 'CA', 'AU', 'DE'].includes(code)) expect(c.state, c.city).not.toBe('');
        if (c.stateShort) expect(c.stateShort).not.toBe(c.state);
      }
    }
  });
  it('no name, title or department reads as a placeholder', () => {
    const all = [...ALL_CULTURES.flatMap((c) => [...c.male, ...c.female, ...c.family]), ...WORLD_NAMES.male, ...WORLD_NAMES.female,
      ...Object.values(NICKNAMES).flat(), ...DEPARTMENTS.flatMap((d) => [d.name, ...d.titles])];
    expect(all.filter(isPlaceholderText)).toEqual([]);
    expect(all.filter((n) => /[,"\n]/.test(n))).toEqual([]);
  });
  it('picklist noise is never a picklist value', () => {
    const values = (object: string, field: string) => CANONICAL_OBJECTS[object].fields[field].values!;
    const pairs: [string[], string[]][] = [
      [BAD_PICKLIST.industry, values('Account', 'Industry')], [BAD_PICKLIST.accountType, values('Account', 'Type')],
      [BAD_PICKLIST.leadSource, values('Contact', 'LeadSource')], [BAD_PICKLIST.salutation, values('Contact', 'Salutation')],
      [BAD_PICKLIST.leadStatus, values('Lead', 'Status')], [BAD_PICKLIST.stage, values('Opportunity', 'StageName')],
      [BAD_PICKLIST.opportunityType, values('Opportunity', 'Type')], [BAD_PICKLIST.caseStatus, values('Case', 'Status')],
      [BAD_PICKLIST.casePriority, values('Case', 'Priority')], [BAD_PICKLIST.caseOrigin, values('Case', 'Origin')],
      [BAD_PICKLIST.taskStatus, values('Task', 'Status')], [BAD_PICKLIST.taskPriority, values('Task', 'Priority')],
      [BAD_PICKLIST.taskType, values('Task', 'Type')],
    ];
    for (const [bad, good] of pairs) expect(bad.filter((b) => good.includes(b))).toEqual([]);
  });
  it('rates name real objects and fields, and every object can show each of its codes', () => {
    for (const d of FIELD_DEFECTS) {
      expect(CANONICAL_OBJECTS[d.object].fields[d.field], d.id).toBeDefined();
      expect(d.rate).toBeGreaterThan(0);
      expect(d.rate).toBeLessThan(0.05);
    }
    expect(new Set(FIELD_DEFECTS.map((d) => d.id)).size).toBe(FIELD_DEFECTS.length);
  });
});
