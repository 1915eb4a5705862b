/**
 * How often each defect is seeded: per eligible record of the object, at most one field defect per
 * record (a single draw against these rates), plus the record-level defects below drawn on their
 * own. `what` is the exact change made; defect-rules.ts defines the codes. A record a kind cannot
 * apply to (e.g. ContactId orphan on a case with no contact) simply stays clean, so effective
 * rates can be lower than listed. Defects that change a record's status (StageName, Status,
 * IsClosed, IsWon, IsConverted) are drawn only on open, recently modified records, so that no
 * reading of the broken status makes the record stale.
 */
import type { FindingCode } from '../core/codes.js';

export interface DefectSpec {
  id: string;
  object: string;
  code: FindingCode;
  field: string;
  rate: number;
  what: string;
}

const spec = (object: string, id: string, code: FindingCode, field: string, rate: number, what: string): DefectSpec =>
  ({ id: `${object}.${id}`, object, code, field, rate, what });

export const FIELD_DEFECTS: DefectSpec[] = [
  spec('Account', 'name-blank', 'missing_required', 'Name', 0.004, 'Name left blank'),
  spec('Account', 'phone-malformed', 'invalid_format', 'Phone', 0.008, 'phone cut short, typed with letters, or with extra digits'),
  spec('Account', 'website-malformed', 'invalid_format', 'Website', 0.008, 'website like "http//acme.com", "www.acme", "acme dot com"'),
  spec('Account', 'industry-unknown', 'invalid_picklist', 'Industry', 0.008, 'Industry like "Technology & Software", "Tech"'),
  spec('Account', 'type-unknown', 'invalid_picklist', 'Type', 0.004, 'Type like "Customer", "Partner"'),
  spec('Account', 'employees-negative', 'out_of_range', 'NumberOfEmployees', 0.004, 'NumberOfEmployees negative'),
  spec('Account', 'revenue-negative', 'out_of_range', 'AnnualRevenue', 0.003, 'AnnualRevenue negative'),
  spec('Account', 'country-variant', 'non_normalised', 'BillingCountry', 0.03, 'BillingCountry as a variant ("USA", "UK", "Deutschland")'),
  spec('Account', 'state-short', 'non_normalised', 'BillingState', 0.02, 'BillingState as its short form ("CA", "NSW")'),
  spec('Account', 'phone-placeholder', 'placeholder_value', 'Phone', 0.005, 'Phone "N/A" / "[not provided]" / "TBD"'),
  spec('Account', 'website-placeholder', 'placeholder_value', 'Website', 0.003, 'Website "N/A" / "xxx" / "none"'),
  spec('Account', 'street-placeholder', 'placeholder_value', 'BillingStreet', 0.004, 'BillingStreet "[not provided]" / "TBD" / "-"'),
  spec('Account', 'parent-deleted', 'orphan_reference', 'ParentId', 0.004, 'ParentId of a deleted account (top-level accounts only)'),

  spec('Contact', 'lastname-blank', 'missing_required', 'LastName', 0.006, 'LastName left blank'),
  spec('Contact', 'email-malformed', 'invalid_format', 'Email', 0.012, 'email like "john.smith@@acme.com", "john at acme.com"'),
  spec('Contact', 'phone-malformed', 'invalid_format', 'Phone', 0.008, 'phone cut short, typed with letters, or with extra digits'),
  spec('Contact', 'email-placeholder', 'placeholder_value', 'Email', 0.008, 'email "test@test.com" or at a reserved/placeholder domain'),
  spec('Contact', 'lastname-placeholder', 'placeholder_value', 'LastName', 0.003, 'LastName "[not provided]" / "xxx" / "asdf"'),
  spec('Contact', 'phone-placeholder', 'placeholder_value', 'Phone', 0.004, 'Phone "N/A" / "[not provided]" / "TBD"'),
  spec('Contact', 'country-variant', 'non_normalised', 'MailingCountry', 0.025, 'MailingCountry as a variant'),
  spec('Contact', 'state-short', 'non_normalised', 'MailingState', 0.015, 'MailingState as its short form'),
  spec('Contact', 'email-case', 'non_normalised', 'Email', 0.012, 'email with upper-case letters ("John.Smith@Acme.com")'),
  spec('Contact', 'leadsource-unknown', 'invalid_picklist', 'LeadSource', 0.006, 'LeadSource like "Google Ads", "Webinar"'),
  spec('Contact', 'salutation-unknown', 'invalid_picklist', 'Salutation', 0.003, 'Salutation like "Mister", "Mx"'),
  spec('Contact', 'birthdate-impossible', 'out_of_range', 'Birthdate', 0.003, 'Birthdate after asOf or before 1900'),
  spec('Contact', 'account-deleted', 'orphan_reference', 'AccountId', 0.004, 'AccountId of a deleted account'),
  spec('Contact', 'reportsto-deleted', 'orphan_reference', 'ReportsToId', 0.002, 'ReportsToId of a deleted contact'),

  spec('Lead', 'lastname-blank', 'missing_required', 'LastName', 0.004, 'LastName left blank'),
  spec('Lead', 'company-blank', 'missing_required', 'Company', 0.006, 'Company left blank'),
  spec('Lead', 'email-malformed', 'invalid_format', 'Email', 0.012, 'malformed email'),
  spec('Lead', 'phone-malformed', 'invalid_format', 'Phone', 0.008, 'malformed phone'),
  spec('Lead', 'website-malformed', 'invalid_format', 'Website', 0.005, 'malformed website'),
  spec('Lead', 'company-placeholder', 'placeholder_value', 'Company', 0.01, 'Company "[not provided]" / "N/A" / "unknown"'),
  spec('Lead', 'email-placeholder', 'placeholder_value', 'Email', 0.01, 'placeholder email'),
  spec('Lead', 'lastname-placeholder', 'placeholder_value', 'LastName', 0.003, 'LastName placeholder'),
  spec('Lead', 'country-variant', 'non_normalised', 'Country', 0.025, 'Country as a variant'),
  spec('Lead', 'state-short', 'non_normalised', 'State', 0.015, 'State as its short form'),
  spec('Lead', 'email-case', 'non_normalised', 'Email', 0.01, 'email with upper-case letters'),
  spec('Lead', 'status-unknown', 'invalid_picklist', 'Status', 0.008, 'Status like "Contacted", "Qualified"'),
  spec('Lead', 'industry-unknown', 'invalid_picklist', 'Industry', 0.008, 'Industry not in the picklist'),
  spec('Lead', 'leadsource-unknown', 'invalid_picklist', 'LeadSource', 0.005, 'LeadSource not in the picklist'),
  spec('Lead', 'employees-negative', 'out_of_range', 'NumberOfEmployees', 0.004, 'NumberOfEmployees negative'),
  spec('Lead', 'revenue-negative', 'out_of_range', 'AnnualRevenue', 0.003, 'AnnualRevenue negative'),
  spec('Lead', 'converted-mismatch', 'inconsistent', 'IsConverted', 0.008, 'IsConverted true on an open lead'),
  spec('Lead', 'converted-account-deleted', 'orphan_reference', 'ConvertedAccountId', 0.02, 'ConvertedAccountId of a deleted account (converted leads only)'),

  spec('Opportunity', 'stage-blank', 'missing_required', 'StageName', 0.003, 'StageName left blank'),
  spec('Opportunity', 'closedate-blank', 'missing_required', 'CloseDate', 0.003, 'CloseDate left blank'),
  spec('Opportunity', 'name-blank', 'missing_required', 'Name', 0.003, 'Name left blank'),
  spec('Opportunity', 'stage-unknown', 'invalid_picklist', 'StageName', 0.008, 'StageName like "Closed-Won", "Prospect ing", "Negotiation"'),
  spec('Opportunity', 'type-unknown', 'invalid_picklist', 'Type', 0.004, 'Type like "Renewal", "Upsell"'),
  spec('Opportunity', 'leadsource-unknown', 'invalid_picklist', 'LeadSource', 0.003, 'LeadSource not in the picklist'),
  spec('Opportunity', 'probability-mismatch', 'inconsistent', 'Probability', 0.015, 'Probability differs from the stage default'),
  spec('Opportunity', 'closed-flag-mismatch', 'inconsistent', 'IsClosed', 0.005, 'IsClosed contradicts the stage'),
  spec('Opportunity', 'won-flag-mismatch', 'inconsistent', 'IsWon', 0.003, 'IsWon contradicts the stage'),
  spec('Opportunity', 'forecast-mismatch', 'inconsistent', 'ForecastCategoryName', 0.005, 'ForecastCategoryName contradicts the stage'),
  spec('Opportunity', 'open-past-close', 'inconsistent', 'CloseDate', 0.015, 'open opportunity whose CloseDate is before asOf (open only)'),
  spec('Opportunity', 'won-no-amount', 'inconsistent', 'Amount', 0.02, 'Closed Won with a blank Amount (won only)'),
  spec('Opportunity', 'amount-negative', 'out_of_range', 'Amount', 0.004, 'Amount negative'),
  spec('Opportunity', 'amount-outlier', 'out_of_range', 'Amount', 0.004, 'Amount typed ×1000 (≥ 50,000,000)'),
  spec('Opportunity', 'closedate-far', 'out_of_range', 'CloseDate', 0.004, 'CloseDate 10+ years after asOf (open only)'),
  spec('Opportunity', 'account-deleted', 'orphan_reference', 'AccountId', 0.004, 'AccountId of a deleted account'),
  spec('Opportunity', 'name-placeholder', 'placeholder_value', 'Name', 0.004, 'Name "test" / "asdf" / "xxx" / "TBD"'),

  spec('Case', 'status-blank', 'missing_required', 'Status', 0.004, 'Status left blank'),
  spec('Case', 'origin-blank', 'missing_required', 'Origin', 0.004, 'Origin left blank'),
  spec('Case', 'status-unknown', 'invalid_picklist', 'Status', 0.004, 'Status like "Resolved", "Pending"'),
  spec('Case', 'priority-unknown', 'invalid_picklist', 'Priority', 0.008, 'Priority like "Urgent", "P1"'),
  spec('Case', 'origin-unknown', 'invalid_picklist', 'Origin', 0.004, 'Origin like "Chat", "Twitter"'),
  spec('Case', 'closed-no-date', 'inconsistent', 'ClosedDate', 0.02, 'Status "Closed" with a blank ClosedDate (closed only)'),
  spec('Case', 'closed-flag-mismatch', 'inconsistent', 'IsClosed', 0.008, 'IsClosed contradicts Status'),
  spec('Case', 'account-deleted', 'orphan_reference', 'AccountId', 0.004, 'AccountId of a deleted account'),
  spec('Case', 'contact-deleted', 'orphan_reference', 'ContactId', 0.004, 'ContactId of a deleted contact'),
  spec('Case', 'email-malformed', 'invalid_format', 'SuppliedEmail', 0.02, 'malformed SuppliedEmail (web/email cases only)'),
  spec('Case', 'email-placeholder', 'placeholder_value', 'SuppliedEmail', 0.01, 'placeholder SuppliedEmail (web/email cases only)'),
  spec('Case', 'email-case', 'non_normalised', 'SuppliedEmail', 0.01, 'SuppliedEmail with upper-case letters (web/email cases only)'),
  spec('Case', 'subject-placeholder', 'placeholder_value', 'Subject', 0.003, 'Subject "test" / "asdf" / "xxx"'),

  spec('Task', 'subject-blank', 'missing_required', 'Subject', 0.003, 'Subject left blank'),
  spec('Task', 'status-unknown', 'invalid_picklist', 'Status', 0.004, 'Status like "Done", "Open"'),
  spec('Task', 'priority-unknown', 'invalid_picklist', 'Priority', 0.004, 'Priority like "Urgent", "Medium"'),
  spec('Task', 'type-unknown', 'invalid_picklist', 'Type', 0.003, 'Type like "Call - Outbound", "LinkedIn"'),
  spec('Task', 'closed-flag-mismatch', 'inconsistent', 'IsClosed', 0.008, 'IsClosed contradicts Status'),
  spec('Task', 'who-deleted', 'orphan_reference', 'WhoId', 0.003, 'WhoId of a deleted contact or lead'),
  spec('Task', 'what-deleted', 'orphan_reference', 'WhatId', 0.004, 'WhatId of a deleted account, opportunity or case'),
  spec('Task', 'date-far', 'out_of_range', 'ActivityDate', 0.002, 'ActivityDate 10+ years from asOf'),
  spec('Task', 'subject-placeholder', 'placeholder_value', 'Subject', 0.002, 'Subject "test" / "asdf" / "xxx"'),
];

/** Record-level defects, drawn independently of the field defect (a record may carry both). */
export const STALE_RATE: Record<string, number> = { Account: 0.04, Contact: 0.04, Lead: 0.06, Opportunity: 0.06, Case: 0.06 };
export const INACTIVE_OWNER_RATE: Record<string, number> = { Account: 0.01, Contact: 0.01, Lead: 0.01, Opportunity: 0.01, Case: 0.01, Task: 0.005 };

/**
 * Duplicates are extra rows: per original row, the chance one duplicate follows it.
 * Lead.ofContact: the share of leads that re-enter a person who is already a Contact.
 */
export const DUPLICATE_RATE = { Account: 0.02, Contact: 0.03, Lead: 0.02, LeadOfContact: 0.015 };

export function fieldDefects(object: string): DefectSpec[] {
  return FIELD_DEFECTS.filter((d) => d.object === object);
}
