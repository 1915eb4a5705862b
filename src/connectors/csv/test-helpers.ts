/** Shared by the import tests: temp folders, folder fingerprints, an independent CSV reader. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const datasets = resolve(repoRoot, '../shared/datasets');
export const testData = join(here, 'test-data');
const checker = resolve(repoRoot, '../shared/contract/check.py');

export const tempDir = (tag = 'crm-import-') => mkdtempSync(join(tmpdir(), tag));

/** Writes `files` (name → text or bytes) into a new temp folder and returns it. */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = tempDir('crm-src-');
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

/** relative path → sha256 of every file under `dir` (or of `dir` itself if it is a file). */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else out[relative(dir, p) || '.'] = createHash('sha256').update(readFileSync(p)).digest('hex');
  };
  walk(dir);
  return out;
}

/** Records of a CSV file by csv-parse's synchronous API: independent of the streaming reader. */
export function csvRows(path: string): string[][] {
  return parse(readFileSync(path), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

/** `check.py snapshot DIR` output, or undefined when the contract checker is not available. */
export function contractCheck(dir: string): string | undefined {
  if (!existsSync(checker)) return undefined;
  try {
    return execFileSync('python3', [checker, 'snapshot', dir], { encoding: 'utf8' });
  } catch (e) {
    const err = e as { code?: string; stdout?: string };
    if (err.code === 'ENOENT') return undefined; // no python3 here
    return `FAILED: ${err.stdout ?? String(e)}`;
  }
}
