/**
 * Text encodings of exported files. Data Loader writes UTF-8 only when told to; Excel and older
 * exports write Windows-1252. A file that is not valid UTF-8 is read as Windows-1252 (and the import
 * says so) rather than failing or silently mangling "Müller" into "M�ller". Detection is a streaming
 * pass over the bytes, so it costs a read, never memory.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'cp1252' | 'utf16le' | 'utf16be';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** 1-based line of the first byte that is not UTF-8 (cp1252 only), for the warning. */
  firstInvalidLine?: number;
}

const CHUNK = 1 << 16;

/** Bytes at the end of `buf` that start a multi-byte UTF-8 sequence the chunk cuts off. */
export function incompleteTail(buf: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte of `buf` that breaks UTF-8 (buf is known to be invalid). */
function firstInvalidOffset(buf: Uint8Array): number {
  let lo = 0;
  let hi = buf.length;
  // Binary search on "prefix is valid UTF-8", trimming a cut-off tail so it is not blamed.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const prefix = buf.subarray(0, mid);
    if (isUtf8(prefix.subarray(0, prefix.length - incompleteTail(prefix)))) lo = mid;
    else hi = mid;
  }
  return lo;
}

function countLines(buf: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (buf[i] === 0x0a) n++;
  return n;
}

export async function detectEncoding(path: string): Promise<EncodingGuess> {
  let carry: Buffer = Buffer.alloc(0);
  let lines = 1;
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) return { encoding: 'utf16le' };
      if (chunk[0] === 0xfe && chunk[1] === 0xff) return { encoding: 'utf16be' };
    }
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const tail = incompleteTail(buf);
    const whole = buf.subarray(0, buf.length - tail);
    if (!isUtf8(whole)) return { encoding: 'cp1252', firstInvalidLine: lines + countLines(whole, firstInvalidOffset(whole)) };
    lines += countLines(whole, whole.length);
    carry = Buffer.from(buf.subarray(buf.length - tail));
  }
  return carry.length ? { encoding: 'cp1252', firstInvalidLine: lines } : { encoding: 'utf8' };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The file as UTF-8 chunks, whatever it was written in, without a byte-order mark. */
export async function* utf8Chunks(path: string, encoding: TextEncoding): AsyncGenerator<Buffer> {
  const decoder = encoding === 'utf8' ? undefined : iconv.getDecoder(encoding === 'cp1252' ? 'win1252' : encoding);
  let first = true;
  for await (let chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      // A UTF-8 BOM also opens some files that turn out to be Windows-1252 (edited after export).
      if (encoding !== 'utf16le' && encoding !== 'utf16be' && UTF8_BOM.every((b, i) => chunk[i] === b)) chunk = chunk.subarray(3);
    }
    if (!decoder) yield chunk;
    else {
      const text = decoder.write(chunk);
      if (text) yield Buffer.from(text, 'utf8');
    }
  }
  const rest = decoder?.end();
  if (rest) yield Buffer.from(rest, 'utf8');
}

export const ENCODING_NAMES: Record<TextEncoding, string> = {
  utf8: 'UTF-8', cp1252: 'Windows-1252', utf16le: 'UTF-16 LE', utf16be: 'UTF-16 BE',
};
