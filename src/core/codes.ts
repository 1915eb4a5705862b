/** Finding codes shared by audit checks and the generator's ground truth (DESIGN "Finding codes"). */
export const FINDING_CODES = [
  'missing_required', 'invalid_format', 'invalid_picklist', 'out_of_range', 'inconsistent',
  'orphan_reference', 'stale', 'duplicate', 'placeholder_value', 'inactive_owner', 'non_normalised',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** Field types a snapshot's schema.json may use (DESIGN "Snapshot"). */
export const FIELD_TYPES = [
  'id', 'string', 'textarea', 'email', 'phone', 'url', 'picklist', 'multipicklist', 'number',
  'currency', 'percent', 'date', 'datetime', 'boolean', 'reference',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const SHARING_MODELS = ['Private', 'Read', 'ReadWrite', 'ControlledByParent'] as const;
export type SharingModel = (typeof SHARING_MODELS)[number];

/** Fields no user (and so no AI) may ever edit. */
export const SYSTEM_FIELDS = ['Id', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp', 'IsDeleted'] as const;
