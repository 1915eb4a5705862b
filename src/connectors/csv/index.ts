/**
 * `crmready import` as a library: turn an export (Data Loader CSV folder, sf data tree JSON) into a
 * snapshot folder. The CLI calls `importCsv` and prints or throws its problems.
 */
import { PROFILES } from './profiles/registry.js';

export type { ImportedObject, ImportOptions, ImportSummary } from './import-types.js';
export type { Profile } from './profile.js';
export { importCsv } from './import-csv.js';

export function listProfiles(): { id: string; description: string }[] {
  return Object.values(PROFILES).map(({ id, description }) => ({ id, description }));
}
