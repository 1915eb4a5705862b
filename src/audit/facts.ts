/**
 * Facts about the data that checks compile against: which spellings of countries each object
 * holds (so country lookups become constant CASE expressions, not joins) and the org's most
 * common country (the default for phone numbers on records without an address).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../snapshot/duckdb.js';
import type { AuditContext } from './check-types.js';
import { countryAliases } from './data/countries.js';
import { quoteIdent } from './sql.js';

export interface AuditFacts {
  /** `Object.Field` → lower-cased trimmed spelling → ISO alpha-2 (null when not a known country). */
  countrySpellings: Record<string, Record<string, string | null>>;
  defaultCountry: string;
}

export const isCountryField = (name: string): boolean => /Country$/.test(name) && !/Code$/.test(name);

export async function gatherFacts(db: DuckDBConnection, ctx: Omit<AuditContext, 'facts'>): Promise<AuditFacts> {
  const aliases = new Map(countryAliases().map((r) => [r.alias, r.iso2]));
  const countrySpellings: AuditFacts['countrySpellings'] = {};
  const totals = new Map<string, number>();
  for (const [object, o] of Object.entries(ctx.objects)) {
    for (const field of o.fileColumns.filter(isCountryField)) {
      // Spellings are few: count the raw values first, then trim and fold case once per distinct value.
      const rows = await queryRows<{ v: string; n: bigint }>(db, `SELECT lower(TRIM(s)) AS v, sum(n)::BIGINT AS n FROM (SELECT ${quoteIdent(field)} AS s, count(*) AS n FROM ${o.rawTable} GROUP BY 1) WHERE NULLIF(TRIM(s), '') IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT 5000`);
      const map: Record<string, string | null> = {};
      for (const r of rows) {
        // "United States" typed with a no-break space, or full-width letters: NFKC folds them.
        const iso = aliases.get(r.v) ?? aliases.get(r.v.normalize('NFKC').replace(/\s+/gu, ' ').trim()) ?? null;
        map[r.v] = iso;
        if (iso) totals.set(iso, (totals.get(iso) ?? 0) + Number(r.n));
      }
      countrySpellings[`${object}.${field}`] = map;
    }
  }
  const defaultCountry = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'US';
  return { countrySpellings, defaultCountry };
}
