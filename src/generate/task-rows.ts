/**
 * Task.csv: calls, emails and meetings on contacts, leads, opportunities, cases and accounts, owned by
 * the owner of what they are about. Tasks are written in fixed-size chunks, each from its own random
 * stream, so any chunk can be produced on any thread and the file is the same.
 * Salesforce rule kept: a task about a lead has no WhatId.
 */
import { addYears, dateTimeString, dayString } from './calendar.js';
import { SUBJECT_PLACEHOLDERS } from './corrupt.js';
import type { DefectSink } from './defect-log.js';
import { STALE_MIN_AGE_DAYS } from './defect-rules.js';
import { INACTIVE_OWNER_RATE } from './defect-rates.js';
import { FieldDefects } from './field-defects.js';
import { deletedId, inactiveOwnerId, type ObjectName, type OrgContext } from './org-context.js';
import { BAD_PICKLIST } from './picklist-noise.js';
import { cell, type RowSink } from './csv-file.js';
import { Rng } from './prng.js';
import { ACCOUNT_DUP, CLOSED, STALE } from './skeleton.js';

export const TASK_HEADER = ['Id', 'Subject', 'WhoId', 'WhatId', 'ActivityDate', 'Status', 'Priority', 'Type', 'Description', 'IsClosed',
  'OwnerId', 'CreatedDate', 'LastModifiedDate'];

export const TASK_CHUNK = 1 << 15;

const SUBJECTS: Record<string, string[]> = {
  Call: ['Call', 'Follow-up call', 'Discovery call', 'Check-in call', 'Call back re: pricing'],
  Email: ['Email: proposal', 'Email: follow up', 'Send quote', 'Send case study', 'Email: renewal reminder'],
  Meeting: ['Meeting', 'Demo', 'QBR', 'Onsite workshop', 'Kick-off meeting'],
  Other: ['Prepare proposal', 'Update account plan', 'Review contract', 'Internal handover'],
};
const TYPES = ['Call', 'Call', 'Email', 'Email', 'Meeting', 'Other'];
const NOTES = ['Left a voicemail.', 'Discussed timeline, decision in two weeks.', 'Sent the deck and pricing, "as discussed".', 'No answer; try again Thursday.'];

interface TaskDraft {
  subject: string; whoId: string; whoObject: ObjectName; whatId: string; whatObject: ObjectName; activityDay: number; activityDate: string;
  status: string; priority: string; type: string; isClosed: string;
}

const defects = new FieldDefects<TaskDraft>('Task', {
  'subject-blank': { apply: (d) => { d.subject = ''; } },
  'status-unknown': { touchesStatus: true, apply: (d, rng) => { d.status = rng.pick(BAD_PICKLIST.taskStatus); } },
  'priority-unknown': { apply: (d, rng) => { d.priority = rng.pick(BAD_PICKLIST.taskPriority); } },
  'type-unknown': { apply: (d, rng) => { d.type = rng.pick(BAD_PICKLIST.taskType); } },
  'closed-flag-mismatch': { touchesStatus: true, apply: (d) => { d.isClosed = d.isClosed === 'true' ? 'false' : 'true'; } },
  'who-deleted': { eligible: (d) => d.whoId !== '', apply: (d, rng, ctx) => { d.whoId = deletedId(ctx, d.whoObject, rng); } },
  'what-deleted': { eligible: (d) => d.whatId !== '', apply: (d, rng, ctx) => { d.whatId = deletedId(ctx, d.whatObject, rng); } },
  'date-far': { apply: (d, rng, ctx) => { d.activityDate = dayString(addYears(Math.max(d.activityDay, ctx.asOfDay), rng.between(12, 80))); } },
  'subject-placeholder': { apply: (d, rng) => { d.subject = rng.pick(SUBJECT_PLACEHOLDERS); } },
});

interface Target { who: string; whoObject: ObjectName; what: string; whatObject: ObjectName; owner: number; from: number; to: number }

