import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../core/csv-text.js';
import { csvRecords, CsvUnreadableError, type CsvEvent } from './csv-records.js';

async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(text: string | Buffer, size = 1 << 16, opts = {}): Promise<CsvEvent[]> {
  const out: CsvEvent[] = [];
  for await (const ev of csvRecords(chunked(Buffer.from(text), size), opts)) out.push(ev);
  return out;
}

const summary = (evs: CsvEvent[]) => evs.map((e) => (e.kind === 'record' ? [e.line, e.cells] : [e.line, 'broken', e.raw]));

describe('csvRecords', () => {
  it('gives each record its first source line across CRLF, LF, CR, quoted newlines and empty lines', async () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n2,"p\nq\nr"\n3,z\r4,w\n\n\n';
    for (const size of [1, 2, 7, 1000]) {
      expect(summary(await read(text, size)), `chunk ${size}`).toEqual([
        [1, ['a', 'b']], [2, ['1', 'x\r\ny']], [5, ['2', 'p\nq\nr']], [8, ['3', 'z']], [9, ['4', 'w']],
      ]);
    }
  });

  it('keeps the exact source text of each record', async () => {
    const [, rec] = await read('a,b\r\n1,"say ""hi"""\r\n');
    expect(rec).toMatchObject({ raw: '1,"say ""hi"""', cells: ['1', 'say "hi"'] });
  });

  it('reports an unclosed quote at the line it opens and reads on from the next line', async () => {
    for (const size of [1, 5, 1000]) {
      expect(summary(await read('a,b\n1,2\n3,"open\n4,5\n6,"x""y"\n', size))).toEqual([
        [1, ['a', 'b']], [2, ['1', '2']], [3, 'broken', '3,"open'], [4, ['4', '5']], [5, ['6', 'x"y']],
      ]);
    }
  });

  it('does not let a stray quote merge several rows into one', async () => {
    // Lenient parsers read lines 2-3 as one record here, closing the quote at `"q`.
    expect(summary(await read('a,b,c\n7,"unclosed,9\n10,11,12\n13,"q""x",15\n'))).toEqual([
      [1, ['a', 'b', 'c']], [2, 'broken', '7,"unclosed,9'], [3, ['10', '11', '12']], [4, ['13', 'q"x', '15']],
    ]);
    expect(summary(await read('a,b\n5" screen,x\n1,2\n'))).toEqual([[1, ['a', 'b']], [2, 'broken', '5" screen,x'], [3, ['1', '2']]]);
  });

  it('treats a record that outgrows the size limit as an unclosed quote', async () => {
    const long = `1,"${'z'.repeat(100_000)}`;
    const evs = await read(`a,b\n${long}\n2,3\n`, 16, { maxRecordBytes: 64 });
    expect(summary(evs).map((e) => e.slice(0, 2))).toEqual([[1, ['a', 'b']], [2, 'broken'], [3, ['2', '3']]]);
    expect(evs[1]).toMatchObject({ reason: expect.stringContaining('64 bytes') });
    expect(evs[1].kind === 'broken' && evs[1].raw).toBe(long.slice(0, 64 * 1024)); // capped, not the whole line
  });

  it('gives up on a file that is not CSV at all, with the line', async () => {
    const bad = 'a,b\n' + '"x,1\n'.repeat(20);
    await expect(read(bad, 1 << 16, { maxRecoveries: 5 })).rejects.toBeInstanceOf(CsvUnreadableError);
  });

  it('yields nothing for an empty file or one holding only empty lines', async () => {
    expect(await read('')).toEqual([]);
    expect(await read('\r\n\n')).toEqual([]);
  });

  it('round-trips any table with any line endings, empty lines and chunking (property)', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '€', ',', '"', '\n', '\r\n', ' ', 'x') , maxLength: 6 });
    const table = fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.tuple(fc.array(cell, { minLength: w, maxLength: w }), fc.constantFrom('\n', '\r\n', '\r'), fc.nat(2)), { minLength: 1, maxLength: 12 }));
    await fc.assert(fc.asyncProperty(table, fc.integer({ min: 1, max: 40 }), async (rows, size) => {
      let text = '';
      let line = 1;
      const want: [number, string[]][] = [];
      let prevEol = '\n';
      rows.forEach(([cells, eol, blanks], i) => {
        // Empty lines end the way the previous line did: "\r" then "\n" would be one CRLF break.
        text += prevEol.repeat(blanks);
        prevEol = eol;
        line += blanks;
        const record = [`r${i}`, ...cells];
        want.push([line, record]);
        const written = record.map(csvCell).join(',');
        text += written + eol;
        line += (written.match(/\r\n|\r|\n/g) ?? []).length + 1;
      });
      expect(summary(await read(text, size))).toEqual(want);
    }), { numRuns: 150 });
  });
});
