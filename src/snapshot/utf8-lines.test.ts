import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstNonUtf8Line } from './utf8-lines.js';

const file = (bytes: Buffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'crmready-utf8-')), 'x.csv');
  writeFileSync(path, bytes);
  return path;
};

describe('firstNonUtf8Line', () => {
  it('is undefined for UTF-8, the last line unterminated', async () => {
    expect(await firstNonUtf8Line(file(Buffer.from('Id,Name\n1,Müller\n2,東京')))).toBeUndefined();
  });

  it('names the line of a Latin-1 byte, the header included', async () => {
    expect(await firstNonUtf8Line(file(Buffer.from('Id,Name\n1,a\n2,Fn\xf6\n', 'latin1')))).toBe(3);
    expect(await firstNonUtf8Line(file(Buffer.from('Id,Pr\xe9nom\n1,a\n', 'latin1')))).toBe(1);
    expect(await firstNonUtf8Line(file(Buffer.from('Id\n1,\xe9', 'latin1')))).toBe(2);
  });

  it('never splits a character across read chunks, and counts lines across them', async () => {
    // A 3-byte character straddling the 1 MiB chunk boundary, then a bad byte in a later chunk.
    const head = Buffer.from(`${'a'.repeat(1000)}\n`.repeat(1047)); // 1,048,047 bytes
    const pad = Buffer.from('b'.repeat((1 << 20) - head.length - 1));
    const good = Buffer.concat([head, pad, Buffer.from('€\n')]);
    expect(await firstNonUtf8Line(file(good))).toBeUndefined();
    expect(await firstNonUtf8Line(file(Buffer.concat([good, Buffer.from('x\n\xe9\n', 'latin1')])))).toBe(1047 + 3);
  });
});
