/**
 * Salesforce API name rules: a letter first, then letters, digits and single underscores, no
 * trailing underscore; `__` only between a namespace and the name, or before a suffix (`__c`, `__e`…).
 * An object name that breaks them cannot be a real object, so it is a problem, not a warning.
 */
const PART = '[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*';
const API_NAME = new RegExp(`^(?:${PART}__)?${PART}(?:__[A-Za-z]+)?$`);

export function isApiName(name: string): boolean {
  return API_NAME.test(name);
}

/** A column may also be a relationship path as Data Loader writes it (`Account.Name`, `Owner.Email`). */
export function isColumnName(name: string): boolean {
  return name.split('.').every(isApiName);
}

/** A suggestion for the hint: `My Object` → `My_Object__c`. */
export function suggestApiName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').replace(/^(\d)/, 'X$1');
  return base ? (base.endsWith('__c') ? base : `${base}__c`) : 'My_Object__c';
}
