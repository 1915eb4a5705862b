/**
 * Streams one object's CSV file to disk while hashing and counting it, so a writer never has to read
 * its own output back to fill in snapshot.json. Writes are synchronous and buffered in ~1 MB chunks:
 * generation and import are CPU-bound and this keeps memory flat however many rows pass through.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvLine } from '../core/csv-text.js';

const FLUSH_AT = 1 << 20;

export interface WrittenObject { rows: number; sha256: string; bytes: number }

export class CsvObjectWriter {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private pending = '';
  private rowCount = 0;
  private byteCount = 0;
  private closed = false;

  constructor(readonly path: string, readonly header: readonly string[]) {
    this.fd = openSync(path, 'w');
    this.pending = csvLine(header);
  }

  writeRow(values: readonly unknown[]): void {
    this.pending += csvLine(values);
    this.rowCount++;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  /** Pre-formatted CSV text holding exactly `rows` records (each ending in a newline). */
  writeText(text: string, rows: number): void {
    this.pending += text;
    this.rowCount += rows;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  get rows(): number {
    return this.rowCount;
  }

  close(): WrittenObject {
    if (!this.closed) {
      this.flush();
      closeSync(this.fd);
      this.closed = true;
    }
    return { rows: this.rowCount, sha256: this.hash.digest('hex'), bytes: this.byteCount };
  }

  private flush(): void {
    if (!this.pending) return;
    const buf = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    this.hash.update(buf);
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    this.byteCount += buf.length;
  }
}
