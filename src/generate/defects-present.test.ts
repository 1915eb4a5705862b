/**
 * The ground truth is the truth: every defects.json entry is really in the data, every finding
 * code is seeded, and the records it does not list are clean for the cheap checks. Checks are
 * independent of the generator (test-support/): CSVs read back with csv-parse, phones judged by
 * libphonenumber-js, emails and URLs by regular expressions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../core/codes.js';
import type { Defect } from '../core/snapshot-files.js';
import { NICKNAMES } from './data/nicknames.js';
import { generateOrg } from './index.js';
import { auditLike, findingKey, RECORD_OBJECTS } from './test-support/audit-like.js';
import {
  countryField, countryOf, editDistance, EMAIL_RE, fold, inconsistentFields, isCanonicalCountry, isPlaceholderEmail, isPlaceholderText,
  isShortState, isStale, isValidPhoneFor, isWellFormedId, outOfRange, picklistViolation, URL_RE,
} from './test-support/independent-checks.js';
import { readSnapshot, type ReadSnapshot, type Row } from './test-support/read-snapshot.js';

const OBJECT_OF_PREFIX: Record<string, string> = { '001': 'Account', '003': 'Contact', '00Q': 'Lead', '006': 'Opportunity', '500': 'Case', '00T': 'Task', '005': 'User' };

function isNickname(a: string, b: string): boolean {
  return (NICKNAMES[a] ?? []).includes(b) || (NICKNAMES[b] ?? []).includes(a);
}

/** The same person by name: equal, a nickname, one or two keystrokes apart, or first/last swapped. */
export function samePersonName(a: Row, b: Row): boolean {
  const [af, al, bf, bl] = [fold(a.FirstName), fold(a.LastName), fold(b.FirstName), fold(b.LastName)];
  if (af === bl && al === bf) return true;
  const firstOk = af === bf || isNickname(a.FirstName, b.FirstName) || editDistance(af, bf) <= 2;
  const lastOk = al === bl || editDistance(al, bl) <= 2;
  return (firstOk && al === bl) || (af === bf && lastOk);
}

const LEGAL = new Set(['inc', 'incorporated', 'llc', 'l', 'c', 'corp', 'corporation', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'co', 'kg', 'sas', 'sa', 's', 'a', 'sarl', 'r', 'pty']);
/** A company name without its legal form, case, accents or punctuation. */
function stem(name: string): string {
  return name.toLowerCase().replace(/ and /g, ' & ').split(/[\s.&,()]+/).filter((w) => w && !LEGAL.has(w)).map(fold).join('');
}
const sameCompany = (a: string, b: string) => editDistance(stem(a), stem(b)) <= 2;

