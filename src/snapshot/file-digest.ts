/**
 * SHA-256 and CSV record count of a file in one streaming pass. Records, not lines: a quoted field
 * may hold newlines. Used to verify snapshots and to fill snapshot.json for files written by DuckDB.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface FileDigest { sha256: string; rows: number }

export async function digestCsvFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let records = 0;
  let inQuotes = false;
  let lineHasContent = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === 0x22) inQuotes = !inQuotes; // "" inside quotes toggles twice: net unchanged
      else if (c === 0x0a && !inQuotes) {
        if (lineHasContent) records++;
        lineHasContent = false;
        continue;
      }
      if (c !== 0x0d || inQuotes) lineHasContent = true;
    }
  }
  if (lineHasContent) records++;
  // The header is not a row.
  return { sha256: hash.digest('hex'), rows: Math.max(0, records - 1) };
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}
