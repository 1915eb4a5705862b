/**
 * Pull bench: a 1M-row Contact object pulled through Bulk API 2.0 from the fake Salesforce org into a
 * snapshot, by the built CLI in a child process (as a user runs it), so the peak RSS is the pull's
 * own. The fake org runs in this process and serves result pages from the file by byte range, so
 * what is measured is the connector, not the fake.
 *
 *   npx tsx bench/pull-bench.ts --runs 3 [--rows 1000000]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { FakeSalesforce } from '../src/connectors/salesforce/test-support/fake-salesforce.js';
import { makeId } from '../src/core/salesforce-id.js';
import { SnapshotWriter } from '../src/snapshot/snapshot-writer.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist/cli/bin.js');
const acme = join(root, 'fixtures/acme');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A snapshot whose Contact object has `rows` rows: the sample org's contacts over and over, new Ids. */
function bigOrg(dir: string, rows: number): string {
  const [header, ...contacts] = parse(readFileSync(join(acme, 'data/Contact.csv')), { bom: true }) as string[][];
  const w = new SnapshotWriter(dir);
  const out = w.object('Contact', header);
  for (let i = 0; i < rows; i++) {
    const row = [...contacts[i % contacts.length]];
    row[0] = makeId('Contact', i + 1);
    out.writeRow(row);
  }
  for (const o of ['User', 'UserRole']) {
    const [h, ...r] = parse(readFileSync(join(acme, `data/${o}.csv`)), { bom: true }) as string[][];
    const ow = w.object(o, h);
    for (const row of r) ow.writeRow(row);
  }
  const json = (f: string) => JSON.parse(readFileSync(join(acme, f), 'utf8'));
  w.commit({ name: 'pull-bench', asOf: '2026-06-30', capturedAt: '2026-06-30T00:00:00Z', source: { kind: 'generator' } }, { schema: json('schema.json'), access: json('access.json') });
  return dir;
}

function pullOnce(url: string, out: string): Promise<{ seconds: number; maxRssMB: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, 'pull', 'salesforce', '--out', out, '--objects', 'Contact', '--force', '-q'], {
      env: { ...process.env, SF_INSTANCE_URL: url, SF_ACCESS_TOKEN: 'fake-token', CRMREADY_BENCH_STATS: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const stats = /CRMREADY_STATS (\{.*\})/.exec(stderr);
      if (code !== 0) return fail(new Error(`crmready pull failed (${code}):\n${stderr}`));
      done({ seconds, maxRssMB: stats ? JSON.parse(stats[1]).maxRssMB : NaN });
    });
  });
}

export async function benchPull(opts: { runs: number; rows?: number }): Promise<void> {
  const rows = opts.rows ?? 1_000_000;
  const work = mkdtempSync(join(tmpdir(), 'crmready-pull-bench-'));
  try {
    mkdirSync(work, { recursive: true });
    const org = bigOrg(join(work, 'org'), rows);
    const fake = new FakeSalesforce({ snapshot: org });
    await fake.start();
    try {
      const samples: { seconds: number; maxRssMB: number }[] = [];
      for (let i = 0; i < opts.runs; i++) {
        const out = join(work, 'pulled');
        samples.push(await pullOnce(fake.url, out));
        const pulled = JSON.parse(readFileSync(join(out, 'snapshot.json'), 'utf8')).objects.Contact.rows;
        if (pulled !== rows) throw new Error(`the pull wrote ${pulled} Contact rows, not ${rows}`);
        rmSync(out, { recursive: true, force: true });
      }
      const secs = samples.map((s) => s.seconds);
      const rate = Math.round(rows / median(secs));
      console.log(`${`pull salesforce ${rows.toLocaleString('en-US')} rows (Bulk 2.0, fake org)`.padEnd(44)} median ${median(secs).toFixed(2)} s  (runs: ${secs.map((s) => s.toFixed(2)).join(', ')})  ${rate.toLocaleString('en-US')} rows/s  peak RSS ${Math.max(...samples.map((s) => s.maxRssMB))} MB   target: ≥ 50,000 rows/s, ≤ 500 MB`);
    } finally {
      await fake.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  await benchPull({ runs: Number(arg('runs', '3')), rows: Number(arg('rows', '1000000')) });
}
