/**
 * A CSV export as import input: SRC is a folder of one-object-per-file CSVs (or one such file). Up
 * front it finds the files, names their objects, guesses each file's encoding and checks its header,
 * so every problem is reported before anything is written. Rows then stream: a record that cannot
 * be read or does not fit the header becomes a reject with its source line, never a silent drop.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CrmError, fail, ok, type Problem, type Result } from '../../core/problem.js';
import { isApiName, suggestApiName } from './api-name.js';
import { checkHeader } from './csv-header.js';
import { csvRecords, CsvUnreadableError } from './csv-records.js';
import { detectEncoding, ENCODING_NAMES, utf8Chunks, type TextEncoding } from './encoding.js';
import type { Profile } from './profile.js';
import { problems } from './problems.js';
import type { InputRow, ObjectInput, SourceSet } from './source.js';

/** Unreadable-line warnings per file; the rest are counted in one more warning (all are in rejects). */
const BROKEN_WARNINGS = 10;

interface CsvFile { object: string; name: string; path: string }

/** The data files under SRC and their objects, or why there are none usable. */
export function findCsvFiles(src: string, profile: Profile): Result<CsvFile[]> {
  const isDir = statSync(src).isDirectory();
  const dir = isDir ? src : dirname(src);
  const names = isDir
    ? readdirSync(src, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()
    : [basename(src)];
  const files = names.flatMap((name) => {
    const object = profile.objectForFile(name);
    return object === undefined ? [] : [{ object, name, path: join(dir, name) }];
  });
  if (!isDir && !files.length) return fail(problems.wrongFileKind(src, '.csv'));
  if (!files.length) return fail(problems.noSourceFiles(src, '.csv files in the folder', 'a Data Loader export is a folder of <Object>.csv files, one per object'));

  const errors: Problem[] = [];
  const byObject = new Map<string, CsvFile[]>();
  for (const f of files) {
    if (f.object.toLowerCase() === 'extract') errors.push(problems.defaultExportName(f.path));
    else if (!isApiName(f.object)) errors.push(problems.invalidObjectName(f.path, f.object, `${suggestApiName(f.object)}.csv`));
    byObject.set(f.object.toLowerCase(), [...(byObject.get(f.object.toLowerCase()) ?? []), f]);
  }
  for (const same of byObject.values()) if (same.length > 1) errors.push(problems.duplicateObject(same[0].object, same.map((f) => f.name)));
  return errors.length ? fail(...errors) : ok(files);
}

async function firstRecord(path: string, encoding: TextEncoding) {
  for await (const ev of csvRecords(utf8Chunks(path, encoding))) return ev;
  return undefined;
}

function rowStream(file: CsvFile, encoding: TextEncoding, header: string[], profile: Profile, warnings: Problem[]) {
  return async function* rows(): AsyncGenerator<InputRow> {
    let isHeader = true;
    let broken = 0;
    try {
      for await (const ev of csvRecords(utf8Chunks(file.path, encoding))) {
        if (isHeader) {
          isHeader = false;
          continue;
        }
        if (ev.kind === 'broken') {
          if (++broken <= BROKEN_WARNINGS) warnings.push(problems.brokenRecord(file.path, ev.line, ev.reason, file.object));
          yield { reject: { line: ev.line, reason: ev.reason, raw: ev.raw } };
        } else if (ev.cells.length !== header.length) {
          const reason = `the row has ${ev.cells.length} fields, the header has ${header.length}`;
          yield { reject: { line: ev.line, reason, raw: ev.raw } };
        } else {
          const { value } = profile;
          yield { values: value ? ev.cells.map((v, i) => value(file.object, header[i], v)) : ev.cells };
        }
      }
    } catch (e) {
      if (e instanceof CsvUnreadableError) throw new CrmError(problems.csvUnreadable(file.path, e.line, e.message));
      throw e;
    }
    if (broken > BROKEN_WARNINGS) warnings.push(problems.moreBrokenRecords(file.path, broken - BROKEN_WARNINGS, file.object));
  };
}

export async function openCsvSource(src: string, profile: Profile): Promise<Result<SourceSet>> {
  const found = findCsvFiles(src, profile);
  if (!found.ok) return found;
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const inputs: ObjectInput[] = [];
  for (const file of found.value) {
    const { encoding, firstInvalidLine } = await detectEncoding(file.path);
    if (encoding !== 'utf8') warnings.push(problems.encodingGuessed(file.path, ENCODING_NAMES[encoding], firstInvalidLine));
    const first = await firstRecord(file.path, encoding);
    if (!first) {
      errors.push(problems.emptyFile(file.path));
      continue;
    }
    if (first.kind === 'broken') {
      errors.push(problems.headerUnreadable(file.path, first.line, first.reason));
      continue;
    }
    const checked = checkHeader(first.cells, file.path, file.object, profile);
    errors.push(...checked.errors);
    warnings.push(...checked.warnings);
    inputs.push({ object: file.object, header: checked.header, rows: rowStream(file, encoding, checked.header, profile, warnings) });
  }
  if (errors.length) return fail(...errors);
  return ok({ inputs, files: found.value.map((f) => f.name), warnings });
}
