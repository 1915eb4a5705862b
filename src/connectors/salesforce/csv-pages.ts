/**
 * Bulk API 2.0 result pages → one snapshot CSV, without parsing every cell: each page is RFC 4180 CSV
 * with its own header row, so it is enough to find where records end (a newline outside quotes),
 * drop each page's header and pass the rest through. That keeps the Bulk path at disk speed with
 * flat memory; the header itself is parsed with csv-parse and checked against the fields asked for.
 */
import { parse } from 'csv-parse/sync';

const QUOTE = 34;
const LF = 10;

export class CsvPageScanner {
  private inQuotes = false;
  private inHeader = true;
  private header = '';
  private lastChar = LF;
  records = 0;

  /** Feeds the next piece of the page; returns the record text to keep (the header removed). */
  push(chunk: string): string {
    let start = 0;
    let quotes = this.inQuotes;
    let records = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) quotes = !quotes;
      else if (c === LF && !quotes) {
        if (this.inHeader) {
          this.header += chunk.slice(0, i + 1);
          this.inHeader = false;
          start = i + 1;
        } else records++;
      }
    }
    this.inQuotes = quotes;
    if (chunk.length) this.lastChar = chunk.charCodeAt(chunk.length - 1);
    if (this.inHeader) {
      this.header += chunk;
      return '';
    }
    this.records += records;
    return start ? chunk.slice(start) : chunk;
  }

  /** Closes the page: a last record without a newline gets one. */
  end(): string {
    if (this.inQuotes) throw new Error('the page ends inside a quoted value: the response was cut short');
    if (!this.inHeader && this.lastChar !== LF) {
      this.records++;
      return '\n';
    }
    return '';
  }

  /** The page's column names (empty until the header row has been seen). */
  columns(): string[] {
    if (!this.header) return [];
    const rows = parse(this.header, { bom: true }) as string[][];
    return rows[0] ?? [];
  }
}
