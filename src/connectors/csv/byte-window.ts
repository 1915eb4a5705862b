/**
 * The bytes fed to the CSV parser that no record has claimed yet, kept as the chunks they came in
 * (no re-copying as the window grows), addressed by absolute offset in the stream. Lets the reader
 * recover each record's exact source text and line numbers, which csv-parse does not report reliably.
 */
export class ByteWindow {
  private chunks: Buffer[] = [];
  private first = 0; // absolute offset of chunks[0][0]
  end = 0; // absolute offset just after the last byte

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.end += chunk.length;
  }

  /** Bytes [from, to) as one buffer (a view when they sit in one chunk). */
  slice(from: number, to: number): Buffer {
    const parts: Buffer[] = [];
    let at = this.first;
    for (const c of this.chunks) {
      const cEnd = at + c.length;
      if (cEnd > from && at < to) parts.push(c.subarray(Math.max(0, from - at), Math.min(c.length, to - at)));
      if (cEnd >= to) break;
      at = cEnd;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  byteAt(pos: number): number | undefined {
    let at = this.first;
    for (const c of this.chunks) {
      if (pos < at + c.length) return c[pos - at];
      at += c.length;
    }
    return undefined;
  }

  /** Offset of the first `\r` or `\n` at or after `from`, or `end` when the window holds none. */
  indexOfBreak(from: number): number {
    let at = this.first;
    for (const c of this.chunks) {
      const cEnd = at + c.length;
      if (cEnd > from) {
        const local = Math.max(0, from - at);
        const lf = c.indexOf(0x0a, local);
        const cr = c.indexOf(0x0d, local);
        const hit = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
        if (hit >= 0) return at + hit;
      }
      at = cEnd;
    }
    return this.end;
  }

  /** Forgets whole chunks that end at or before `pos`. */
  dropBefore(pos: number): void {
    while (this.chunks.length > 1 && this.first + this.chunks[0].length <= pos) this.first += this.chunks.shift()!.length;
  }
}

/**
 * Physical line counting shared by every record: `\r\n`, `\n` and a lone `\r` each end one line, and
 * the state carries across records so a `\r\n` split between two of them still counts once.
 */
export class LineCounter {
  line = 1;
  private afterCr = false;

  advance(buf: Uint8Array): void {
    for (let i = 0; i < buf.length; i++) {
      const b = buf[i];
      if (b === 0x0a) {
        if (!this.afterCr) this.line++;
        this.afterCr = false;
      } else if (b === 0x0d) {
        this.line++;
        this.afterCr = true;
      } else this.afterCr = false;
    }
  }
}

export const isBreak = (b: number | undefined): boolean => b === 0x0a || b === 0x0d;

/** A record's text without the line break that ends it. */
export function withoutTrailingBreak(buf: Buffer): Buffer {
  let end = buf.length;
  if (buf[end - 1] === 0x0a) end--;
  if (buf[end - 1] === 0x0d) end--;
  return buf.subarray(0, end);
}
