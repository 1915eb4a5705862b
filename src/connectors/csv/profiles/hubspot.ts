/**
 * HubSpot CRM exports (contacts, companies, deals): one CSV per object, named as HubSpot names its
 * exports (`hubspot-crm-exports-all-contacts-2024-03-05.csv`, `companies.csv`, …), with property
 * labels as headers ("Record ID", "First Name", "Deal Stage") or internal names (`firstname`).
 * Columns map onto the canonical Contact, Account and Opportunity; HubSpot's own vocabularies (deal
 * stages, industries, company types) keep HubSpot's values instead of failing Salesforce picklists;
 * dates become ISO 8601; any other property becomes a custom field with its type inferred.
 */
import type { FieldDef } from '../../../core/snapshot-files.js';
import type { Profile } from '../profile.js';
import { exportColumns, type Column } from './export-values.js';


const COMMON: Record<string, Column> = {
  'record id': ['Id'], hs_object_id: ['Id'], 'create date': ['CreatedDate', 'datetime'], createdate: ['CreatedDate', 'datetime'],
  'last modified date': ['LastModifiedDate', 'datetime'], lastmodifieddate: ['LastModifiedDate', 'datetime'], hs_lastmodifieddate: ['LastModifiedDate', 'datetime'],
  'last activity date': ['LastActivityDate', 'date'], notes_last_updated: ['LastActivityDate', 'date'],
  'hubspot owner id': ['OwnerId'], hubspot_owner_id: ['OwnerId'], description: ['Description'],
};

const COLUMNS: Record<string, Record<string, Column>> = {
  Contact: {
    'contact id': ['Id'], 'first name': ['FirstName'], firstname: ['FirstName'], 'last name': ['LastName'], lastname: ['LastName'],
    email: ['Email'], 'phone number': ['Phone'], phone: ['Phone'], 'mobile phone number': ['MobilePhone'], mobilephone: ['MobilePhone'],
    'job title': ['Title'], jobtitle: ['Title'], department: ['Department'], 'street address': ['MailingStreet'], address: ['MailingStreet'],
    city: ['MailingCity'], 'state/region': ['MailingState'], state: ['MailingState'], 'postal code': ['MailingPostalCode'], zip: ['MailingPostalCode'],
    'country/region': ['MailingCountry'], country: ['MailingCountry'], 'original source': ['LeadSource'], hs_analytics_source: ['LeadSource'],
    'associated company id': ['AccountId', 'firstId'], 'associated company ids (primary)': ['AccountId', 'firstId'], associatedcompanyid: ['AccountId', 'firstId'],
    'unsubscribed from all email': ['HasOptedOutOfEmail', 'boolean'], 'date of birth': ['Birthdate', 'date'],
  },
  Account: {
    'company id': ['Id'], name: ['Name'], 'company name': ['Name'], 'phone number': ['Phone'], phone: ['Phone'], 'website url': ['Website'], website: ['Website'],
    industry: ['Industry'], type: ['Type'], 'annual revenue': ['AnnualRevenue', 'number'], annualrevenue: ['AnnualRevenue', 'number'],
    'number of employees': ['NumberOfEmployees', 'number'], numberofemployees: ['NumberOfEmployees', 'number'],
    'street address': ['BillingStreet'], address: ['BillingStreet'], city: ['BillingCity'], 'state/region': ['BillingState'], state: ['BillingState'],
    'postal code': ['BillingPostalCode'], zip: ['BillingPostalCode'], 'country/region': ['BillingCountry'], country: ['BillingCountry'],
    'parent company': ['ParentId', 'firstId'], hs_parent_company_id: ['ParentId', 'firstId'],
  },
  Opportunity: {
    'deal id': ['Id'], 'deal name': ['Name'], dealname: ['Name'], amount: ['Amount', 'number'], 'close date': ['CloseDate', 'date'], closedate: ['CloseDate', 'date'],
    'deal stage': ['StageName'], dealstage: ['StageName'], 'deal type': ['Type'], dealtype: ['Type'], 'deal probability': ['Probability', 'number'],
    'forecast category': ['ForecastCategoryName'], hs_manual_forecast_category: ['ForecastCategoryName'], 'next step': ['NextStep'], hs_next_step: ['NextStep'],
    'associated company ids': ['AccountId', 'firstId'], 'associated company id': ['AccountId', 'firstId'], 'associated company ids (primary)': ['AccountId', 'firstId'],
  },
};

/** HubSpot's default sales pipeline: stage labels (exports use them) with their win probabilities. */
const DEAL_STAGES: [string, number, boolean, boolean][] = [
  ['Appointment Scheduled', 20, false, false], ['Qualified To Buy', 40, false, false], ['Presentation Scheduled', 60, false, false],
  ['Decision Maker Bought-In', 80, false, false], ['Contract Sent', 90, false, false], ['Closed Won', 100, true, true], ['Closed Lost', 0, true, false],
];
const STAGE_BY_ID: Record<string, string> = Object.fromEntries(DEAL_STAGES.map(([label]) => [label.toLowerCase().replace(/[^a-z]/g, ''), label]));

/** Fields whose HubSpot vocabulary is not Salesforce's: keep HubSpot's values, typed by what they are. */
const OWN_DEFS: Record<string, FieldDef> = {
  'Opportunity.StageName': {
    type: 'picklist', label: 'Deal Stage', required: true, values: DEAL_STAGES.map(([l]) => l),
    valueMeta: Object.fromEntries(DEAL_STAGES.map(([l, probability, closed, won]) => [l, { probability, closed, won }])),
  },
  'Opportunity.Type': { type: 'string', label: 'Deal Type' },
  'Opportunity.Probability': { type: 'number', label: 'Deal probability', min: 0, max: 1 },
  'Opportunity.ForecastCategoryName': { type: 'string', label: 'Forecast category' },
  'Account.Industry': { type: 'string', label: 'Industry' },
  'Account.Type': { type: 'string', label: 'Type' },
  'Contact.LeadSource': { type: 'string', label: 'Original Source' },
  // HubSpot record Ids are numbers, owners are HubSpot users: references, but not Salesforce Ids.
  'Contact.OwnerId': { type: 'reference', label: 'HubSpot Owner ID', referenceTo: ['User'] },
  'Account.OwnerId': { type: 'reference', label: 'HubSpot Owner ID', referenceTo: ['User'] },
  'Opportunity.OwnerId': { type: 'reference', label: 'HubSpot Owner ID', referenceTo: ['User'] },
};

const EXPORT = exportColumns(COLUMNS, COMMON, OWN_DEFS);

export const hubspot: Profile = {
  id: 'hubspot',
  description: 'HubSpot CRM export: contacts, companies and deals CSV files (property labels or internal names as headers)',
  reader: 'csv',
  objectForFile(fileName) {
    if (!/\.csv$/i.test(fileName)) return undefined;
    if (/contacts?\b|contacts?[-_.]/i.test(fileName)) return 'Contact';
    if (/compan(y|ies)/i.test(fileName)) return 'Account';
    if (/deals?\b|deals?[-_.]/i.test(fileName)) return 'Opportunity';
    return undefined;
  },
  fieldName: EXPORT.fieldName,
  value(object, field, value) {
    if (!value) return value;
    if (object === 'Opportunity' && field === 'StageName') return STAGE_BY_ID[value.toLowerCase().replace(/[^a-z]/g, '')] ?? value;
    return EXPORT.convert(object, field, value);
  },
  fieldDef: EXPORT.fieldDef,
};
