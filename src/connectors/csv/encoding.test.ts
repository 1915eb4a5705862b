import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, incompleteTail, utf8Chunks } from './encoding.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-enc-'));
const file = (name: string, bytes: Buffer) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};
async function text(path: string, enc: Parameters<typeof utf8Chunks>[1]) {
  const parts: Buffer[] = [];
  for await (const c of utf8Chunks(path, enc)) parts.push(c);
  return Buffer.concat(parts).toString('utf8');
}

describe('encoding', () => {
  it('finds cut-off UTF-8 sequences at a chunk end', () => {
    const euro = Buffer.from('€'); // 3 bytes
    expect(incompleteTail(euro.subarray(0, 2))).toBe(2);
    expect(incompleteTail(euro)).toBe(0);
    expect(incompleteTail(Buffer.from('ab'))).toBe(0);
  });
  it('reads UTF-8 (with or without BOM) as is, dropping the BOM', async () => {
    const p = file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Name\nMüller\n')]));
    expect(await detectEncoding(p)).toEqual({ encoding: 'utf8' });
    expect(await text(p, 'utf8')).toBe('Name\nMüller\n');
  });
  it('detects Windows-1252 and the line of the first non-UTF-8 byte, even past the first chunk', async () => {
    const head = 'Name\n' + 'plain €\n'.repeat(20_000); // valid UTF-8 over several 64 KB chunks
    const p = file('cp.csv', Buffer.concat([Buffer.from(head), iconv.encode('Müller – café\n', 'win1252')]));
    expect(await detectEncoding(p)).toEqual({ encoding: 'cp1252', firstInvalidLine: 20_002 });
    expect((await text(p, 'cp1252')).endsWith('Müller – café\n')).toBe(true);
  });
  it('reads UTF-16 with a byte-order mark', async () => {
    const p = file('u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\nZoë\n', 'utf16le')]));
    expect((await detectEncoding(p)).encoding).toBe('utf16le');
    expect(await text(p, 'utf16le')).toBe('Name\nZoë\n');
  });
});
