import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../core/csv-text.js';
import { cell, CsvFile } from './csv-file.js';

describe('cell', () => {
  it('quotes exactly as csvCell does', () => {
    const chars = fc.constantFrom('a', 'é', ',', '"', '\n', '\r', ' ', '\t', '\u00a0', '\u2028', 'Z', '1', 'ß');
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map((a) => a.join('')), (s) => cell(s) === csvCell(s)), { numRuns: 3000 });
    for (const s of ['', 'x', ' x', 'x ', 'a,b', 'say "hi"', 'two\nlines', '\u00a0x']) expect(cell(s)).toBe(csvCell(s));
  });
});

describe('CsvFile', () => {
  it('writes, counts and hashes rows, including rows longer than its buffer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csvfile-'));
    const path = join(dir, 'x.csv');
    const f = new CsvFile(path, ['Id', 'Name']);
    const big = `2,${'é'.repeat(600_000)}\n`;
    for (let i = 0; i < 5000; i++) f.add(`1,Müller ${i}\n`);
    f.add(big);
    f.add('3,end\n');
    const { rows, sha256 } = f.close();
    const bytes = readFileSync(path);
    expect(rows).toBe(5002);
    expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(bytes.toString('utf8').endsWith(`${big}3,end\n`)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
