/** The small lookup tables the match SQL joins against: calling codes and nickname groups. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteString } from '../../snapshot/duckdb-types.js';
import { callingCodes } from './calling-codes.js';
import { NICKNAME_GROUPS, nicknameIndex } from './nicknames.js';

export interface HelperTables {
  /** calling codes: (key, cc, trunk). */
  codes: string;
  /** nickname index: (name, g1, g2, g3, formal). */
  nicknames: string;
}

export function helperTablesSql(prefix: string): { tables: HelperTables; sql: string[] } {
  const tables = { codes: `${prefix}codes`, nicknames: `${prefix}nicknames` };
  const codes = callingCodes().map((c) => `(${quoteString(c.key)}, ${quoteString(c.cc)}, ${quoteString(c.trunk)})`);
  const index = nicknameIndex();
  // Up to three groups per name ("chris": Christopher, Christine, Christian) as plain columns:
  // lists would have to be carried through every candidate pair, which costs more than the match.
  const g = (groups: number[], i: number) => (groups[i] === undefined ? 'NULL' : String(groups[i] + 1));
  const nicks = [...index].map(([name, groups]) => `(${quoteString(name)}, ${g(groups, 0)}, ${g(groups, 1)}, ${g(groups, 2)}, ${quoteString(NICKNAME_GROUPS[groups[0]][0])})`);
  return {
    tables,
    sql: [
      `CREATE OR REPLACE TEMP TABLE ${tables.codes} (key VARCHAR, cc VARCHAR, trunk VARCHAR)`,
      `INSERT INTO ${tables.codes} VALUES ${codes.join(', ')}`,
      `CREATE OR REPLACE TEMP TABLE ${tables.nicknames} (name VARCHAR, g1 SMALLINT, g2 SMALLINT, g3 SMALLINT, formal VARCHAR)`,
      `INSERT INTO ${tables.nicknames} VALUES ${nicks.join(', ')}`,
    ],
  };
}

export async function createHelperTables(db: DuckDBConnection, prefix: string): Promise<HelperTables> {
  const { tables, sql } = helperTablesSql(prefix);
  for (const s of sql) await db.run(s);
  return tables;
}
