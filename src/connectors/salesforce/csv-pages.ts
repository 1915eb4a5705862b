/**
 * Bulk API 2.0 result pages → one snapshot CSV, without parsing every cell: each page is RFC 4180 CSV
 * with its own header row, so it is enough to find where records end (a newline outside quotes),
 * drop each page's header and pass the rest through. That keeps the Bulk path at disk speed with
 * flat memory; the header itself is parsed with csv-parse and checked against the fields asked for.
 */
import { parse } from 'csv-parse/sync';

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvPageScanner {
  private inQuotes = false;
  private inHeader = true;
  private header = '';
  private lastChar = LF;
  /** A record-ending CR held back at the end of a chunk until the next chunk shows whether LF follows. */
  private heldCR = false;
  records = 0;

  /**
   * Feeds the next piece of the page; returns the record text to keep (the header removed). Records
   * come out ending in LF whatever the page used: a job asked for LF may still be answered with CRLF
   * (lineEnding is the job's setting), and the snapshot file has one line ending throughout.
   */
  push(chunk: string): string {
    let start = 0;
    let quotes = this.inQuotes;
    let records = 0;
    if (!chunk.length) return '';
    // A CR held back from the last chunk: dropped if this chunk starts with its LF, else given back.
    let out = this.heldCR && chunk.charCodeAt(0) !== LF ? '\r' : '';
    this.heldCR = false;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) quotes = !quotes;
      else if (c === LF && !quotes) {
        if (this.inHeader) {
          this.header += chunk.slice(0, i + 1);
          this.inHeader = false;
          start = i + 1;
        } else {
          records++;
          if (i > 0 && chunk.charCodeAt(i - 1) === CR) {
            out += chunk.slice(start, i - 1);
            start = i;
          }
        }
      }
    }
    this.inQuotes = quotes;
    this.lastChar = chunk.charCodeAt(chunk.length - 1);
    if (this.inHeader) {
      this.header += chunk;
      return '';
    }
    this.records += records;
    let end = chunk.length;
    if (!quotes && this.lastChar === CR && end > start) {
      end--;
      this.heldCR = true;
    }
    return out + chunk.slice(start, end);
  }

  /** Closes the page: a last record without a newline gets one. */
  end(): string {
    if (this.inQuotes) throw new Error('the page ends inside a quoted value: the response was cut short');
    if (this.heldCR) {
      // The page ended in CR: that was the last record's line ending.
      this.heldCR = false;
      this.records++;
      return '\n';
    }
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
