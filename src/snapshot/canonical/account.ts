import type { ObjectDef } from '../../core/snapshot-files.js';
import { address, audit, date, id, INDUSTRY, LEAD_SOURCE, money, num, owner, phone, pick, RATING, ref, str, text, url } from './fields.js';

export const Account: ObjectDef = {
  label: 'Account',
  fields: {
    Id: id(),
    Name: str('Account Name', 255, { required: true }),
    AccountNumber: str('Account Number', 40),
    Type: pick('Account Type', ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller', 'Installation Partner', 'Technology Partner', 'Other']),
    ParentId: ref('Parent Account ID', 'Account'),
    Industry: pick('Industry', INDUSTRY),
    AnnualRevenue: money('Annual Revenue'),
    NumberOfEmployees: num('Employees', { min: 0 }),
    Rating: pick('Account Rating', RATING),
    AccountSource: pick('Account Source', LEAD_SOURCE),
    Phone: phone('Account Phone'),
    Fax: phone('Account Fax'),
    Website: url(),
    ...address('Billing', 'Billing'),
    ...address('Shipping', 'Shipping'),
    Description: text('Account Description'),
    OwnerId: owner(),
    LastActivityDate: date('Last Activity'),
    ...audit(),
  },
};
