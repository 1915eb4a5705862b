import type { ObjectDef } from '../../core/snapshot-files.js';
import { address, audit, bool, date, email, id, LEAD_SOURCE, owner, phone, pick, ref, SALUTATION, str, text } from './fields.js';

export const Contact: ObjectDef = {
  label: 'Contact',
  fields: {
    Id: id(),
    AccountId: ref('Account ID', 'Account'),
    Salutation: pick('Salutation', SALUTATION),
    FirstName: str('First Name', 40),
    LastName: str('Last Name', 80, { required: true }),
    Title: str('Title', 128),
    Department: str('Department', 80),
    Email: email(),
    Phone: phone('Business Phone'),
    MobilePhone: phone('Mobile Phone'),
    HomePhone: phone('Home Phone'),
    Birthdate: date('Birthdate'),
    ...address('Mailing', 'Mailing'),
    LeadSource: pick('Lead Source', LEAD_SOURCE),
    ReportsToId: ref('Reports To ID', 'Contact'),
    HasOptedOutOfEmail: bool('Email Opt Out'),
    Description: text('Contact Description'),
    OwnerId: owner(),
    LastActivityDate: date('Last Activity'),
    ...audit(),
  },
};
