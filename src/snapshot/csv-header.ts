/** Reads just the header record of a CSV file (API names), validating it before DuckDB sees the file. */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Problem, Result } from '../core/problem.js';

/**
 * The cells of a CSV file's first line, as written (a UTF-8 BOM dropped), read from its first 64 KB.
 * Throws csv-parse's error when the line is not well-formed CSV (a stray quote is tolerated when
 * `relaxQuotes`).
 */
export function headerCells(path: string, relaxQuotes = false): string[] {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(1 << 16);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  let text = buf.subarray(0, n).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const end = text.search(/\r?\n/);
  const line = end < 0 ? text : text.slice(0, end);
  return (parse(line, { relax_quotes: relaxQuotes }) as string[][])[0] ?? [];
}

export function readCsvHeader(path: string): Result<string[]> {
  const problems: Problem[] = [];
  let header: string[] = [];
  try {
    header = headerCells(path);
  } catch (e) {
    return { ok: false, problems: [{ code: 'malformed_csv', file: path, line: 1, message: `the header row cannot be read (${(e as Error).message})`, hint: 'the first line must be the comma-separated API names of the columns' }] };
  }
  // headerCells decodes as UTF-8, turning each byte that is not into U+FFFD; DuckDB does not check
  // the header row, so without this a Latin-1 column name would load as an unknown garbled column.
  if (header.some((h) => h.includes('\uFFFD'))) return { ok: false, problems: [notUtf8Problem(path, 1)] };
  if (header.length === 0) problems.push({ code: 'malformed_csv', file: path, line: 1, message: 'the file has no header row', hint: 'the first line must be the comma-separated API names of the columns' });
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (!h.trim()) problems.push({ code: 'malformed_csv', file: path, line: 1, field: `column ${i + 1}`, message: 'empty column name in the header', hint: 'name every column with its API name' });
    else if (seen.has(h)) problems.push({ code: 'malformed_csv', file: path, line: 1, field: h, message: `column "${h}" appears twice in the header`, hint: 'remove or rename the duplicate column' });
    seen.add(h);
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: header };
}

/** A file with bytes that are not UTF-8: usually a Latin-1 or Windows export with accented letters. */
export function notUtf8Problem(path: string, line: number | undefined): Problem {
  const name = basename(path);
  return {
    code: 'not_utf8', file: path, line,
    message: `the file is not UTF-8 text: ${line ? `line ${line}` : 'a line'} holds bytes that are not UTF-8 (often accented letters from a Latin-1 or Windows export)`,
    hint: `re-export the file as UTF-8, or convert it (e.g. \`iconv -f latin1 -t utf-8 ${name} > ${name.replace(/\.csv$/i, '')}-utf8.csv\`), then capture the snapshot again from the converted file (its checksum changes)`,
  };
}
