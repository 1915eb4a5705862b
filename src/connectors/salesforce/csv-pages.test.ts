import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../core/csv-text.js';
import { CsvPageScanner } from './csv-pages.js';

function scanInPieces(page: string, cuts: number[]): { text: string; scanner: CsvPageScanner } {
  const s = new CsvPageScanner();
  let text = '';
  let at = 0;
  for (const c of [...cuts.filter((c) => c < page.length)].sort((a, b) => a - b)) {
    text += s.push(page.slice(at, c));
    at = c;
  }
  text += s.push(page.slice(at)) + s.end();
  return { text, scanner: s };
}

describe('Bulk result page scanner', () => {
  it('drops the header, counts records and keeps quoted newlines and quotes inside values', () => {
    const page = '"Id","Name"\n"001","Line\nbreak, ""quoted"""\n"002",""\n"003","last"';
    const { text, scanner } = scanInPieces(page, [3, 14, 20]);
    expect(scanner.columns()).toEqual(['Id', 'Name']);
    expect(scanner.records).toBe(3);
    expect(parse(text)).toEqual([['001', 'Line\nbreak, "quoted"'], ['002', ''], ['003', 'last']]);
  });
  it('agrees with csv-parse on any rows cut anywhere', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', 'é', ' ', 'x') });
    fc.assert(fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 20 }), fc.array(fc.nat(400)), (rows, cuts) => {
      const page = csvLine(['A', 'B']) + rows.map((r) => csvLine(r)).join('');
      const { text, scanner } = scanInPieces(page, cuts);
      expect(scanner.records).toBe(rows.length);
      expect(text ? parse(text, { relax_column_count: true }) : []).toEqual(rows.map((r) => [...r]));
    }));
  });
  it('turns CRLF record endings into LF, keeping CRs inside values, cut anywhere', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'x') });
    fc.assert(fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 20 }), fc.array(fc.nat(400)), (rows, cuts) => {
      const crlf = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',') + '\r\n';
      const page = crlf(['A', 'B']) + rows.map(crlf).join('');
      const { text, scanner } = scanInPieces(page, cuts);
      expect(scanner.records).toBe(rows.length);
      expect(text).toBe(rows.map((r) => crlf(r).slice(0, -2) + '\n').join(''));
    }));
    const { text, scanner } = scanInPieces('"Id"\r\n"1"\r\n"2"\r', [9]);
    expect([text, scanner.records]).toEqual(['"1"\n"2"\n', 2]);
  });
  it('refuses a page cut inside a quoted value', () => {
    const s = new CsvPageScanner();
    s.push('"Id"\n"00');
    expect(() => s.end()).toThrow(/cut short/);
  });
});
