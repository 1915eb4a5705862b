/**
 * OUT/rejects/<Object>.csv: every row the import could not load, with its source line and the
 * reason, so nothing disappears without a trace. Created on the first reject only, inside the
 * snapshot's staging folder so it lands (or vanishes) atomically with the snapshot.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CsvObjectWriter } from '../../snapshot/csv-object-writer.js';

export const REJECTS_HEADER = ['line', 'reason', 'raw'] as const;

export class RejectsWriter {
  private out?: CsvObjectWriter;

  constructor(readonly path: string) {}

  add(line: number | undefined, reason: string, raw: string): void {
    if (!this.out) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.out = new CsvObjectWriter(this.path, REJECTS_HEADER);
    }
    this.out.writeRow([line ?? '', reason, raw]);
  }

  get rows(): number {
    return this.out?.rows ?? 0;
  }

  close(): void {
    this.out?.close();
  }
}
