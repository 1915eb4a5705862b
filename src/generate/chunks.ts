/**
 * Rows produced in chunks on either thread and written in chunk order by whichever thread owns the
 * file. A chunk's rows are encoded into 1 MB ArrayBuffers that can be transferred between threads
 * without copying; its ground truth travels with it as text.
 */
import { BATCH_CHARS, BATCH_ROWS, type CsvFile, type RowSink } from './csv-file.js';
import type { DefectCounts, DefectLog } from './defect-log.js';

const SIZE = 1 << 20;

export interface ChunkOutput {
  index: number;
  rows: number;
  /** Encoded rows: buffers[i] holds lengths[i] bytes. */
  buffers: ArrayBuffer[];
  lengths: number[];
  defects: string;
  counts: DefectCounts;
}

export class ChunkRows implements RowSink {
  readonly buffers: ArrayBuffer[] = [];
  readonly lengths: number[] = [];
  rows = 0;
  private buf = Buffer.from(new ArrayBuffer(SIZE));
  private pos = 0;
  private pending = '';
  private pendingRows = 0;

  /** Rows are encoded in batches, as CsvFile does (one native write per batch). */
  add(row: string): void {
    this.pending += row;
    this.rows++;
    if (++this.pendingRows === BATCH_ROWS || this.pending.length > BATCH_CHARS) this.encodePending();
  }

  private encodePending(): void {
    const text = this.pending;
    this.pending = '';
    this.pendingRows = 0;
    if (text.length * 3 > SIZE - this.pos) {
      this.seal();
      if (text.length * 3 > SIZE) {
        const big = Buffer.from(text, 'utf8');
        const copy = new ArrayBuffer(big.length);
        big.copy(Buffer.from(copy));
        this.buffers.push(copy);
        this.lengths.push(big.length);
        return;
      }
    }
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }

  /** Finishes the chunk; the buffers are then owned by the returned output. */
  finish(index: number, defects: string, counts: DefectCounts): ChunkOutput {
    this.encodePending();
    this.seal();
    return { index, rows: this.rows, buffers: this.buffers, lengths: this.lengths, defects, counts };
  }

  private seal(): void {
    if (this.pos === 0) return;
    this.buffers.push(this.buf.buffer as ArrayBuffer);
    this.lengths.push(this.pos);
    this.buf = Buffer.from(new ArrayBuffer(SIZE));
    this.pos = 0;
  }
}

/** Writes chunks 0, 1, 2, … in order, however they arrive. */
export class OrderedChunks {
  private next = 0;
  private readonly pending = new Map<number, ChunkOutput>();
  private resolveDone?: () => void;
  readonly done: Promise<void>;

  constructor(private readonly file: CsvFile, private readonly log: DefectLog, readonly total: number) {
    this.done = new Promise((resolve) => { this.resolveDone = resolve; });
    if (total === 0) this.resolveDone!();
  }

  put(chunk: ChunkOutput): void {
    this.pending.set(chunk.index, chunk);
    for (let c = this.pending.get(this.next); c; c = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      c.buffers.forEach((b, i) => this.file.addBytes(new Uint8Array(b, 0, c.lengths[i]), i === c.buffers.length - 1 ? c.rows : 0));
      this.log.addText(c.defects, c.counts);
      if (++this.next === this.total) this.resolveDone!();
    }
  }

  get written(): number {
    return this.next;
  }
}
