/**
 * What a reader (CSV folder, tree JSON) hands the import pipeline: per object, its header of API
 * names and a stream of rows, each either values aligned with the header or a reject with its reason.
 * Readers validate everything they can up front (before a byte of the snapshot is written), so the
 * row streams only carry what is row-specific.
 */
import type { Problem } from '../../core/problem.js';
import type { FieldDef } from '../../core/snapshot-files.js';

export type InputRow =
  | { values: string[] }
  | { reject: { line?: number; reason: string; raw: string } };

export interface ObjectInput {
  object: string;
  /** API field names in column order (after the profile's mapping). */
  header: string[];
  /** Types the source itself establishes (tree `@Ref` columns): beat inference, lose to the profile. */
  hints?: Record<string, FieldDef>;
  rows(): AsyncIterable<InputRow>;
}

export interface SourceSet {
  inputs: ObjectInput[];
  /** Source files relative to SRC, for snapshot.json (`source.files`). */
  files: string[];
  /** Warnings found up front; row streams append theirs while they run. */
  warnings: Problem[];
}
