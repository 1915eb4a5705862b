/**
 * Streams ground-truth entries to a part file per object (a 1M-contact org has ~400k of them) and
 * joins the parts into defects.json at the end, in a fixed object order, so the result is the same
 * however the objects were spread over threads. One entry per line keeps the file diffable.
 */
import { closeSync, createReadStream, createWriteStream, openSync, rmSync, writeSync } from 'node:fs';
import type { FindingCode } from '../core/codes.js';

const FLUSH_AT = 1 << 19;

export type DefectCounts = Partial<Record<FindingCode, number>>;

/** Where row writers record ground truth. */
export interface DefectSink {
  add(id: string, code: FindingCode, field?: string, of?: string): void;
}

const entry = (object: string, id: string, code: FindingCode, field?: string, of?: string): string =>
  `,\n{"object":"${object}","id":"${id}"${field ? `,"field":"${field}"` : ''},"code":"${code}"${of ? `,"of":"${of}"` : ''}}`;

/** Entries of one chunk, kept in memory until the chunk's turn to be written. */
export class DefectText implements DefectSink {
  text = '';
  readonly counts: DefectCounts = {};
  constructor(readonly object: string) {}
  add(id: string, code: FindingCode, field?: string, of?: string): void {
    this.text += entry(this.object, id, code, field, of);
    this.counts[code] = (this.counts[code] ?? 0) + 1;
  }
}

export class DefectLog implements DefectSink {
  readonly counts: DefectCounts = {};
  private readonly fd: number;
  private pending = '';

  constructor(readonly path: string, readonly object: string) {
    this.fd = openSync(path, 'w');
  }

  /** Each entry is written with a leading ",\n" so parts concatenate into one JSON array. */
  add(id: string, code: FindingCode, field?: string, of?: string): void {
    this.pending += entry(this.object, id, code, field, of);
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  /** Entries recorded elsewhere (a chunk's DefectText). */
  addText(text: string, counts: DefectCounts): void {
    this.pending += text;
    for (const [code, n] of Object.entries(counts) as [FindingCode, number][]) this.counts[code] = (this.counts[code] ?? 0) + n;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  close(): DefectCounts {
    this.flush();
    closeSync(this.fd);
    return this.counts;
  }

  private flush(): void {
    if (this.pending) writeSync(this.fd, this.pending);
    this.pending = '';
  }
}

/** Writes `{"defects":[…]}` from the parts, in order, and removes them. */
export async function joinDefectParts(target: string, parts: string[]): Promise<void> {
  const out = createWriteStream(target);
  const write = (s: string | Buffer) => new Promise<void>((resolve, reject) => out.write(s, (e) => (e ? reject(e) : resolve())));
  await write('{"defects": [');
  let first = true;
  for (const part of parts) {
    for await (const chunk of createReadStream(part, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      // Drop the very first separator: the array must not start with a comma.
      await write(first && chunk.length ? chunk.subarray(1) : chunk);
      if (chunk.length) first = false;
    }
    rmSync(part);
  }
  await write('\n]}\n');
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}
