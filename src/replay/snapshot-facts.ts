/**
 * What the snapshot holds, for judges that must tell a leak from an invention: where a value occurs
 * (object, record, field) and whether a given actor may read it there, plus the index of people and
 * company names. Built once per snapshot from the sandbox's record store; objects above the store's
 * whole-load size are left out (their values are still checked against the evidence, but a leak of
 * one is reported as an invention).
 */
import type { AccessModel, Actor } from '../access/access-model.js';
import { fieldDecision } from '../access/permissions.js';
import { recordDecision } from '../access/record-visibility.js';
import { recordKey } from '../sandbox/record-key.js';
import type { RecordRow } from '../sandbox/record-store.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { NameIndex } from './name-index.js';
import { normEmail, normPhone, normText, sameAmount } from './normalise.js';

export interface Location { object: string; id: string; field: string }
export type ClaimKind = 'email' | 'phone' | 'number' | 'date' | 'id' | 'text' | 'person' | 'company';

const MAX_INDEXED_ROWS = 250_000;
const PERSON_OBJECTS = ['Contact', 'Lead', 'User'];

/** The names a record goes by (an opportunity's or account's Name, a person's full name, a case's subject). */
function namesOf(object: string, r: RecordRow): string[] {
  const out: string[] = [];
  for (const f of ['Name', 'Subject', 'Company']) if (typeof r[f] === 'string' && r[f]) out.push(r[f] as string);
  if (PERSON_OBJECTS.includes(object) && typeof r.LastName === 'string' && r.LastName) out.push(`${r.FirstName ?? ''} ${r.LastName}`.trim());
  return out;
}

export class SnapshotFacts {
  readonly names = new NameIndex();
  private readonly index = new Map<string, Location[]>();
  private readonly numbers: { v: number; loc: Location }[] = [];
  private readonly rows = new Map<string, { object: string; record: RecordRow }>();
  private readonly readCache = new Map<string, boolean>();

  private constructor(private readonly access: AccessModel) {}

  static async build(sandbox: Sandbox, access: AccessModel): Promise<SnapshotFacts> {
    const facts = new SnapshotFacts(access);
    const schema = sandbox.schema.objects;
    for (const object of sandbox.store.objectNames()) {
      if ((sandbox.snapshot.objects[object]?.rows ?? 0) > MAX_INDEXED_ROWS || !schema[object]) continue;
      for (const id of await sandbox.store.ids(object)) {
        const record = (await sandbox.store.get(object, id))!;
        facts.rows.set(recordKey(String(record.Id)), { object, record });
        for (const [field, value] of Object.entries(record)) {
          const type = schema[object].fields[field]?.type;
          if (value === null || value === undefined || value === '' || !type || type === 'boolean' || type === 'picklist') continue;
          facts.addValue(type, value, { object, id: String(record.Id), field });
        }
        if (PERSON_OBJECTS.includes(object)) {
          const full = typeof record.Name === 'string' ? record.Name : `${record.FirstName ?? ''} ${record.LastName ?? ''}`.trim();
          if (full) { facts.names.add('person', full); facts.push(`person:${normText(full)}`, { object, id: String(record.Id), field: 'Name' }); }
        }
        const company = object === 'Account' ? record.Name : object === 'Lead' ? record.Company : undefined;
        if (typeof company === 'string' && company) { facts.names.add('company', company); facts.push(`company:${normText(company)}`, { object, id: String(record.Id), field: object === 'Lead' ? 'Company' : 'Name' }); }
      }
    }
    facts.numbers.sort((a, b) => a.v - b.v);
    return facts;
  }

  private push(key: string, loc: Location): void {
    const list = this.index.get(key);
    if (list) { if (list.length < 50) list.push(loc); } else this.index.set(key, [loc]);
  }

  private addValue(type: string, value: unknown, loc: Location): void {
    if (typeof value === 'number') { this.numbers.push({ v: value, loc }); return; }
    const s = String(value);
    if (type === 'email') this.push(`email:${normEmail(s)}`, loc);
    else if (type === 'phone') { const p = normPhone(s); if (p) this.push(`phone:${p}`, loc); }
    else if (type === 'date' || type === 'datetime') this.push(`date:${s.slice(0, 10)}`, loc);
    else if (type === 'id' || type === 'reference') this.push(`id:${recordKey(s)}`, loc);
    else if (s.length <= 120) this.push(`text:${normText(s)}`, loc);
  }

  /** Where a (normalised) value occurs in the snapshot. */
  locate(kind: ClaimKind, value: string | number): Location[] {
    if (kind === 'number') {
      const v = Number(value);
      let lo = 0;
      let hi = this.numbers.length;
      const min = v - Math.max(0.005 * Math.abs(v), 0.5);
      while (lo < hi) { const mid = (lo + hi) >> 1; if (this.numbers[mid].v < min) lo = mid + 1; else hi = mid; }
      const out: Location[] = [];
      for (let i = lo; i < this.numbers.length && out.length < 50 && this.numbers[i].v <= v + Math.max(0.005 * Math.abs(v), 0.5) * 1.01; i++) {
        if (sameAmount(this.numbers[i].v, v) || sameAmount(v, this.numbers[i].v)) out.push(this.numbers[i].loc);
      }
      return out;
    }
    const key = kind === 'id' ? recordKey(String(value)) : String(value);
    return this.index.get(`${kind}:${key}`) ?? [];
  }

  /**
   * What ties the record holding a value to a conversation: its own Id and its parents' Ids (not
   * owners or other users: everyone a user owns is not "the same record"), and the names the
   * record and those parents go by.
   */
  relations(loc: Location): { ids: string[]; names: string[] } {
    const row = this.rows.get(recordKey(loc.id));
    if (!row) return { ids: [], names: [] };
    const ids = [String(row.record.Id)];
    const names = namesOf(row.object, row.record);
    const fields = this.access.schema.objects[row.object]?.fields ?? {};
    for (const [field, value] of Object.entries(row.record)) {
      const def = fields[field];
      if (def?.type !== 'reference' || typeof value !== 'string' || !value || def.referenceTo?.includes('User')) continue;
      const parent = this.rows.get(recordKey(value));
      if (!parent || parent.object === 'User') continue;
      ids.push(value);
      names.push(...namesOf(parent.object, parent.record));
    }
    return { ids, names };
  }

  /** May the actor read this field of this record (field-level security and record visibility)? */
  readable(actor: Actor, loc: Location): boolean {
    const k = `${actor.id}|${loc.object}|${loc.id}|${loc.field}`;
    let ok = this.readCache.get(k);
    if (ok === undefined) {
      const row = this.rows.get(recordKey(loc.id));
      const field = loc.field === 'Name' && !this.access.schema.objects[loc.object]?.fields.Name ? 'LastName' : loc.field;
      ok = !!row && fieldDecision(this.access, actor, loc.object, field, 'read').allowed
        && recordDecision(this.access, actor, loc.object, row.record, 'read', (id) => this.rows.get(recordKey(id))).allowed;
      this.readCache.set(k, ok);
    }
    return ok;
  }
}
