/**
 * Dynamics 365 Sales exports (contacts, accounts, opportunities): "Export to Excel" views saved as CSV
 * (`Active Contacts 3-5-2024 2-22-14 PM.csv`, display names as headers, the record GUID in
 * "(Do Not Modify) Contact") or Dataverse table exports (`contact.csv`, logical names such as
 * `emailaddress1`). Lookups are GUIDs under logical names but display names in Excel views, so only
 * the former become references; US dates, money and Yes/No become Salesforce's conventions.
 */
import type { FieldDef } from '../../../core/snapshot-files.js';
import type { Profile } from '../profile.js';
import { exportColumns, yesNo, type Column } from './export-values.js';


const ADDRESS = (prefix: string): Record<string, Column> => ({
  'address 1: street 1': [`${prefix}Street`], address1_line1: [`${prefix}Street`], 'address 1: city': [`${prefix}City`], address1_city: [`${prefix}City`],
  'address 1: state/province': [`${prefix}State`], address1_stateorprovince: [`${prefix}State`],
  'address 1: zip/postal code': [`${prefix}PostalCode`], address1_postalcode: [`${prefix}PostalCode`],
  'address 1: country/region': [`${prefix}Country`], address1_country: [`${prefix}Country`],
});

const COMMON: Record<string, Column> = {
  'created on': ['CreatedDate', 'datetime'], createdon: ['CreatedDate', 'datetime'], 'modified on': ['LastModifiedDate', 'datetime'], modifiedon: ['LastModifiedDate', 'datetime'],
  ownerid: ['OwnerId'], description: ['Description'],
};

const COLUMNS: Record<string, Record<string, Column>> = {
  Contact: {
    '(do not modify) contact': ['Id'], contactid: ['Id'], 'first name': ['FirstName'], firstname: ['FirstName'], 'last name': ['LastName'], lastname: ['LastName'],
    email: ['Email'], emailaddress1: ['Email'], 'business phone': ['Phone'], telephone1: ['Phone'], 'mobile phone': ['MobilePhone'], mobilephone: ['MobilePhone'],
    'home phone': ['HomePhone'], telephone2: ['HomePhone'], 'job title': ['Title'], jobtitle: ['Title'], department: ['Department'],
    parentcustomerid: ['AccountId'], birthday: ['Birthdate', 'date'], birthdate: ['Birthdate', 'date'],
    email_optout: ['HasOptedOutOfEmail'], donotemail: ['HasOptedOutOfEmail'], 'do not allow emails': ['HasOptedOutOfEmail'],
    'lead source': ['LeadSource'], leadsourcecode: ['LeadSource'], ...ADDRESS('Mailing'),
  },
  Account: {
    '(do not modify) account': ['Id'], accountid: ['Id'], 'account name': ['Name'], name: ['Name'], 'account number': ['AccountNumber'], accountnumber: ['AccountNumber'],
    'main phone': ['Phone'], telephone1: ['Phone'], fax: ['Fax'], website: ['Website'], websiteurl: ['Website'], industry: ['Industry'], industrycode: ['Industry'],
    'annual revenue': ['AnnualRevenue', 'number'], revenue: ['AnnualRevenue', 'number'], 'number of employees': ['NumberOfEmployees', 'number'], numberofemployees: ['NumberOfEmployees', 'number'],
    parentaccountid: ['ParentId'], ...ADDRESS('Billing'),
  },
  Opportunity: {
    '(do not modify) opportunity': ['Id'], opportunityid: ['Id'], topic: ['Name'], name: ['Name'], customerid: ['AccountId'], parentaccountid: ['AccountId'],
    'est. close date': ['CloseDate', 'date'], estimatedclosedate: ['CloseDate', 'date'], 'est. revenue': ['Amount', 'number'], estimatedvalue: ['Amount', 'number'],
    probability: ['Probability', 'number'], closeprobability: ['Probability', 'number'], 'sales stage': ['StageName'], salesstage: ['StageName'], salesstagecode: ['StageName'],
  },
};

/** Dynamics' own vocabularies; closed/won live in the opportunity's Status (statecode), not its stage. */
const OWN_DEFS: Record<string, FieldDef> = {
  'Opportunity.StageName': { type: 'picklist', label: 'Sales Stage', required: true, values: ['Qualify', 'Develop', 'Propose', 'Close'] },
  'Account.Industry': { type: 'string', label: 'Industry' },
  'Contact.LeadSource': { type: 'string', label: 'Lead Source' },
  // Dynamics record and owner Ids are GUIDs.
  'Contact.OwnerId': { type: 'reference', label: 'Owner', referenceTo: ['User'] },
  'Account.OwnerId': { type: 'reference', label: 'Owner', referenceTo: ['User'] },
  'Opportunity.OwnerId': { type: 'reference', label: 'Owner', referenceTo: ['User'] },
};

/** Dataverse option-set codes of the default sales stages. */
const STAGE_CODES: Record<string, string> = { '0': 'Qualify', '1': 'Develop', '2': 'Propose', '3': 'Close' };

const EXPORT = exportColumns(COLUMNS, COMMON, OWN_DEFS);

export const dynamics: Profile = {
  id: 'dynamics',
  description: 'Dynamics 365 Sales export: contacts, accounts and opportunities CSV files (Excel view exports or Dataverse tables)',
  reader: 'csv',
  objectForFile(fileName) {
    if (!/\.csv$/i.test(fileName)) return undefined;
    if (/opportunit/i.test(fileName)) return 'Opportunity';
    if (/contact/i.test(fileName)) return 'Contact';
    if (/account/i.test(fileName)) return 'Account';
    return undefined;
  },
  fieldName: EXPORT.fieldName,
  value(object, field, value) {
    if (!value) return value;
    // GUIDs come braced and upper-case from some exports; Dataverse writes them bare and lower-case.
    if (field === 'Id' || field === 'AccountId' || field === 'OwnerId' || field === 'ParentId') return value.replace(/^\{(.*)\}$/, '$1').toLowerCase();
    if (field === 'HasOptedOutOfEmail') return /^do not allow$/i.test(value) ? 'true' : /^allow$/i.test(value) ? 'false' : yesNo(value);
    if (object === 'Opportunity' && field === 'StageName') return STAGE_CODES[value] ?? value.replace(/^\d+-/, '');
    return EXPORT.convert(object, field, value);
  },
  fieldDef: EXPORT.fieldDef,
};
