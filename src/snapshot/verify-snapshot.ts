/**
 * Verifies that every data file is exactly what snapshot.json recorded at capture: present, same
 * SHA-256. (Row counts are compared by the loader, from DuckDB's own count: counting CSV records in
 * JS would cost more than the hash.) A snapshot that fails this is never loaded.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import type { Problem } from '../core/problem.js';
import type { Manifest } from '../core/snapshot-files.js';
import { notUtf8Problem } from './csv-header.js';
import { sha256File } from './file-digest.js';
import { firstNonUtf8Line } from './utf8-lines.js';

export async function verifyObjectFiles(dir: string, manifest: Manifest, objects: string[]): Promise<Problem[]> {
  const manifestFile = join(dir, 'snapshot.json');
  const results = await Promise.all(objects.map(async (object): Promise<Problem[]> => {
    const entry = manifest.objects[object];
    if (isAbsolute(entry.file) || normalize(entry.file).startsWith('..')) {
      return [{ code: 'invalid_snapshot', file: manifestFile, field: `objects.${object}.file`, message: `file "${entry.file}" must be a path inside the snapshot folder` }];
    }
    const path = join(dir, entry.file);
    if (!existsSync(path)) {
      return [{ code: 'missing_file', file: path, message: `data file of ${object} is missing`, hint: 'restore the file from where the snapshot was captured, or capture the snapshot again' }];
    }
    const sha256 = await sha256File(path);
    const out: Problem[] = [];
    if (sha256 !== entry.sha256) {
      out.push({
        code: 'checksum_mismatch', file: path,
        message: `SHA-256 is ${sha256.slice(0, 12)}…, snapshot.json recorded ${entry.sha256.slice(0, 12)}…: the file changed after the snapshot was captured`,
        hint: 'a snapshot is immutable: restore the original file or capture a new snapshot (crmready never edits snapshot files)',
      });
      // A file re-saved by a spreadsheet is often no longer UTF-8. The load that would say so never
      // runs (or its error is replaced by this one), yet restoring or re-capturing must account for it.
      const bad = await firstNonUtf8Line(path);
      if (bad !== undefined) out.push(notUtf8Problem(path, bad));
    }
    return out;
  }));
  return results.flat();
}

/**
 * True when every data file is inside the snapshot folder and exists: the cheap half of
 * verifyObjectFiles, checked before any file is opened for loading.
 */
export function objectFilesPresent(dir: string, manifest: Manifest, objects: string[]): boolean {
  return objects.every((object) => {
    const file = manifest.objects[object].file;
    return !isAbsolute(file) && !normalize(file).startsWith('..') && existsSync(join(dir, file));
  });
}
