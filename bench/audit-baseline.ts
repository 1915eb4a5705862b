/**
 * The engine's own limit, for comparison with `crmready audit`: load a generated org's CSVs straight
 * into DuckDB (auto-detected types) and run one hand-written pass of core checks per object —
 * required fields, email syntax, a picklist, orphan lookups. Run: tsx bench/audit-baseline.ts ORG
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';

export async function auditBaseline(org: string): Promise<{ seconds: number; cpuSeconds: number; findings: number }> {
  const started = Date.now();
  const cpu0 = process.cpuUsage();
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const load = (o: string) => db.run(`CREATE TABLE "${o}" AS SELECT * FROM read_csv('${join(org, 'data', `${o}.csv`)}', header = true, all_varchar = true)`);
  for (const o of ['Account', 'Contact', 'Lead', 'Opportunity', 'Task']) await load(o);
  const email = "'^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}$'";
  const queries = [
    `SELECT count(*) FILTER (WHERE NULLIF(TRIM(LastName), '') IS NULL) + count(*) FILTER (WHERE Email IS NOT NULL AND NOT regexp_full_match(Email, ${email})) + count(*) FILTER (WHERE AccountId IS NOT NULL AND AccountId NOT IN (SELECT Id FROM "Account")) FROM "Contact"`,
    `SELECT count(*) FILTER (WHERE NULLIF(TRIM(Name), '') IS NULL) + count(*) FILTER (WHERE ParentId IS NOT NULL AND ParentId NOT IN (SELECT Id FROM "Account")) FROM "Account"`,
    `SELECT count(*) FILTER (WHERE NULLIF(TRIM(Company), '') IS NULL) + count(*) FILTER (WHERE Email IS NOT NULL AND NOT regexp_full_match(Email, ${email})) FROM "Lead"`,
    `SELECT count(*) FILTER (WHERE StageName NOT IN ('Prospecting','Qualification','Needs Analysis','Value Proposition','Id. Decision Makers','Perception Analysis','Proposal/Price Quote','Negotiation/Review','Closed Won','Closed Lost')) + count(*) FILTER (WHERE TRY_CAST(Amount AS DOUBLE) < 0) + count(*) FILTER (WHERE AccountId NOT IN (SELECT Id FROM "Account")) FROM "Opportunity"`,
    `SELECT count(*) FILTER (WHERE WhoId IS NOT NULL AND WhoId NOT IN (SELECT Id FROM "Contact" UNION ALL SELECT Id FROM "Lead")) FROM "Task"`,
  ];
  let findings = 0;
  for (const q of queries) {
    const r = await db.runAndReadAll(q);
    findings += Number(r.getRows()[0][0]);
  }
  db.closeSync();
  instance.closeSync();
  const cpu = process.cpuUsage(cpu0);
  return { seconds: (Date.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, findings };
}

if (process.argv[1]?.endsWith('audit-baseline.ts')) {
  auditBaseline(process.argv[2]).then((r) => console.log(JSON.stringify(r)));
}