function verify(s: ReadSnapshot, d: Defect): string | undefined {
  const r = s.byId[d.object]?.get(d.id);
  if (!r) return 'no such record';
  const v = d.field ? r[d.field] : undefined;
  if (d.field && v === undefined) return `no field ${d.field}`;
  const f = d.field ? s.schema.objects[d.object].fields[d.field] : undefined;
  const asOf = s.manifest.asOf;
  const iso = countryField(d.object) ? countryOf(r[countryField(d.object)!]) : undefined;
  switch (d.code) {
    case 'missing_required': return f?.required && v === '' ? undefined : `"${v}" is not a blank required field`;
    case 'invalid_picklist': return f && picklistViolation(f, v!) ? undefined : `"${v}" is in the picklist`;
    case 'invalid_format':
      if (isPlaceholderText(v!) || (f?.type === 'email' && isPlaceholderEmail(v!))) return `"${v}" is a placeholder`;
      if (f?.type === 'email') return EMAIL_RE.test(v!) ? `"${v}" is a valid email` : undefined;
      if (f?.type === 'phone') return iso && isValidPhoneFor(v!, iso) ? `"${v}" is a valid ${iso} phone` : undefined;
      if (f?.type === 'url') return URL_RE.test(v!) ? `"${v}" is a valid URL` : undefined;
      return `unexpected field type ${f?.type}`;
    case 'placeholder_value': return isPlaceholderText(v!) || (f?.type === 'email' && isPlaceholderEmail(v!)) ? undefined : `"${v}" is no placeholder`;
    case 'out_of_range': return outOfRange(d.object, d.field!, v!, asOf) ? undefined : `"${v}" is in range`;
    case 'inconsistent': return inconsistentFields(d.object, r, s.schema, asOf).includes(d.field!) ? undefined : `${d.field} "${v}" is consistent`;
    case 'orphan_reference': {
      if (!isWellFormedId(v!)) return `"${v}" is not an id`;
      const target = OBJECT_OF_PREFIX[v!.slice(0, 3)];
      if (!f?.referenceTo?.includes(target)) return `"${v}" is not a ${f?.referenceTo} id`;
      return s.byId[target].has(v!) ? `${v} exists` : undefined;
    }
    case 'inactive_owner': return s.byId.User.get(r.OwnerId)?.IsActive === 'false' ? undefined : `owner ${r.OwnerId} is active`;
    case 'stale': return isStale(d.object, r, s.schema, asOf) ? undefined : `modified ${r.LastModifiedDate}, active ${r.LastActivityDate}`;
    case 'non_normalised':
      if (f?.type === 'email') return v !== v!.toLowerCase() && EMAIL_RE.test(v!) ? undefined : `"${v}" is a lower-case email`;
      if (d.field!.endsWith('Country')) return !isCanonicalCountry(v!) && countryOf(v!) ? undefined : `"${v}" is canonical or unknown`;
      if (d.field!.endsWith('State')) return iso && isShortState(v!, iso) ? undefined : `"${v}" is not a short state of ${iso}`;
      return `unexpected field ${d.field}`;
    case 'duplicate': {
      if (!d.of || d.of === d.id) return 'no original';
      const ofObject = OBJECT_OF_PREFIX[d.of.slice(0, 3)];
      const o = s.byId[ofObject]?.get(d.of);
      if (!o) return `original ${d.of} missing`;
      if (d.object === 'Account') {
        return sameCompany(r.Name, o.Name) && r.BillingCity === o.BillingCity ? undefined : `"${r.Name}" vs "${o.Name}"`;
      }
      if (!samePersonName(r, o)) return `"${r.FirstName} ${r.LastName}" vs "${o.FirstName} ${o.LastName}"`;
      if (d.object === 'Contact') return r.AccountId === o.AccountId ? undefined : 'different accounts';
      if (ofObject === 'Lead') return sameCompany(r.Company, o.Company) ? undefined : `"${r.Company}" vs "${o.Company}"`;
      const account = s.byId.Account.get(o.AccountId);
      const sameEmail = r.Email !== '' && r.Email.toLowerCase() === o.Email.toLowerCase();
      return sameEmail || (account && sameCompany(r.Company, account.Name)) ? undefined : `lead "${r.Company}" / ${r.Email} vs contact at ${account?.Name} / ${o.Email}`;
    }
  }
}

