/**
 * What an import profile is: the knowledge of one source's conventions (how its files are laid out,
 * what it calls objects and columns, how it writes values), mapped onto the canonical model. Adding a
 * source (HubSpot, Dynamics 365) means one file that exports a Profile and one line in the registry;
 * the readers and the import pipeline stay the same.
 */
import type { FieldDef } from '../../core/snapshot-files.js';

export interface Profile {
  id: string;
  /** One line for `crmready import --help` and for error hints. */
  description: string;
  /**
   * How SRC is laid out and parsed: `csv` = a folder of CSV files (or one file), one object per file;
   * `tree` = Salesforce `sf data tree` JSON (a plan file, a folder holding one, or one data file).
   */
  reader: 'csv' | 'tree';
  /** The object a source file holds, from its file name; undefined = not a data file, skip it. */
  objectForFile(fileName: string): string | undefined;
  /** A source column (or flattened JSON key) → the API field name written to the snapshot. */
  fieldName(object: string, column: string): string;
  /** A source value → the value as stored; absent = kept exactly as the source wrote it. */
  value?(object: string, field: string, value: string): string;
  /** What the profile knows about a field; undefined = not known, its type is inferred from the data. */
  fieldDef(object: string, field: string): FieldDef | undefined;
}
