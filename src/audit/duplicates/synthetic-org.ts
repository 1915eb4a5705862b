/**
 * A synthetic CRM built directly in DuckDB for the duplicate bench and scale tests: Accounts,
 * Contacts and Leads with realistic variety (Zipf-skewed common names plus a long tail of rarer
 * surnames, company switchboards shared by colleagues, personal and work emails, phone formats,
 * half-empty addresses) and seeded duplicates with the usual mutations (nickname, typo, swapped
 * names, email case, phone format, missing fields, Lead re-entering a Contact). Independent of
 * src/generate on purpose: the engine is measured on data it was not written against.
 * Ground truth lives in `<prefix>truth (obj, id, entity)`, which the engine never sees.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DuplicateTable } from './types.js';

const words = (s: string): string => `[${s.trim().split(/\s+/).map((w) => `'${w}'`).join(', ')}]`;

const FIRST = words(`james mary robert patricia john jennifer michael linda william elizabeth david barbara richard susan
  joseph jessica thomas sarah charles karen christopher nancy daniel lisa matthew betty anthony margaret mark sandra
  donald ashley steven kimberly paul emily andrew donna joshua michelle kenneth carol kevin amanda brian melissa
  george deborah timothy stephanie ronald rebecca edward sharon jason laura jeffrey cynthia ryan kathleen jacob amy
  gary angela nicholas shirley eric anna jonathan brenda stephen pamela larry emma justin nicole scott helen
  brandon samantha benjamin katherine samuel christine gregory debra alexander rachel frank carolyn patrick janet
  raymond catherine jack maria dennis heather jerry diane tyler ruth aaron julie jose olivia adam joyce nathan
  virginia henry victoria douglas kelly zachary lauren peter christina kyle joan noah evelyn ethan judith jeremy
  megan walter andrea christian cheryl keith hannah roger jacqueline terry martha austin gloria sean teresa gerald
  ann carl sara harold madison dylan frances arthur kathryn lawrence janice jordan jean jesse abigail bryan alice
  billy judy bruce sophia gabriel grace joe denise logan amber albert doris willie marilyn alan danielle eugene
  beverly russell isabella vincent theresa philip diana bobby natalie johnny brittany bradley charlotte roy marie
  ravi priya wei mei hiroshi yuki ahmed fatima carlos sofia luca giulia pierre camille lars ingrid kwame amara
  mohammed aisha juan lucia ivan olga arjun ananya chen li sven freya diego valentina`);

const LAST = words(`smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez
  wilson anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis
  robinson walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera
  campbell mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart
  morris morales murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox
  ward richardson watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders
  patel myers long ross foster jimenez powell jenkins perry russell sullivan bell coleman butler henderson barnes
  gonzales fisher vasquez simmons romero jordan patterson alexander hamilton graham reynolds griffin wallace west
  cole hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall owens harrison
  fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman burns crawford
  olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner
  black robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols
  stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters
  santos hart bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews alvarado ray
  delgado berry perkins hoffman johnston matthews pena richards willis carpenter lawrence sandoval`);

// Long tail: syllable surnames ("Bardwick", "Kellmore") stand in for the thousands of rarer names.
const SYL1 = words('bar kel mor dun ash brad cal dar el fen gal hol ing jar kin lang mar nor ost pem quin ros sal tor ul ven wes yar zel hart');
const SYL2 = words('wick more ton ley field worth by son man dale ford ham stead well brook ridge wood land er ey ington ster cott mont');
const ADJ = words('blue red green silver golden north south east west pacific atlantic summit prime bright swift noble rapid united global first liberty pioneer apex vertex crystal iron granite cedar maple oak pine river lake harbor');
const NOUN = words('river stone bridge point valley peak ridge field harbor forest meadow canyon crest gate haven rock spring brook shore isle bay mesa grove hill wood vale port cliff dune glen');
const TRADE = words('logistics systems software partners health foods energy capital labs media consulting analytics robotics dynamics solutions networks foods motors pharma');
const SUFFIX = words('Inc. Inc LLC Ltd Corp Co. Pty_Ltd GmbH PLC Group').replace('Pty_Ltd', 'Pty Ltd');
const CITY = words('springfield riverside franklin greenville bristol clinton fairview salem madison georgetown arlington ashland burlington manchester oxford dover milton newport auburn dayton lexington jackson hudson marion kingston');
const STREET = words('main oak pine maple cedar elm washington lake hill park view sunset lincoln jackson river church willow spring north ridge');
const NICK = `MAP {'robert': 'bob', 'william': 'bill', 'elizabeth': 'liz', 'katherine': 'kate', 'james': 'jim', 'michael': 'mike', 'richard': 'rick', 'jennifer': 'jen', 'thomas': 'tom', 'christopher': 'chris', 'daniel': 'dan', 'matthew': 'matt', 'anthony': 'tony', 'joseph': 'joe', 'andrew': 'andy', 'samuel': 'sam', 'patricia': 'pat', 'susan': 'sue', 'rebecca': 'becky', 'jessica': 'jess', 'timothy': 'tim', 'edward': 'ed', 'margaret': 'maggie', 'victoria': 'vicky', 'alexander': 'alex', 'benjamin': 'ben', 'nicholas': 'nick', 'stephen': 'steve', 'deborah': 'debbie', 'kimberly': 'kim'}`;

export interface SyntheticOrg { tables: DuplicateTable[]; truth: string; drop(): Promise<void> }

/** Creates `<prefix>Account`, `<prefix>Contact`, `<prefix>Lead` and `<prefix>truth` as temp tables. */
export async function createSyntheticOrg(db: DuckDBConnection, opts: { contacts: number; seed?: number; prefix?: string }): Promise<SyntheticOrg> {
  const p = opts.prefix ?? 'synth_';
  const seed = opts.seed ?? 1;
  const nC = opts.contacts;
  const nA = Math.max(10, Math.round(nC / 4));
  const nL = Math.round(nC / 5);
  // Uniform [0,1) from a hash of (row, salt): deterministic for a seed, no global RNG state.
  const u = (i: string, salt: number) => `((hash(${i} * 7919 + ${salt * 104729 + seed * 15485863}) % 1000003) / 1000003.0)`;
  const pick = (list: string, i: string, salt: number, skew = 1) => `${list}[1 + floor(len(${list}) * pow(${u(i, salt)}, ${skew}))::INTEGER]`;
  const cap = (s: string) => `upper(${s}[1]) || ${s}[2:]`;
  // Two neighbouring letters swapped at a position that is never the first.
  const typo = (s: string, i: string, salt: number) => {
    const k = `(2 + floor(${u(i, salt)} * (length(${s}) - 2))::INTEGER)`;
    return `(CASE WHEN length(${s}) > 3 THEN ${s}[1:${k} - 1] || ${s}[${k} + 1:${k} + 1] || ${s}[${k}:${k}] || ${s}[${k} + 2:] ELSE ${s} END)`;
  };
  const phone = (digits: string, i: string, salt: number) => `(CASE floor(${u(i, salt)} * 4)::INTEGER
    WHEN 0 THEN '(' || ${digits}[1:3] || ') ' || ${digits}[4:6] || '-' || ${digits}[7:10]
    WHEN 1 THEN ${digits}[1:3] || '-' || ${digits}[4:6] || '-' || ${digits}[7:10]
    WHEN 2 THEN '+1 ' || ${digits}[1:3] || ' ' || ${digits}[4:6] || ' ' || ${digits}[7:10]
    ELSE ${digits}[1:3] || '.' || ${digits}[4:6] || '.' || ${digits}[7:10] END)`;
  const digits10 = (i: string, salt: number) => `(200 + floor(${u(i, salt)} * 700)::INTEGER)::VARCHAR || lpad(floor(${u(i, salt + 1)} * 10000000)::INTEGER::VARCHAR, 7, '0')`;

  const sql = [
    `CREATE OR REPLACE TEMP TABLE ${p}acc_base AS SELECT i, ${pick(ADJ, 'i', 1)} AS w1, ${pick(NOUN, 'i', 2)} AS w2, ${pick(NOUN, 'i', 3)} AS w3, ${pick(TRADE, 'i', 4)} AS w4, ${pick(SUFFIX, 'i', 5)} AS suf,
       ${pick(CITY, 'i', 6, 1.5)} AS city, ${digits10('i', 7)} AS ph, ${u('i', 9)} AS r FROM range(${nA}) t(i)`,
    // 2% of accounts are entered twice: other legal suffix, website with/without www, same phone.
    `CREATE OR REPLACE TEMP TABLE ${p}Account AS
     SELECT '001S' || lpad(i::VARCHAR, 14, '0') AS "Id", ${cap('w1')} || ' ' || ${cap('w2')} || ${'w3'} || ' ' || ${cap('w4')} || ' ' || suf AS "Name",
       'https://www.' || w1 || w2 || w3 || w4 || i::VARCHAR || '.com' AS "Website", ${phone('ph', 'i', 10)} AS "Phone",
       (100 + floor(r * 9000)::INTEGER)::VARCHAR || ' ' || ${cap(pick(STREET, 'i', 11))} || ' St' AS "BillingStreet", ${cap('city')} AS "BillingCity",
       (10000 + floor(${u('i', 12)} * 89999)::INTEGER)::VARCHAR AS "BillingPostalCode", 'United States' AS "BillingCountry",
       TIMESTAMP '2019-01-01' + to_seconds((floor(r * 150000000))::BIGINT) AS "CreatedDate", i AS entity
     FROM ${p}acc_base
     UNION ALL
     SELECT '001D' || lpad(i::VARCHAR, 14, '0'), upper(w1) || ' ' || ${cap('w2')} || w3 || ' ' || ${cap('w4')} || ', Inc.', w1 || w2 || w3 || w4 || i::VARCHAR || '.com', ${phone('ph', 'i', 13)},
       NULL, ${cap('city')}, NULL, NULL, TIMESTAMP '2024-01-01' + to_seconds((floor(r * 10000000))::BIGINT), i
     FROM ${p}acc_base WHERE ${u('i', 14)} < 0.02`,
    `CREATE OR REPLACE TEMP TABLE ${p}con_base AS SELECT i,
       ${pick(FIRST, 'i', 20, 1.6)} AS fn,
       CASE WHEN ${u('i', 21)} < 0.6 THEN ${pick(LAST, 'i', 22, 1.8)} ELSE ${pick(SYL1, 'i', 23)} || ${pick(SYL2, 'i', 24)} || CASE WHEN ${u('i', 25)} < 0.5 THEN '' ELSE ${pick(SYL2, 'i', 26)} END END AS ln,
       floor(${u('i', 27)} * ${nA})::INTEGER AS acc, ${u('i', 28)} AS r1, ${u('i', 29)} AS r2, ${u('i', 30)} AS r3, ${u('i', 31)} AS r4,
       ${digits10('i', 32)} AS direct, ${digits10('i', 34)} AS mobile, floor(${u('i', 36)} * 100)::INTEGER AS num, floor(${u('i', 37)} * 10000)::INTEGER AS num4
     FROM range(${nC}) t(i)`,
    `CREATE OR REPLACE TEMP TABLE ${p}con_full AS SELECT c.*, a.w1 || a.w2 || a.w3 || a.w4 || a.i::VARCHAR || '.com' AS dom, a.ph AS switchboard, a.city AS acity, a."Id" AS account_id
     FROM ${p}con_base c JOIN (SELECT b.*, '001S' || lpad(b.i::VARCHAR, 14, '0') AS "Id" FROM ${p}acc_base b) a ON a.i = c.acc`,
    `CREATE OR REPLACE TEMP TABLE ${p}con_clean AS SELECT i, fn, ln, account_id,
       CASE WHEN r1 < 0.55 THEN fn || '.' || ln || '@' || dom WHEN r1 < 0.7 THEN fn[1] || ln || '@' || dom
            WHEN r1 < 0.88 THEN fn || ln || num4::VARCHAR || '@' || ${pick(words('gmail.com yahoo.com outlook.com hotmail.com icloud.com'), 'i', 40)} END AS email,
       CASE WHEN r2 < 0.3 THEN switchboard WHEN r2 < 0.8 THEN direct END AS phone,
       CASE WHEN r3 < 0.4 THEN mobile END AS mobile,
       CASE WHEN r4 < 0.5 THEN (1 + num * 17)::VARCHAR || ' ' || ${cap(pick(STREET, 'i', 41))} || ' ' || ${pick(words('St Street Ave Rd Dr'), 'i', 42)} END AS street,
       CASE WHEN r4 < 0.7 THEN ${cap('acity')} END AS city, CASE WHEN r4 < 0.5 THEN (10000 + floor(${u('i', 43)} * 89999)::INTEGER)::VARCHAR END AS pc,
       CASE WHEN r4 < 0.5 THEN 'United States' WHEN r4 < 0.6 THEN 'USA' END AS country,
       CASE WHEN ${u('i', 44)} < 0.1 THEN DATE '1950-01-01' + floor(${u('i', 45)} * 18000)::INTEGER END AS dob,
       TIMESTAMP '2019-01-01' + to_seconds((floor(${u('i', 46)} * 150000000))::BIGINT) AS created
     FROM ${p}con_full`,
    // 3% of contacts are entered again, with the mutations duplicates have in real CRMs.
    `CREATE OR REPLACE TEMP TABLE ${p}Contact AS
     SELECT '003S' || lpad(i::VARCHAR, 14, '0') AS "Id", account_id AS "AccountId", ${cap('fn')} AS "FirstName", ${cap('ln')} AS "LastName", email AS "Email",
       phone AS "Phone", ${phone('mobile', 'i', 50)} AS "MobilePhone", street AS "MailingStreet", city AS "MailingCity", pc AS "MailingPostalCode",
       country AS "MailingCountry", dob AS "Birthdate", created AS "CreatedDate", i AS entity
     FROM ${p}con_clean
     UNION ALL
     SELECT '003D' || lpad(i::VARCHAR, 14, '0'), CASE WHEN m5 < 0.9 THEN account_id END,
       CASE WHEN m1 < 0.05 THEN ${cap('ln')} WHEN m1 < 0.3 AND ${NICK}[fn] IS NOT NULL THEN ${cap(`${NICK}[fn]`)} WHEN m1 < 0.4 THEN ${cap(typo('fn', 'i', 60))} WHEN m1 < 0.45 THEN upper(fn) ELSE ${cap('fn')} END,
       CASE WHEN m1 < 0.05 THEN ${cap('fn')} WHEN m2 < 0.15 THEN ${cap(typo('ln', 'i', 61))} ELSE ${cap('ln')} END,
       CASE WHEN m3 < 0.3 THEN upper(email) WHEN m3 < 0.5 THEN NULL WHEN m3 < 0.6 THEN fn || '.' || ln || '@gmail.com' ELSE email END,
       CASE WHEN m4 < 0.2 THEN NULL ELSE phone END, ${phone('mobile', 'i', 62)},
       CASE WHEN m6 < 0.4 THEN street END, CASE WHEN m6 < 0.6 THEN city END, CASE WHEN m6 < 0.4 THEN pc END, NULL, dob,
       created + INTERVAL 400 DAY, i
     FROM (SELECT *, ${u('i', 51)} AS m1, ${u('i', 52)} AS m2, ${u('i', 53)} AS m3, ${u('i', 54)} AS m4, ${u('i', 55)} AS m5, ${u('i', 56)} AS m6
           FROM ${p}con_clean WHERE ${u('i', 57)} < 0.03)`,
    // Leads: most are new people; 10% re-enter an existing Contact (the Lead↔Contact duplicate).
    `CREATE OR REPLACE TEMP TABLE ${p}Lead AS
     SELECT '00QS' || lpad(i::VARCHAR, 14, '0') AS "Id", ${cap(pick(FIRST, 'i', 70, 1.6))} AS "FirstName",
       ${cap(`CASE WHEN ${u('i', 71)} < 0.6 THEN ${pick(LAST, 'i', 72, 1.8)} ELSE ${pick(SYL1, 'i', 73)} || ${pick(SYL2, 'i', 74)} END`)} AS "LastName",
       ${cap(pick(ADJ, 'i', 75))} || ' ' || ${cap(pick(NOUN, 'i', 76))} || ' ' || ${pick(SUFFIX, 'i', 77)} AS "Company",
       'lead' || i::VARCHAR || '@' || ${pick(words('gmail.com yahoo.com example.org'), 'i', 78)} AS "Email",
       ${phone(digits10('i', 79), 'i', 81)} AS "Phone", NULL::VARCHAR AS "Street", NULL::VARCHAR AS "City", 'US' AS "Country",
       TIMESTAMP '2024-01-01' + to_seconds((floor(${u('i', 82)} * 10000000))::BIGINT) AS "CreatedDate", -1 - i AS entity
     FROM range(${Math.round(nL * 0.9)}) t(i)
     UNION ALL
     SELECT '00QD' || lpad(c.i::VARCHAR, 14, '0'), CASE WHEN ${u('c.i', 83)} < 0.3 AND ${NICK}[c.fn] IS NOT NULL THEN ${cap(`${NICK}[c.fn]`)} ELSE ${cap('c.fn')} END, ${cap('c.ln')},
       upper(a.w1) || ' ' || ${cap('a.w2')} || a.w3 || ' ' || ${cap('a.w4')}, CASE WHEN ${u('c.i', 84)} < 0.7 THEN c.email END, c.phone, NULL, NULL, 'US',
       TIMESTAMP '2024-06-01', c.i
     FROM ${p}con_clean c JOIN ${p}acc_base a ON '001S' || lpad(a.i::VARCHAR, 14, '0') = c.account_id
     WHERE ${u('c.i', 85)} < ${(nL * 0.1) / nC}`,
    `CREATE OR REPLACE TEMP TABLE ${p}truth AS SELECT 'Contact' AS obj, "Id" AS id, 'p' || entity AS entity FROM ${p}Contact
     UNION ALL SELECT 'Lead', "Id", 'p' || entity FROM ${p}Lead UNION ALL SELECT 'Account', "Id", 'a' || entity FROM ${p}Account`,
  ];
  for (const s of sql) await db.run(s);
  for (const t of ['acc_base', 'con_base', 'con_full', 'con_clean']) await db.run(`DROP TABLE ${p}${t}`);
  const cols = async (t: string) => (await db.runAndReadAll(`SELECT column_name FROM (DESCRIBE ${p}${t})`)).getRows().map((r) => String(r[0])).filter((c) => c !== 'entity');
  const tables: DuplicateTable[] = [
    { object: 'Account', table: `${p}Account`, columns: await cols('Account') },
    { object: 'Contact', table: `${p}Contact`, columns: await cols('Contact') },
    { object: 'Lead', table: `${p}Lead`, columns: await cols('Lead') },
  ];
  return {
    tables, truth: `${p}truth`,
    async drop() {
      for (const t of ['Account', 'Contact', 'Lead', 'truth']) await db.run(`DROP TABLE IF EXISTS ${p}${t}`);
    },
  };
}
