// Checks promptfoo's JSON output against crmready's own eval.json for the same suite: one promptfoo
// test per scenario, each with crmready's verdict, and one {pass, score, reason} assertion per judge
// plus the overall one. Exit code 0 when everything matches, 1 with the differences listed.
import { readFileSync } from 'node:fs';

const [pfFile, evalFile] = process.argv.slice(2);
if (!pfFile || !evalFile) {
  console.error('usage: node check-results.mjs PROMPTFOO.json CRMREADY_EVAL.json');
  process.exit(2);
}
const pf = JSON.parse(readFileSync(pfFile, 'utf8'));
const ev = JSON.parse(readFileSync(evalFile, 'utf8'));
const rows = pf.results?.results ?? [];
const problems = [];
if (rows.length !== ev.scenarios.length) problems.push(`promptfoo ran ${rows.length} tests, crmready ${ev.scenarios.length} scenarios`);
for (const s of ev.scenarios) {
  const row = rows.find((r) => r.vars?.scenario === s.id);
  if (!row) { problems.push(`${s.id}: no promptfoo result`); continue; }
  if (row.success !== (s.verdict === 'pass')) problems.push(`${s.id}: promptfoo says ${row.success ? 'pass' : 'fail'}, crmready ${s.verdict}`);
  const parts = row.gradingResult?.componentResults ?? [];
  const metrics = parts.map((c) => c.assertion?.metric);
  for (const m of ['as_expected', 'validity', 'grounding', 'permission', 'approval', 'end_state']) if (!metrics.includes(m)) problems.push(`${s.id}: no ${m} assertion`);
  for (const c of parts) {
    if (typeof c.pass !== 'boolean' || typeof c.score !== 'number' || c.score < 0 || c.score > 1 || typeof c.reason !== 'string' || !c.reason) problems.push(`${s.id}/${c.assertion?.metric}: not a {pass, score, reason} result`);
  }
  const overall = parts.find((c) => c.assertion?.metric === 'as_expected');
  if (overall && overall.pass !== (s.verdict === 'pass')) problems.push(`${s.id}: as_expected says ${overall.pass}, crmready ${s.verdict}`);
  if (row.response?.metadata?.crmready?.verdict !== s.verdict) problems.push(`${s.id}: provider metadata verdict ${row.response?.metadata?.crmready?.verdict}`);
}
const passed = rows.filter((r) => r.success).length;
if (problems.length) {
  for (const p of problems) console.error(`MISMATCH ${p}`);
  process.exit(1);
}
console.log(`promptfoo: ${rows.length} tests (${passed} passed), ${rows.length ? rows[0].gradingResult.componentResults.length : 0} crmready assertions each, all matching crmready eval`);
