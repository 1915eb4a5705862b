import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDb } from '../../snapshot/duckdb.js';
import { normaliseCompany } from './legal-suffixes.js';
import * as n from './normalise-sql.js';

let db: DuckDBConnection;
let close: () => void;
beforeAll(async () => {
  const opened = await openDuckDb();
  db = opened.db;
  close = () => opened.instance.closeSync();
});
afterAll(() => close());

/** Applies `expr(x)` to each input value in DuckDB. */
async function apply(expr: (x: string) => string, inputs: (string | null)[]): Promise<(string | null)[]> {
  const values = inputs.map((v, i) => `(${i}, ${v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`})`).join(', ');
  const reader = await db.runAndReadAll(`SELECT ${expr('x')} AS y FROM (VALUES ${values}) v(i, x) ORDER BY i`);
  return reader.getRowObjectsJson().map((r) => (r.y === null ? null : String(r.y)));
}

describe('normalise-sql', () => {
  it('person names: lower case, accents and punctuation gone, placeholders blank', async () => {
    expect(await apply(n.personName, ["O'Brien-Smith", ' Müller ', 'José María', '[not provided]', 'N/A', '', null, '王']))
      .toEqual(['obriensmith', 'muller', 'josemaria', null, null, null, null, '王']);
  });

  it('emails: case, +tags and Gmail dots; invalid ones are NULL', async () => {
    expect(await apply((x) => n.email(`lower(${n.text(x)})`), ['  Bob.Smith@Acme.COM ', 'bob+crm@acme.com', 'B.O.B@gmail.com', 'bob@googlemail.com', 'not an email', 'bob@localhost']))
      .toEqual(['bob.smith@acme.com', 'bob@acme.com', 'bob@gmail.com', 'bob@gmail.com', null, null]);
    expect(await apply(n.emailLocal, ['j.smith@acme.com', 'j_smith@x.org'])).toEqual(['jsmith', 'jsmith']);
  });

  it('character masks and 32-bit hashes', async () => {
    const bits = (await apply(n.letterMask, ['abc', 'cab', 'a1 b', 'ø', null])).map((x) => (x === null ? null : Number(x)));
    expect(bits).toEqual([0b111, 0b111, 0b11 | (1 << 26) | (1 << 27), 1 << 28, null]);
    const hashes = await apply(n.hash32, ['smith', 'smith', 'smyth', null]);
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[0]).not.toBe(hashes[2]);
    expect(Number(hashes[0])).toBeGreaterThan(0);
    expect(hashes[3]).toBeNull();
  });

  it('phone digits drop separators and extensions', async () => {
    expect(await apply(n.phoneDigits, ['+1 (415) 555-0123', '415.555.0123 ext. 22', '(02) 9876 5432 #3', 'call 415 555 0123'])).toEqual(['14155550123', '4155550123', '0298765432', '4155550123']);
    expect(await apply(n.validPhone, ['123', '4155550123', '1234567890123456'])).toEqual([null, '4155550123', null]);
  });

  it('phone keys agree across international and national forms', async () => {
    const key = (raw: string, cc: string | null, trunk: string | null) =>
      `(SELECT ${n.phoneKey(n.e164('r', 'd', 'c', 't'), 'd')} FROM (SELECT r, ${n.validPhone(n.phoneDigits('r'))} AS d, ${cc === null ? 'NULL' : `'${cc}'`} AS c, ${trunk === null ? 'NULL' : `'${trunk}'`} AS t FROM (SELECT '${raw}' AS r)))`;
    const rows = await db.runAndReadAll(`SELECT ${[
      key('+61 2 9876 5432', null, null), key('(02) 9876 5432', '61', '0'), key('02 9876 5432', null, null),
      key('+1 415 555 0123', null, null), key('(415) 555-0123', '1', '1'), key('1-415-555-0123', '1', '1'),
      key('+65 6123 4567', null, null), key('6123 4567', '65', ''),
    ].map((k, i) => `${k} AS k${i}`).join(', ')}`);
    const [k] = rows.getRowsJson();
    expect(k[0]).toBe(k[1]);
    expect(k[1]).toBe(k[2]);
    expect(k[3]).toBe(k[4]);
    expect(k[4]).toBe(k[5]);
    expect(k[6]).toBe(k[7]);
    expect(k[0]).not.toBe(k[3]);
  });

  it('streets, places and postcodes', async () => {
    expect(await apply(n.street, ['12 Main St.', '12  main st', 'Floor 4\n132 Quai des Chartrons'])).toEqual(['12 main st', '12 main st', 'floor 4 132 quai des chartrons']);
    expect(await apply(n.place, ['St. Agnes', 'São Paulo', 'NEW YORK'])).toEqual(['stagnes', 'saopaulo', 'newyork']);
    expect(await apply(n.postcode, ['SW1A 1AA', '2000', '12345-6789'])).toEqual(['sw1a1aa', '2000', '123456789']);
    expect(await apply(n.yyyymmdd, ['1980-05-06', 'not a date'])).toEqual(['19800506', null]);
  });

  it('company names: legal forms, "the", "&" and punctuation', async () => {
    const names = ['Acme, Inc.', 'ACME Inc', 'Acme Pty Ltd', 'Acme GmbH & Co. KG', 'The Acme Company', 'Smith & Co', 'Banco Santander S.A.', 'Inc', 'Marks and Spencer PLC', 'Société Générale SA'];
    const sql = await apply(n.company, names);
    expect(sql).toEqual(['acme', 'acme', 'acme', 'acme', 'acme', 'smith', 'banco santander', 'inc', 'marks and spencer', 'societe generale']);
    // The TypeScript twin used in reasons and tests says the same.
    expect(names.map((x) => normaliseCompany(x))).toEqual(sql);
  });

  it('website domains without protocol, www, path or port', async () => {
    expect(await apply(n.domain, ['https://www.Acme.com/about', 'acme.com', 'http://acme.com:8080', 'www.acme.co.uk?x=1', 'not a site'])).toEqual(['acme.com', 'acme.com', 'acme.com', 'acme.co.uk', null]);
  });

  it('phonetic codes group spellings that sound alike', async () => {
    const codes = await apply(n.phonetic, ['smith', 'smyth', 'millar', 'miller', 'robert', 'rupert', 'jones']);
    expect(codes[0]).toBe(codes[1]);
    expect(codes[2]).toBe(codes[3]);
    expect(codes[4]).toBe(codes[5]);
    expect(codes[0]).not.toBe(codes[6]);
  });
});
