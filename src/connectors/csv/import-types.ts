/** The public shapes of `importCsv` (re-exported by index.ts). */
import type { Problem } from '../../core/problem.js';

export interface ImportOptions {
  /** The export: a folder or file, as the profile describes. */
  src: string;
  /** Registry id of the source's profile (`salesforce`, `tree`); omitted: detected from the files (profiles/detect.ts). */
  profile?: string;
  /** The snapshot folder to write. */
  out: string;
  /** Replace `out` if it already holds something. */
  replace?: boolean;
  /** The snapshot date YYYY-MM-DD; default: the latest record timestamp in the data. */
  asOf?: string;
  /** The day of the import (YYYY-MM-DD), read from the clock by the CLI: asOf when the data has no timestamps. */
  today?: string;
  /** snapshot.json `name`; default: the output folder's name. */
  name?: string;
  /** An access.json to use instead of the derived, permissive one. */
  access?: string;
  onProgress?: (object: string, rows: number) => void;
}

export interface ImportedObject {
  read: number;
  loaded: number;
  rejected: number;
  /** Where the rejected rows are (only when there are some). */
  rejectsFile?: string;
  /** Columns no profile knows: kept, with an inferred type. */
  unknownColumns: string[];
}

export interface ImportSummary {
  /** The snapshot folder (absolute). */
  out: string;
  /** The export profile used (given or detected). */
  profile: string;
  asOf: string;
  objects: Record<string, ImportedObject>;
  warnings: Problem[];
}
