/**
 * Which export profile fits an export, when the user did not say: from file names and header rows
 * only (pure; `sniffExport` reads them at the edge). JSON data → `tree`. For CSV, each profile says
 * which object a file holds and what its columns mean; the profile that finds each file's record Id
 * column ("Id", "Record ID", "(Do Not Modify) Contact"…) and knows the largest share of the columns
 * wins. Nothing clear → a problem asking for --profile, never a guess the user cannot see.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fail, ok, type Problem, type Result } from '../../../core/problem.js';
import { headerCells } from '../../../snapshot/csv-header.js';
import type { Profile } from '../profile.js';
import { PROFILES } from './registry.js';

export interface SniffedFile { name: string; header: string[] }

export interface Detected { profile: string; reason: string }

/** Share of a file's columns a profile knows (0 when it cannot tell the object or finds no Id column). */
export function profileFit(profile: Profile, file: SniffedFile): number {
  const object = profile.objectForFile(file.name);
  if (!object || !file.header.length) return 0;
  const fields = file.header.map((h) => profile.fieldName(object, h.trim()));
  if (!fields.includes('Id')) return 0;
  const known = fields.filter((f) => profile.fieldDef(object, f) !== undefined).length;
  return known / fields.length;
}

export function detectProfile(files: SniffedFile[], profiles: Readonly<Record<string, Profile>> = PROFILES): Result<Detected> {
  const json = files.filter((f) => /\.json$/i.test(f.name));
  const csv = files.filter((f) => /\.csv$/i.test(f.name));
  if (json.length && !csv.length) {
    const tree = Object.values(profiles).find((p) => p.reader === 'tree');
    if (tree) return ok({ profile: tree.id, reason: 'JSON files (sf data tree)' });
  }
  if (!csv.length) return fail(undetected('no CSV or JSON files'));
  const scores = Object.values(profiles).filter((p) => p.reader === 'csv').map((p) => {
    const fits = csv.map((f) => profileFit(p, f));
    return { id: p.id, files: fits.filter((x) => x > 0).length, fit: fits.reduce((a, b) => a + b, 0) / csv.length };
  }).sort((a, b) => b.files - a.files || b.fit - a.fit);
  const [best, second] = scores;
  if (!best || best.files === 0) return fail(undetected('no profile recognises the file names and an Id column'));
  if (second && second.files === best.files && Math.abs(second.fit - best.fit) < 0.05) {
    return fail(undetected(`${best.id} and ${second.id} fit equally well`));
  }
  return ok({ profile: best.id, reason: `${best.files} of ${csv.length} file(s) recognised, ${Math.round(best.fit * 100)}% of their columns known` });
}

function undetected(why: string): Problem {
  return {
    code: 'profile_not_detected', field: 'profile', message: `could not tell which export this is: ${why}`,
    hint: `pass --profile with one of: ${Object.keys(PROFILES).join(', ')}`,
  };
}

/** File names and header rows of an export (a folder or one file). */
export function sniffExport(src: string): SniffedFile[] {
  const paths = statSync(src).isDirectory() ? readdirSync(src).map((n) => join(src, n)).filter((p) => statSync(p).isFile()) : [src];
  return paths.flatMap((path) => {
    const ext = extname(path).toLowerCase();
    if (ext === '.json') return [{ name: basename(path), header: [] }];
    if (ext !== '.csv') return [];
    return [{ name: basename(path), header: headerOf(path) }];
  });
}

/** A header that cannot be read at all tells nothing about the profile: no columns. */
function headerOf(path: string): string[] {
  try {
    return headerCells(path, true);
  } catch {
    return [];
  }
}
