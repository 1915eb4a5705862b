/**
 * A CSV data file written as bytes: rows are encoded in small batches into a 1 MB buffer that is
 * hashed and written when full. Small batches keep only short-lived strings on the heap (a string
 * rope of a megabyte of rows lives long enough to be promoted, and the GC then dominates a 1M-row
 * object); the file is registered with SnapshotWriter.addObjectFile like any externally written one.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvCell, csvLine } from '../core/csv-text.js';

const SIZE = 1 << 20;
/** Room kept free for the next batch; longer batches (multi-KB descriptions) flush first. */
const HEADROOM = 64 << 10;
export const BATCH_ROWS = 32;
export const BATCH_CHARS = 16 << 10;

export class CsvFile {
  private readonly fd: number;
  private readonly hash = createHash('sha256');
  private readonly buf = Buffer.allocUnsafe(SIZE);
  private pos = 0;
  private count = 0;

  constructor(readonly path: string, header: readonly string[]) {
    this.fd = openSync(path, 'w');
    this.pos = this.buf.write(csvLine(header), 0, 'utf8');
  }

  private pending = '';
  private pendingRows = 0;

  /**
   * One complete CSV record ending in "\n". Rows are encoded a few dozen at a time: one native
   * write per batch costs far less than one per row.
   */
  add(row: string): void {
    this.pending += row;
    this.count++;
    if (++this.pendingRows === BATCH_ROWS || this.pending.length > BATCH_CHARS) this.encodePending();
  }

  private encodePending(): void {
    const text = this.pending;
    this.pending = '';
    this.pendingRows = 0;
    if (this.pos > SIZE - HEADROOM || text.length * 3 > SIZE - this.pos) this.flush();
    if (text.length * 3 > SIZE) {
      const b = Buffer.from(text, 'utf8');
      this.hash.update(b);
      writeSync(this.fd, b);
    } else {
      this.pos += this.buf.write(text, this.pos, 'utf8');
    }
  }

  /** Complete records already encoded (a chunk written elsewhere), holding `rows` rows. */
  addBytes(bytes: Uint8Array, rows: number): void {
    this.encodePending();
    this.flush();
    this.hash.update(bytes);
    let off = 0;
    while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off);
    this.count += rows;
  }

  get rows(): number {
    return this.count;
  }

  close(): { rows: number; sha256: string } {
    this.encodePending();
    this.flush();
    closeSync(this.fd);
    return { rows: this.count, sha256: this.hash.digest('hex') };
  }

  private flush(): void {
    if (this.pos === 0) return;
    const chunk = this.buf.subarray(0, this.pos);
    this.hash.update(chunk);
    let off = 0;
    while (off < chunk.length) off += writeSync(this.fd, chunk, off, chunk.length - off);
    this.pos = 0;
  }
}

/** Where row writers put rows: a CsvFile, or anything else that takes whole records. */
export interface RowSink { add(row: string): void }

/**
 * csvCell (core) for row writers: the same output, but a character scan instead of a regular
 * expression for the common case of a value that needs no quotes. csv-file.test.ts checks the two
 * agree on arbitrary strings.
 */
export function cell(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  // Leading/trailing whitespace needs quotes (regex \s); anything above ASCII space is judged there.
  const first = s.charCodeAt(0), last = s.charCodeAt(n - 1);
  if (first <= 32 || last <= 32 || first >= 0x80 || last >= 0x80) return csvCell(s);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return csvCell(s);
  }
  return s;
}