// CRMREADY_TRUTH_CONTACTS=50000 adds a bigger org (slow; for changes to the generator).
const extra = Number(process.env.CRMREADY_TRUTH_CONTACTS ?? 0);
describe.each([
  { seed: 1, scale: 'small' as const },
  { seed: 2, scale: 2000 as number | 'small' },
  ...(extra ? [{ seed: 9, scale: extra }] : []),
])('ground truth of seed $seed, scale $scale', ({ seed, scale }) => {
  let s: ReadSnapshot;
  const root = mkdtempSync(join(tmpdir(), 'crmready-truth-'));
  beforeAll(async () => {
    await generateOrg({ out: join(root, 'org'), seed, scale });
    s = readSnapshot(join(root, 'org'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('parses every file into rows of the header width', () => {
    for (const object of Object.keys(s.rows)) {
      for (const r of s.rows[object]) expect(Object.keys(r)).toHaveLength(s.headers[object].length);
    }
  });

  it('seeds every finding code, in more than one object where it can', () => {
    const byCode = new Map<string, Set<string>>();
    for (const d of s.defects) byCode.set(d.code, (byCode.get(d.code) ?? new Set()).add(d.object));
    for (const code of FINDING_CODES) expect(byCode.get(code)?.size ?? 0, code).toBeGreaterThanOrEqual(1);
    for (const code of ['invalid_format', 'invalid_picklist', 'orphan_reference', 'placeholder_value', 'inactive_owner', 'non_normalised', 'stale']) {
      expect(byCode.get(code)!.size, code).toBeGreaterThan(1);
    }
  });

  it.each(FINDING_CODES)('%s: each entry is really in the data', (code) => {
    const wrong = s.defects.filter((d) => d.code === code).map((d) => [d, verify(s, d)] as const).filter(([, why]) => why);
    expect(wrong.slice(0, 5).map(([d, why]) => `${d.object} ${d.id} ${d.field ?? ''}: ${why}`)).toEqual([]);
  });

  it('lists no entry twice and names fields only where the code has one', () => {
    const keys = s.defects.map(findingKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of s.defects) {
      if (d.code === 'stale' || d.code === 'duplicate') expect(d.field).toBeUndefined();
      else expect(d.field, `${d.code} ${d.id}`).toBeDefined();
    }
  });

  it('records exactly what the cheap checks find: clean fields are clean', () => {
    const found = new Set(auditLike(s).map(findingKey));
    const truth = new Set(s.defects.filter((d) => d.code !== 'duplicate').map(findingKey));
    expect([...found].filter((k) => !truth.has(k)).slice(0, 10), 'found but not in defects.json').toEqual([]);
    expect([...truth].filter((k) => !found.has(k)).slice(0, 10), 'in defects.json but not found').toEqual([]);
  });

  it('keeps records without entries clean: picklists, required fields, emails, probabilities', () => {
    const listed = new Set(s.defects.map((d) => `${d.object} ${d.id}`));
    let checked = 0;
    for (const object of RECORD_OBJECTS) {
      const fields = s.schema.objects[object].fields;
      for (const r of s.rows[object]) {
        if (listed.has(`${object} ${r.Id}`)) continue;
        checked++;
        for (const [name, f] of Object.entries(fields)) {
          if (f.required) expect(r[name], `${object} ${r.Id} ${name}`).not.toBe('');
          expect(picklistViolation(f, r[name]), `${object} ${r.Id} ${name}=${r[name]}`).toBe(false);
          if (f.type === 'email' && r[name]) expect(EMAIL_RE.test(r[name]) && r[name] === r[name].toLowerCase() && !isPlaceholderEmail(r[name]), r[name]).toBe(true);
        }
        expect(inconsistentFields(object, r, s.schema, s.manifest.asOf), `${object} ${r.Id}`).toEqual([]);
        const cf = countryField(object);
        if (cf) expect(isCanonicalCountry(r[cf]), r[cf]).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(s.defects.length);
  });

  it('keeps namesakes apart: no undeclared look-alike people at one company, no shared emails', () => {
    const dupRows = new Set(s.defects.filter((d) => d.code === 'duplicate').map((d) => d.id));
    const byAccount = new Map<string, Row[]>();
    for (const c of s.rows.Contact) if (!dupRows.has(c.Id)) byAccount.set(c.AccountId, [...(byAccount.get(c.AccountId) ?? []), c]);
    const lookalikes: string[] = [];
    for (const people of byAccount.values()) {
      for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) {
        const [a, b] = [people[i], people[j]];
        if (a.LastName && b.LastName && !isPlaceholderText(a.LastName) && !isPlaceholderText(b.LastName) && samePersonName(a, b)) lookalikes.push(`${a.FirstName} ${a.LastName} / ${b.FirstName} ${b.LastName}`);
      }
    }
    expect(lookalikes).toEqual([]);
    const emails = new Map<string, string>();
    const clash: string[] = [];
    for (const c of s.rows.Contact) {
      const e = c.Email.toLowerCase();
      if (!e || dupRows.has(c.Id) || isPlaceholderEmail(e)) continue;
      if (emails.has(e)) clash.push(e);
      emails.set(e, c.Id);
    }
    expect(clash).toEqual([]);
    // Every account that is not a declared duplicate has a name of its own.
    const names = s.rows.Account.filter((a) => !dupRows.has(a.Id) && a.Name).map((a) => stem(a.Name) + '|' + a.BillingCity);
    expect(names.length - new Set(names).size).toBe(0);
    // A lead sharing a contact's email is that contact converted, or a declared duplicate of it.
    for (const l of s.rows.Lead) {
      const c = emails.get(l.Email.toLowerCase());
      if (c && !dupRows.has(l.Id)) expect(l.ConvertedContactId, `${l.Id} ${l.Email}`).toBe(c);
    }
  });

  it('builds a believable org: hierarchies, stages and owners', () => {
    const children = s.rows.Account.filter((a) => a.ParentId && s.byId.Account.has(a.ParentId));
    expect(children.length).toBeGreaterThan(0);
    const countries = new Set(s.rows.Account.map((a) => countryOf(a.BillingCountry)));
    for (const iso of ['US', 'GB', 'AU', 'DE', 'FR', 'CA', 'NZ']) expect(countries.has(iso), iso).toBe(true);
    const stages = new Set(s.rows.Opportunity.map((o) => o.StageName));
    expect(stages.has('Closed Won') && stages.has('Closed Lost') && stages.has('Prospecting')).toBe(true);
    // Most contacts belong to the owner of their account.
    const same = s.rows.Contact.filter((c) => s.byId.Account.get(c.AccountId)?.OwnerId === c.OwnerId).length;
    expect(same / s.rows.Contact.length).toBeGreaterThan(0.8);
    // Tasks point at both people and things.
    expect(s.rows.Task.some((t) => t.WhoId.startsWith('00Q')) && s.rows.Task.some((t) => t.WhatId.startsWith('006'))).toBe(true);
    for (const t of s.rows.Task) if (t.WhoId.startsWith('00Q')) expect(t.WhatId).toBe('');
    // Clean phones are valid for their record's country, in more than one format.
    const formats = new Set(s.rows.Contact.map((c) => c.Phone.replace(/\d/g, '9')));
    expect(formats.size).toBeGreaterThan(5);
  });
});
