/**
 * Where every Nth record of a CSV file starts, found with one quote-aware pass over the bytes, so the
 * fake server can serve a page of a million-row object by byte range instead of parsing it.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface CsvIndex { headerEnd: number; rows: number; pageSize: number; pageStarts: number[]; size: number }

export function indexCsv(path: string, pageSize: number): CsvIndex {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 20);
  let pos = 0;
  let inQuotes = false;
  let headerEnd = -1;
  let rows = 0;
  const pageStarts: number[] = [];
  let lastByte = 10;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      for (let i = 0; i < n; i++) {
        const c = buf[i];
        if (c === 34) inQuotes = !inQuotes;
        else if (c === 10 && !inQuotes) {
          if (headerEnd < 0) headerEnd = pos + i + 1;
          else rows++;
          // The record after this newline starts a page when it is the (k·pageSize)th one.
          if (rows % pageSize === 0) pageStarts.push(pos + i + 1);
        }
      }
      lastByte = buf[n - 1];
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
  if (lastByte !== 10 && pos > headerEnd) rows++;
  // The last pushed start may be the end of the file (no records after it).
  while (pageStarts.length > 1 && pageStarts[pageStarts.length - 1] >= pos) pageStarts.pop();
  return { headerEnd, rows, pageSize, pageStarts, size: pos };
}
