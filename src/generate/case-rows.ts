/**
 * Case.csv: support cases on customer accounts, raised by one of the account's contacts, owned by
 * service agents. Status "Closed" ⇔ IsClosed ⇔ a ClosedDate, for clean rows.
 */
import { dateTimeString } from './calendar.js';
import { malformedEmail, placeholderEmail, SUBJECT_PLACEHOLDERS, upperCaseEmail } from './corrupt.js';
import type { DefectSink } from './defect-log.js';
import { INACTIVE_OWNER_RATE } from './defect-rates.js';
import { FieldDefects } from './field-defects.js';
import { deletedId, inactiveOwnerId, type OrgContext } from './org-context.js';
import { BAD_PICKLIST } from './picklist-noise.js';
import { cell, type RowSink } from './csv-file.js';
import { Rng } from './prng.js';
import { CLOSE_SECONDS, rowDates } from './row-dates.js';
import { CLOSED, STALE } from './skeleton.js';
import { caseInjection } from './prompt-injections.js';

export const CASE_HEADER = ['Id', 'CaseNumber', 'AccountId', 'ContactId', 'Subject', 'Description', 'Status', 'Priority', 'Origin', 'Type',
  'Reason', 'SuppliedEmail', 'IsClosed', 'ClosedDate', 'OwnerId', 'CreatedDate', 'LastModifiedDate'];

const SUBJECTS: [string, string, string][] = [
  ['Cannot log in after password reset', 'Problem', 'Other'], ['Invoice shows the wrong amount', 'Question', 'Other'],
  ['Sync with the ERP fails overnight', 'Problem', 'Performance'], ['Request: export to CSV', 'Feature Request', 'Feedback'],
  ['Dashboard is slow to load', 'Problem', 'Performance'], ['Install fails on the new server', 'Problem', 'Installation'],
  ['How do I add a user?', 'Question', 'Other'], ['Device stopped responding', 'Problem', 'Breakdown'],
  ['Setup is too complex for our team', 'Feature Request', 'Equipment Complexity'], ['Label printer design flaw', 'Problem', 'Equipment Design'],
];
const NOTES = ['Customer called twice; escalated by the account manager.', 'Workaround sent, waiting for confirmation.',
  'Affects all users in the "Finance" group.', 'Reproduced on staging, logged with engineering.'];

interface CaseDraft {
  accountId: string; contactId: string; subject: string; status: string; priority: string; origin: string;
  email: string; isClosed: string; closedDate: string; closed: boolean; label: string;
}

const hasEmail = (d: CaseDraft) => d.email !== '';

const defects = new FieldDefects<CaseDraft>('Case', {
  'status-blank': { touchesStatus: true, apply: (d) => { d.status = ''; } },
  'origin-blank': { apply: (d) => { d.origin = ''; } },
  'status-unknown': { touchesStatus: true, apply: (d, rng) => { d.status = rng.pick(BAD_PICKLIST.caseStatus); } },
  'priority-unknown': { apply: (d, rng) => { d.priority = rng.pick(BAD_PICKLIST.casePriority); } },
  'origin-unknown': { apply: (d, rng) => { d.origin = rng.pick(BAD_PICKLIST.caseOrigin); } },
  'closed-no-date': { eligible: (d) => d.closed, apply: (d) => { d.closedDate = ''; } },
  'closed-flag-mismatch': { touchesStatus: true, apply: (d) => { d.isClosed = d.closed ? 'false' : 'true'; } },
  'account-deleted': { apply: (d, rng, ctx) => { d.accountId = deletedId(ctx, 'Account', rng); } },
  'contact-deleted': { eligible: (d) => d.contactId !== '', apply: (d, rng, ctx) => { d.contactId = deletedId(ctx, 'Contact', rng); } },
  'email-malformed': { eligible: hasEmail, apply: (d, rng) => { d.email = malformedEmail(rng, d.email); } },
  'email-placeholder': { eligible: hasEmail, apply: (d, rng) => { d.email = placeholderEmail(rng, d.email.split(/[.@]/)[0], d.label); } },
  'email-case': { eligible: hasEmail, apply: (d, rng) => { d.email = upperCaseEmail(rng, d.email); } },
  'subject-placeholder': { apply: (d, rng) => { d.subject = rng.pick(SUBJECT_PLACEHOLDERS); } },
});

export function writeCases(ctx: OrgContext, contactEmails: Map<number, string>, sink: RowSink, log: DefectSink, progress?: (rows: number) => void): void {
  const { sk, ids, userIds, asOfDay } = ctx;
  const rng = new Rng(ctx.seed, 'Case');
  for (let k = 0; k < ctx.plan.cases; k++) {
    const id = ids.Case.id(k + 1);
    const flags = sk.caseFlags[k];
    const closed = (flags & CLOSED) !== 0;
    const stale = (flags & STALE) !== 0;
    const contact = sk.caseContact[k];
    const [subject, type, reason] = rng.pick(SUBJECTS);
    const origin = rng.pick(['Phone', 'Email', 'Web', 'Email', 'Web']);
    const email = contact >= 0 && origin !== 'Phone' ? contactEmails.get(contact) ?? '' : '';
    const d: CaseDraft = {
      accountId: ids.Account.id(sk.caseAccount[k] + 1), contactId: contact >= 0 ? ids.Contact.id(contact + 1) : '',
      subject, status: closed ? 'Closed' : rng.pick(['New', 'Working', 'Working', 'Escalated']),
      priority: rng.pick(['Medium', 'Medium', 'Low', 'High']), origin, email,
      isClosed: String(closed), closedDate: closed ? dateTimeString(sk.caseClosed[k], rng.between(...CLOSE_SECONDS)) : '', closed,
      label: email ? email.slice(email.indexOf('@') + 1).split('.')[0] : 'support',
    };
    const spec = defects.draw(rng, d, stale || closed, ctx);
    if (spec) log.add(id, spec.code, spec.field);
    let owner = userIds[sk.caseOwner[k]];
    if (rng.chance(INACTIVE_OWNER_RATE.Case)) {
      owner = inactiveOwnerId(ctx, rng);
      log.add(id, 'inactive_owner', 'OwnerId');
    }
    if (stale) log.add(id, 'stale');
    const dates = rowDates(rng, asOfDay, sk.caseCreated[k], stale ? 'stale' : closed ? sk.caseClosed[k] : 'open', 0);
    const drawn = rng.chance(0.5) ? rng.pick(NOTES) : '';
    const note = caseInjection(k) ?? drawn;
    sink.add(`${id},${String(k + 1).padStart(8, '0')},${d.accountId},${d.contactId},${d.subject},${cell(note)},${d.status},${d.priority},${d.origin},${type},${reason},${d.email},${d.isClosed},${d.closedDate},${owner},${dates.created},${dates.modified}\n`);
    if (progress && (k & 0xffff) === 0xffff) progress(k + 1);
  }
  progress?.(ctx.plan.cases);
}
