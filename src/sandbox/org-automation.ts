/**
 * What the CRM itself does when a record is written, so the sandbox's end state looks like the
 * org's would: a new record is owned by its creator; a required picklist left empty takes its
 * default; a new StageName brings its probability, closed/won flags and forecast category (from
 * schema.json's valueMeta) unless the writer set them.
 */
import type { ObjectDef } from '../core/snapshot-files.js';
import type { RecordRow } from './record-store.js';

export function creationDefaults(def: ObjectDef, values: RecordRow, actorId: string): RecordRow {
  const out: RecordRow = {};
  if (def.fields.OwnerId && (values.OwnerId === undefined || values.OwnerId === null)) out.OwnerId = actorId;
  for (const [field, f] of Object.entries(def.fields)) {
    if (f.type !== 'picklist' || !f.required || (values[field] !== undefined && values[field] !== null && values[field] !== '')) continue;
    const explicit = (f as { default?: unknown }).default;
    const flagged = Object.entries(f.valueMeta ?? {}).find(([, m]) => m.default === true)?.[0];
    const value = typeof explicit === 'string' ? explicit : flagged ?? f.values?.[0];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** Fields the org derives from StageName: a stage change may change them without the writer asking. */
export const STAGE_EFFECTS: [string, string][] = [['Probability', 'probability'], ['IsClosed', 'closed'], ['IsWon', 'won'], ['ForecastCategoryName', 'forecastCategory']];

export function stageEffects(def: ObjectDef, values: RecordRow): RecordRow {
  const stage = values.StageName;
  const meta = typeof stage === 'string' ? def.fields.StageName?.valueMeta?.[stage] : undefined;
  if (!meta) return {};
  const out: RecordRow = {};
  for (const [field, key] of STAGE_EFFECTS) {
    if (def.fields[field] && !(field in values) && meta[key] !== undefined) out[field] = meta[key];
  }
  return out;
}
