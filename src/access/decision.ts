/**
 * Every access or policy answer is a Decision: allowed or not, a stable code a caller can branch on,
 * and one plain sentence a person can read ("denied: field Account.AnnualRevenue is not readable by
 * profile Service Agent"). Decisions are data; nothing in src/access throws.
 */
export type DenialCode =
  | 'unknown_actor' | 'inactive_user' | 'unknown_object' | 'unknown_field' | 'unknown_record'
  | 'object_not_permitted' | 'field_not_readable' | 'field_not_editable' | 'system_field'
  | 'record_not_visible' | 'record_not_editable' | 'reference_not_visible';

export interface Decision {
  allowed: boolean;
  /** `granted` when allowed, otherwise why not. */
  code: 'granted' | DenialCode;
  reason: string;
}

export const allow = (reason: string): Decision => ({ allowed: true, code: 'granted', reason: `allowed: ${reason}` });
export const deny = (code: DenialCode, reason: string): Decision => ({ allowed: false, code, reason: `denied: ${reason}` });
