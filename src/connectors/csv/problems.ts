/**
 * Every problem the import reports, built in one place so each says what is wrong, where (file,
 * line, field) and what to do about it. Errors stop the import before anything is written; warnings
 * ride along in the summary.
 */
import type { Problem } from '../../core/problem.js';
import { DEFAULT_AS_OF } from './as-of.js';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const list = (names: string[], max = 5) => names.slice(0, max).join(', ') + (names.length > max ? `, … (${names.length} in all)` : '');

export const problems = {
  unknownProfile: (id: string, known: string[]): Problem => ({
    code: 'unknown_profile', field: 'profile', message: `unknown import profile "${id}"; known profiles: ${known.join(', ')}`,
    hint: `pass one of: ${known.join(', ')}`,
  }),
  srcMissing: (src: string): Problem => ({
    code: 'src_not_found', file: src, message: 'the source does not exist',
    hint: 'check the path: a folder of <Object>.csv files, a single .csv file, or (profile tree) an sf data tree plan or data file',
  }),
  noSourceFiles: (src: string, what: string, hint: string): Problem => ({ code: 'no_source_files', file: src, message: `no ${what} found`, hint }),
  wrongFileKind: (file: string, want: string): Problem => ({
    code: 'not_a_source_file', file, message: `not a ${want} file`, hint: `pass a ${want} file or the folder that holds the export`,
  }),
  invalidObjectName: (file: string, name: string, suggestion: string): Problem => ({
    code: 'invalid_object_name', file, field: name,
    message: `"${name}" is not a valid Salesforce object API name (letters, digits and single underscores, starting with a letter)`,
    hint: `name the file after the object's API name, e.g. ${suggestion}`,
  }),
  defaultExportName: (file: string): Problem => ({
    code: 'invalid_object_name', file,
    message: '"extract.csv" is Data Loader\'s default export name and does not say which object the file holds',
    hint: 'rename it to the object\'s API name, e.g. Account.csv',
  }),
  duplicateObject: (object: string, files: string[]): Problem => ({
    code: 'duplicate_object', file: files[0], field: object, message: `${files.length} files hold ${object}: ${files.join(', ')}`,
    hint: 'keep one file per object (names match without regard to case)',
  }),
  emptyFile: (file: string): Problem => ({
    code: 'empty_file', file, message: 'the file is empty: no header row', hint: 'export it again, or remove it from the folder',
  }),
  emptyHeader: (file: string, column: number): Problem => ({
    code: 'empty_header', file, line: 1, field: `column ${column}`, message: `column ${column} has no name in the header row`,
    hint: 'give the column its API name, or delete the column',
  }),
  duplicateHeader: (file: string, name: string, columns: number[]): Problem => ({
    code: 'duplicate_header', file, line: 1, field: name, message: `"${name}" names columns ${columns.join(' and ')} (names match without regard to case)`,
    hint: 'keep one column per field: rename or delete the duplicate',
  }),
  wrongDelimiter: (file: string, delimiter: string): Problem => ({
    code: 'wrong_delimiter', file, line: 1, message: `the header is one column holding "${delimiter}": the file looks ${delimiter === ';' ? 'semicolon' : 'tab'}-separated`,
    hint: 'export comma-separated CSV (Data Loader does; in Excel choose "CSV UTF-8 (Comma delimited)")',
  }),
  headerUnreadable: (file: string, line: number, reason: string): Problem => ({
    code: 'malformed_csv', file, line, message: `the header row cannot be read: ${reason}`, hint: 'fix the quoting of the header row',
  }),
  csvUnreadable: (file: string, line: number, message: string): Problem => ({
    code: 'malformed_csv', file, line, message: `the file cannot be read as CSV: ${message}`,
    hint: 'check that it is comma-separated with "double quotes" around values that hold commas, quotes or line breaks',
  }),
  invalidJson: (file: string, line: number, column: number, message: string): Problem => ({
    code: 'invalid_json', file, line, message: `invalid JSON at line ${line}, column ${column}: ${message}`,
    hint: 'fix the JSON (a missing comma, quote or bracket near that position), or export the file again',
  }),
  invalidTreeFile: (file: string, message: string, field?: string): Problem => ({
    code: 'invalid_tree_file', file, field, message,
    hint: 'an sf data tree data file is {"records": [{"attributes": {"type", "referenceId"}, …fields}]}',
  }),
  noPlan: (dir: string): Problem => ({
    code: 'no_source_files', file: dir, message: 'no sf data tree plan (*-plan*.json) in the folder',
    hint: 'pass the plan file itself, or a single data-<Object>.json file',
  }),
  ambiguousPlan: (dir: string, plans: string[]): Problem => ({
    code: 'ambiguous_plan', file: dir, message: `the folder holds ${plans.length} plans: ${list(plans)}`, hint: 'pass the plan file you want to import',
  }),
  planEmpty: (file: string): Problem => ({
    code: 'plan_empty', file, message: 'the plan names no data files', hint: 'list each object\'s files: [{"sobject": "Contact", "files": ["data-Contact.json"]}]',
  }),
  invalidAsOf: (value: string): Problem => ({
    code: 'invalid_option', field: 'asOf', message: `asOf "${value}" is not a date YYYY-MM-DD`, hint: 'pass the snapshot date as YYYY-MM-DD, e.g. 2024-06-30',
  }),
  outputOverlapsSource: (out: string, src: string): Problem => ({
    code: 'output_overlaps_source', file: out, message: `the output folder would hold or replace the source ${src}`,
    hint: 'write the snapshot to a folder outside the export (inputs are never modified)',
  }),
  outputUnwritable: (out: string, message: string): Problem => ({
    code: 'output_unwritable', file: out, message: `cannot write the snapshot: ${message}`, hint: 'check the --out path, its permissions and free disk space',
  }),
  ioError: (file: string, message: string): Problem => ({
    code: 'io_error', file, message: `cannot read the source: ${message}`, hint: 'check that the export is readable and was not moved during the import',
  }),
  invalidAccess: (file: string, message: string, field?: string): Problem => ({
    code: 'invalid_access', file, field, message, hint: 'access.json must follow the snapshot contract (DESIGN "access.json"): orgDefaults, roles, profiles, users',
  }),

  // ——— warnings ———
  encodingGuessed: (file: string, encoding: string, line?: number): Problem => ({
    code: 'encoding_guessed', file, line,
    message: encoding === 'Windows-1252' ? `not valid UTF-8${line ? ` (first at line ${line})` : ''}: read as Windows-1252` : `read as ${encoding} (byte-order mark)`,
    hint: 'check accented names in the snapshot; to avoid the guess, export as UTF-8 (Data Loader: Settings › "Write all CSVs with UTF-8 encoding")',
  }),
  brokenRecord: (file: string, line: number, reason: string, object: string): Problem => ({
    code: 'malformed_csv', file, line, message: `${reason}; that line went to rejects/${object}.csv and reading resumed on the next line`,
    hint: 'close or double the quote in the source and import again',
  }),
  moreBrokenRecords: (file: string, n: number, object: string): Problem => ({
    code: 'malformed_csv', file, message: `${n} more unreadable lines (see rejects/${object}.csv)`, hint: 'check the quoting of the file',
  }),
  rowsRejected: (object: string, rejected: number, read: number, first: string): Problem => ({
    code: 'rows_rejected', field: object, message: `${rejected} of ${read} rows rejected (first: ${first}); they are in rejects/${object}.csv with line and reason`,
    hint: 'fix those rows in the source and import again, or load them separately',
  }),
  columnsNotApiNames: (file: string, columns: string[]): Problem => ({
    code: 'column_not_api_name', file, line: 1, message: `columns that are not Salesforce API names are kept as written: ${list(columns)}`,
    hint: 'export with API names as headers (Data Loader does), or use a profile that maps this source\'s column names',
  }),
  noIdColumn: (file: string, object: string): Problem => ({
    code: 'no_id_column', file, field: object, message: `${object} has no Id column: findings cannot name its records`, hint: 'export the Id field too',
  }),
  planFileMissing: (plan: string, file: string, sobject: string): Problem => ({
    code: 'plan_file_missing', file: plan, field: sobject, message: `the plan lists ${file} for ${sobject} but the file is not there; imported the rest`,
    hint: `add ${file} next to the plan, or remove it from the plan`,
  }),
  unresolvedReferences: (object: string, field: string, n: number, examples: string[], why: string): Problem => ({
    code: 'unresolved_reference', field: `${object}.${field}`,
    message: `${n} values point to records not in the import (${list(examples, 3)}); kept as written${why}`,
    hint: 'import the referenced records too (add their file to the plan) to resolve them to Ids',
  }),
  duplicateReferenceId: (file: string, refId: string): Problem => ({
    code: 'duplicate_reference_id', file, field: refId, message: `referenceId ${refId} is used by more than one record; @${refId} resolves to the first`,
    hint: 'give each record its own referenceId',
  }),
  parentFieldGuessed: (child: string, parent: string, field: string): Problem => ({
    code: 'parent_field_guessed', field: `${child}.${field}`, message: `nested ${child} records are linked to their ${parent} through ${child}.${field} (a guess from the names)`,
    hint: `if ${child} points to ${parent} through another field, rename that column after import`,
  }),
  asOfDefault: (asOf: string): Problem => ({
    code: 'as_of_default', field: 'asOf', message: `no CreatedDate, LastModifiedDate or SystemModstamp in the data: asOf set to ${asOf}${asOf === DEFAULT_AS_OF ? '' : ' (the day of the import)'}`,
    hint: 'pass the date the export was taken (--as-of YYYY-MM-DD): staleness and "date in the past" checks use it',
  }),
  accessDerived: (objects: number, users: number): Problem => ({
    code: 'access_derived',
    message: `the export holds no permissions: access.json grants full access on the ${plural(objects, 'imported object')} to ${plural(users, 'user')}, so permission checks are not meaningful`,
    hint: 'supply the org\'s access.json (--access FILE), or capture it with `crmready pull salesforce`',
  }),
};
