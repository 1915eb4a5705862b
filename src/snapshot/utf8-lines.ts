/**
 * Finds the first line of a file that is not UTF-8. Only run on a file that already failed its
 * checksum: the load that would say "not UTF-8" never runs then, yet the user needs to know.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

const NL = 0x0a;

/** 1-based line number of the first line holding bytes that are not UTF-8, or undefined. */
export async function firstNonUtf8Line(path: string): Promise<number | undefined> {
  let line = 1;
  let carry = Buffer.alloc(0);
  // A newline byte never occurs inside a multi-byte UTF-8 sequence, so checking whole lines (the
  // last partial line of a chunk carried to the next) never splits a character.
  const check = (buf: Buffer): number | undefined => {
    if (isUtf8(buf)) {
      for (let i = buf.indexOf(NL); i >= 0; i = buf.indexOf(NL, i + 1)) line++;
      return undefined;
    }
    for (let start = 0; ; line++) {
      const end = buf.indexOf(NL, start);
      if (!isUtf8(buf.subarray(start, end < 0 ? buf.length : end))) return line;
      start = end + 1;
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = data.lastIndexOf(NL) + 1;
    const bad = check(data.subarray(0, cut));
    if (bad !== undefined) return bad;
    carry = Buffer.from(data.subarray(cut));
  }
  return carry.length ? check(carry) : undefined;
}
