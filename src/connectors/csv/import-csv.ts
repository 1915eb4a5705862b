/**
 * `crmready import`: an export (Data Loader CSV folder, sf data tree JSON, …) → a snapshot folder.
 * Steps: check options → the profile's reader validates every file up front → rows stream through
 * the object loader into an atomic SnapshotWriter → schema, access and manifest are derived from
 * what passed through. Problems are returned as data; a failed import leaves no output behind.
 */
import { basename, join, resolve } from 'node:path';
import { CrmError, fail, ok, type Problem, type Result } from '../../core/problem.js';
import type { AccessFileInput } from '../../core/snapshot-files.js';
import { SnapshotWriter } from '../../snapshot/snapshot-writer.js';
import { decideAsOf, LatestStamp } from './as-of.js';
import { buildSchema } from './build-schema.js';
import { openCsvSource } from './csv-source.js';
import { deriveAccess, UserTracker } from './derive-access.js';
import { checkOptions, readAccessFile } from './import-options.js';
import type { ImportedObject, ImportOptions, ImportSummary } from './import-types.js';
import { loadObject, type LoadedObject } from './object-loader.js';
import type { Profile } from './profile.js';
import { problems } from './problems.js';
import type { SourceSet } from './source.js';
import { openTreeSource } from './tree-source.js';

const READERS = { csv: openCsvSource, tree: openTreeSource } as const;

function openWriter(opts: ImportOptions): Result<SnapshotWriter> {
  try {
    return ok(new SnapshotWriter(opts.out, { replace: opts.replace }));
  } catch (e) {
    return fail(...errorProblems(e, opts.out, true));
  }
}

/** User-facing failures become problems; anything else is a bug and is rethrown. */
function errorProblems(e: unknown, out: string, writing: boolean): Problem[] {
  if (e instanceof CrmError) return e.problems;
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code !== 'string' || typeof err.syscall !== 'string') throw e;
  const path = err.path ?? out;
  return [writing || path.startsWith(resolve(out)) || path.includes('.partial-') ? problems.outputUnwritable(path, err.message) : problems.ioError(path, err.message)];
}

export async function importCsv(opts: ImportOptions): Promise<Result<ImportSummary>> {
  const checked = checkOptions(opts);
  if (!checked.ok) return checked;
  const profile = checked.value;
  let access: AccessFileInput | undefined;
  if (opts.access) {
    const read = readAccessFile(opts.access);
    if (!read.ok) return read;
    access = read.value;
  }
  const source = await READERS[profile.reader](opts.src, profile);
  if (!source.ok) return source;
  const opened = openWriter(opts);
  if (!opened.ok) return opened;
  const writer = opened.value;
  try {
    return ok(await write(writer, source.value, opts, profile, access));
  } catch (e) {
    writer.abort();
    return fail(...errorProblems(e, opts.out, false));
  }
}

async function write(
  writer: SnapshotWriter, source: SourceSet, opts: ImportOptions, profile: Profile, access: AccessFileInput | undefined,
): Promise<ImportSummary> {
  const out = resolve(opts.out);
  const stamps = new LatestStamp();
  const users = new UserTracker();
  const ctx = { writer, rejectsDir: join(writer.staging, 'rejects'), stamps, users, onProgress: opts.onProgress };
  const loaded: LoadedObject[] = [];
  for (const input of source.inputs) loaded.push(await loadObject(input, ctx));

  const warnings = [...source.warnings];
  for (const o of loaded) if (o.rejected) warnings.push(problems.rowsRejected(o.object, o.rejected, o.read, o.firstReject ?? ''));
  const { schema, unknownColumns } = buildSchema(loaded, profile);
  const { asOf, capturedAt, defaulted } = decideAsOf(opts.asOf, stamps.latest, opts.today);
  if (defaulted) warnings.push(problems.asOfDefault(asOf));
  const objectNames = loaded.map((o) => o.object);
  if (!access) {
    access = deriveAccess(objectNames, users.list());
    warnings.push(problems.accessDerived(objectNames.length, access.users.length));
  }
  writer.commit(
    { name: opts.name ?? basename(out), asOf, capturedAt, source: { kind: 'csv', profile: profile.id, files: source.files } },
    { schema, access },
  );

  const objects: Record<string, ImportedObject> = {};
  for (const o of [...loaded].sort((a, b) => (a.object < b.object ? -1 : 1))) {
    objects[o.object] = {
      read: o.read, loaded: o.loaded, rejected: o.rejected,
      ...(o.rejected ? { rejectsFile: join(out, 'rejects', `${o.object}.csv`) } : {}),
      unknownColumns: unknownColumns[o.object],
    };
  }
  return { out, profile: profile.id, asOf, objects, warnings };
}
