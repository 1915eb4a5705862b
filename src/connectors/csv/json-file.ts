/**
 * Reads a JSON file into a value, or into a problem that says where it broke (line and column, not
 * V8's character offset, which nobody can find in an editor). Tree files are small by design (sf data
 * tree export caps them at 2,000 records), so reading one whole is fine.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { fail, ok, type Problem, type Result } from '../../core/problem.js';
import { problems } from './problems.js';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse says it failed: Node 20 gives "at position N", newer ones "(line L column C)". */
export function jsonErrorPosition(message: string, text: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return lineColumn(text, pos ? Number(pos[1]) : text.length);
}

export function parseJson(text: string, file: string): Result<unknown> {
  try {
    return ok(JSON.parse(text));
  } catch (e) {
    const message = (e as Error).message;
    const { line, column } = jsonErrorPosition(message, text);
    return fail(problems.invalidJson(file, line, column, message.replace(/\s*\(line \d+ column \d+\)|\s*(in JSON )?at position \d+.*$/, '')));
  }
}

export function readJsonFile(path: string, warnings: Problem[]): Result<unknown> {
  let bytes = readFileSync(path);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  let text: string;
  if (isUtf8(bytes)) text = bytes.toString('utf8');
  else {
    text = iconv.decode(bytes, 'win1252');
    warnings.push(problems.encodingGuessed(path, 'Windows-1252'));
  }
  return parseJson(text, path);
}
