/**
 * Numbering plans from libphonenumber-js metadata: calling code, national (trunk) prefix and the
 * national-number pattern, so phone validity and E.164 normalisation can run as constant-pattern
 * SQL (RE2 understands libphonenumber's patterns) instead of a JS parse per value.
 */
import { getCountries, getCountryCallingCode, Metadata } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

export interface PhonePlan { iso2: string; callingCode: string; trunk: string; pattern: string; lengths: number[] }

let cache: Map<string, PhonePlan> | undefined;

export function phonePlans(): Map<string, PhonePlan> {
  if (cache) return cache;
  const m = new Metadata(metadata);
  cache = new Map();
  for (const iso2 of getCountries(metadata)) {
    m.selectNumberingPlan(iso2);
    // The typings omit these accessors of NumberingPlan, which the runtime has.
    const plan = m.numberingPlan as unknown as { nationalPrefix(): string | undefined; nationalNumberPattern(): string; possibleLengths(): number[] };
    cache.set(iso2, { iso2, callingCode: getCountryCallingCode(iso2, metadata), trunk: plan.nationalPrefix() ?? '', pattern: plan.nationalNumberPattern(), lengths: plan.possibleLengths() });
  }
  return cache;
}
