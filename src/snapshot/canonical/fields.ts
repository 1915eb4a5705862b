/** Small builders so the canonical object files read like Salesforce's field lists. */
import type { FieldDef } from '../../core/snapshot-files.js';

export const id = (): FieldDef => ({ type: 'id', label: 'Record ID' });
export const str = (label: string, maxLength = 255, extra: Partial<FieldDef> = {}): FieldDef => ({ type: 'string', label, maxLength, ...extra });
export const text = (label: string, maxLength = 32000): FieldDef => ({ type: 'textarea', label, maxLength });
export const email = (label = 'Email'): FieldDef => ({ type: 'email', label, maxLength: 80 });
export const phone = (label = 'Phone'): FieldDef => ({ type: 'phone', label, maxLength: 40 });
export const url = (label = 'Website'): FieldDef => ({ type: 'url', label, maxLength: 255 });
export const pick = (label: string, values: string[], extra: Partial<FieldDef> = {}): FieldDef => ({ type: 'picklist', label, values, ...extra });
export const ref = (label: string, ...referenceTo: string[]): FieldDef => ({ type: 'reference', label, referenceTo });
export const owner = (): FieldDef => ({ type: 'reference', label: 'Owner ID', referenceTo: ['User'], required: true });
export const date = (label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ type: 'date', label, ...extra });
export const datetime = (label: string): FieldDef => ({ type: 'datetime', label });
export const bool = (label: string): FieldDef => ({ type: 'boolean', label });
export const money = (label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ type: 'currency', label, min: 0, ...extra });
export const num = (label: string, extra: Partial<FieldDef> = {}): FieldDef => ({ type: 'number', label, ...extra });

/** Street/City/State/PostalCode/Country, flattened as Data Loader exports compound address fields. */
export function address(prefix: string, label: string): Record<string, FieldDef> {
  return {
    [`${prefix}Street`]: text(`${label} Street`, 255),
    [`${prefix}City`]: str(`${label} City`, 40),
    [`${prefix}State`]: str(`${label} State/Province`, 80),
    [`${prefix}PostalCode`]: str(`${label} Zip/Postal Code`, 20),
    [`${prefix}Country`]: str(`${label} Country`, 80),
  };
}

export const audit = (): Record<string, FieldDef> => ({
  CreatedDate: datetime('Created Date'),
  LastModifiedDate: datetime('Last Modified Date'),
});

export const LEAD_SOURCE = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Trade Show', 'Other'];
export const INDUSTRY = [
  'Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction',
  'Consulting', 'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental',
  'Finance', 'Food & Beverage', 'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Machinery',
  'Manufacturing', 'Media', 'Not For Profit', 'Recreation', 'Retail', 'Shipping', 'Technology',
  'Telecommunications', 'Transportation', 'Utilities', 'Other',
];
export const RATING = ['Hot', 'Warm', 'Cold'];
export const SALUTATION = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'];
