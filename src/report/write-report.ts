/** Writes the report's files into the run folder, each through a temp file so a crash leaves no half file. */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MadeReport } from './make-report.js';

export function writeReport(runDir: string, report: MadeReport): string[] {
  const written: string[] = [];
  for (const f of report.files) {
    const path = join(runDir, f.file);
    writeFileSync(`${path}.tmp`, f.text);
    renameSync(`${path}.tmp`, path);
    written.push(path);
  }
  return written;
}
