import type { ObjectDef } from '../../core/snapshot-files.js';
import { audit, bool, datetime, email, id, owner, pick, ref, str, text } from './fields.js';

export const CASE_STATUS = ['New', 'Working', 'Escalated', 'Closed'];

export const Case: ObjectDef = {
  label: 'Case',
  fields: {
    Id: id(),
    CaseNumber: str('Case Number', 30),
    AccountId: ref('Account ID', 'Account'),
    ContactId: ref('Contact ID', 'Contact'),
    Subject: str('Subject', 255),
    Description: text('Description'),
    Status: pick('Status', CASE_STATUS, { required: true, valueMeta: { Closed: { closed: true } } }),
    Priority: pick('Priority', ['High', 'Medium', 'Low']),
    Origin: pick('Case Origin', ['Phone', 'Email', 'Web'], { required: true }),
    Type: pick('Case Type', ['Problem', 'Feature Request', 'Question', 'Other']),
    Reason: pick('Case Reason', ['Installation', 'Equipment Complexity', 'Performance', 'Breakdown', 'Equipment Design', 'Feedback', 'Other']),
    SuppliedEmail: email('Web Email'),
    IsClosed: bool('Closed'),
    ClosedDate: datetime('Closed Date'),
    OwnerId: owner(),
    ...audit(),
  },
};
