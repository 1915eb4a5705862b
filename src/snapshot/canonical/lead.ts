import type { ObjectDef } from '../../core/snapshot-files.js';
import { address, audit, bool, date, email, id, INDUSTRY, LEAD_SOURCE, money, num, owner, phone, pick, RATING, ref, SALUTATION, str, text, url } from './fields.js';

export const LEAD_STATUS = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'];

export const Lead: ObjectDef = {
  label: 'Lead',
  fields: {
    Id: id(),
    Salutation: pick('Salutation', SALUTATION),
    FirstName: str('First Name', 40),
    LastName: str('Last Name', 80, { required: true }),
    Title: str('Title', 128),
    Company: str('Company', 255, { required: true }),
    Email: email(),
    Phone: phone(),
    MobilePhone: phone('Mobile Phone'),
    Website: url(),
    ...address('', ''),
    Status: pick('Lead Status', LEAD_STATUS, {
      required: true,
      valueMeta: { 'Closed - Converted': { closed: true, converted: true }, 'Closed - Not Converted': { closed: true } },
    }),
    LeadSource: pick('Lead Source', LEAD_SOURCE),
    Industry: pick('Industry', INDUSTRY),
    Rating: pick('Rating', RATING),
    AnnualRevenue: money('Annual Revenue'),
    NumberOfEmployees: num('Employees', { min: 0 }),
    IsConverted: bool('Converted'),
    ConvertedAccountId: ref('Converted Account ID', 'Account'),
    ConvertedContactId: ref('Converted Contact ID', 'Contact'),
    ConvertedOpportunityId: ref('Converted Opportunity ID', 'Opportunity'),
    ConvertedDate: date('Converted Date'),
    Description: text('Description'),
    OwnerId: owner(),
    LastActivityDate: date('Last Activity'),
    ...audit(),
  },
};
// Lead addresses have no prefix in Salesforce ("Street", "City", …); labels come out as " Street".
for (const k of ['Street', 'City', 'State', 'PostalCode', 'Country']) Lead.fields[k].label = Lead.fields[k].label!.trim();