/** What a task is about: a contact (and its account or a deal), a lead, a deal, a case or an account. */
function target(ctx: OrgContext, rng: Rng, t: Target): void {
  const { sk, ids, asOfDay, plan } = ctx;
  const old = asOfDay - STALE_MIN_AGE_DAYS;
  const r = rng.below(100);
  t.who = ''; t.what = ''; t.whoObject = 'Contact'; t.whatObject = 'Account';
  if (r < 55) {
    const c = rng.below(plan.contacts), a = sk.contAccount[c];
    t.who = ids.Contact.id(c + 1);
    t.owner = sk.contOwner[c];
    t.from = sk.contCreated[c];
    t.to = sk.contFlags[c] & STALE ? old : asOfDay + 45;
    const o0 = sk.oppStart[a], nOpps = sk.oppStart[a + 1] - o0, u = rng.next();
    if (u < 0.3 && nOpps > 0) { t.what = ids.Opportunity.id(o0 + rng.below(nOpps) + 1); t.whatObject = 'Opportunity'; }
    else if (u < 0.85) t.what = ids.Account.id(a + 1);
  } else if (r < 70 && plan.leads > 0) {
    const l = rng.below(plan.leads);
    t.who = ids.Lead.id(l + 1);
    t.whoObject = 'Lead';
    t.owner = sk.leadOwner[l];
    t.from = sk.leadCreated[l];
    t.to = sk.leadFlags[l] & STALE ? old : sk.leadFlags[l] & CLOSED ? Math.min(asOfDay, t.from + 150) : asOfDay + 45;
  } else if (r < 85) {
    const o = rng.below(plan.opportunities), a = sk.oppAccount[o];
    t.what = ids.Opportunity.id(o + 1);
    t.whatObject = 'Opportunity';
    t.owner = sk.oppOwner[o];
    t.from = sk.oppCreated[o];
    t.to = sk.oppFlags[o] & STALE ? old : sk.oppFlags[o] & CLOSED ? sk.oppClose[o] : asOfDay + 45;
    const c0 = sk.contactStart[a], n = sk.contactStart[a + 1] - c0;
    if (n > 0 && rng.chance(0.5)) t.who = ids.Contact.id(c0 + rng.below(n) + 1);
  } else if (r < 95 && plan.cases > 0) {
    const k = rng.below(plan.cases);
    t.what = ids.Case.id(k + 1);
    t.whatObject = 'Case';
    if (sk.caseContact[k] >= 0) t.who = ids.Contact.id(sk.caseContact[k] + 1);
    t.owner = sk.caseOwner[k];
    t.from = sk.caseCreated[k];
    t.to = sk.caseFlags[k] & STALE ? old : sk.caseFlags[k] & CLOSED ? sk.caseClosed[k] : asOfDay + 20;
  } else {
    let a = rng.below(sk.accounts);
    if (sk.acctKind[a] === ACCOUNT_DUP) a = sk.acctRef[a];
    t.what = ids.Account.id(a + 1);
    t.owner = sk.acctOwner[a];
    t.from = sk.acctCreated[a];
    t.to = sk.acctFlags[a] & STALE ? old : asOfDay + 45;
  }
  if (t.to < t.from) t.to = t.from;
}

export const taskChunkCount = (ctx: OrgContext): number => Math.ceil(ctx.plan.tasks / TASK_CHUNK);

/** Writes one chunk of the task file: rows [chunk × TASK_CHUNK, …) from the chunk's own stream. */
export function writeTaskChunk(ctx: OrgContext, chunk: number, sink: RowSink, log: DefectSink): void {
  const { ids, userIds, asOfDay, plan } = ctx;
  const t: Target = { who: '', whoObject: 'Contact', what: '', whatObject: 'Account', owner: 0, from: 0, to: 0 };
  const d: TaskDraft = { subject: '', whoId: '', whoObject: 'Contact', whatId: '', whatObject: 'Account', activityDay: 0, activityDate: '', status: '', priority: '', type: '', isClosed: '' };
  {
    const rng = new Rng(ctx.seed, `Task#${chunk}`);
    const end = Math.min(plan.tasks, (chunk + 1) * TASK_CHUNK);
    for (let i = chunk * TASK_CHUNK; i < end; i++) {
      const id = ids.Task.id(i + 1);
      target(ctx, rng, t);
      const day = rng.between(t.from, t.to);
      const done = day <= asOfDay && rng.chance(0.88);
      const type = rng.pick(TYPES);
      const status = done ? 'Completed' : day <= asOfDay ? rng.pick(['In Progress', 'Waiting on someone else', 'Deferred']) : rng.chance(0.7) ? 'Not Started' : 'In Progress';
      // One draft reused for every row: nothing keeps it past the row.
      d.subject = rng.pick(SUBJECTS[type]); d.whoId = t.who; d.whoObject = t.whoObject; d.whatId = t.what; d.whatObject = t.whatObject;
      d.activityDay = day; d.activityDate = dayString(day); d.status = status;
      d.priority = rng.chance(0.7) ? 'Normal' : rng.chance(0.66) ? 'High' : 'Low';
      d.type = type; d.isClosed = done ? 'true' : 'false';
      const spec = defects.draw(rng, d, false, ctx);
      if (spec) log.add(id, spec.code, spec.field);
      let owner = userIds[t.owner];
      if (rng.chance(INACTIVE_OWNER_RATE.Task)) {
        owner = inactiveOwnerId(ctx, rng);
        log.add(id, 'inactive_owner', 'OwnerId');
      }
      // Logged up to two weeks ahead; never after asOf, never before what it is about.
      const createdDay = Math.max(t.from, Math.min(day, asOfDay) - rng.below(14));
      const modifiedDay = done ? Math.min(asOfDay, Math.max(createdDay, day) + rng.below(3)) : rng.between(createdDay, Math.max(createdDay, Math.min(asOfDay, t.to)));
      const note = rng.chance(0.15) ? rng.pick(NOTES) : '';
      sink.add(`${id},${d.subject},${d.whoId},${d.whatId},${d.activityDate},${d.status},${d.priority},${d.type},${cell(note)},${d.isClosed},${owner},${dateTimeString(createdDay, rng.between(25_200, 43_199))},${dateTimeString(modifiedDay, rng.between(50_400, 79_200))}\n`);
    }
  }
}
