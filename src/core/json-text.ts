/**
 * JSON.parse with a line number on syntax errors. Node 20's JSON errors carry no position, so the
 * text is re-read with the YAML parser (JSON is YAML) only to find where it breaks.
 */
import { basename } from 'node:path';
import { parseDocument } from 'yaml';
import type { Problem, Result } from './problem.js';

/**
 * `hint` replaces the default one, which says how to fix a syntax error: a hint about the file's
 * contents (e.g. "fix the field definition named above") would mislead when the file does not parse.
 */
export function parseJsonText(text: string, file: string, hint?: string): Result<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0].replace(/, "[\s\S]*$/, '');
    let line: number | undefined;
    let column: number | undefined;
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const before = body.slice(0, Number(pos[1]));
      line = before.split('\n').length;
      column = before.length - before.lastIndexOf('\n');
    } else {
      const at = parseDocument(body, { strict: true, prettyErrors: true }).errors[0]?.linePos?.[0];
      line = at?.line;
      column = at?.col;
    }
    const where = line === undefined ? '' : ` at line ${line}${column === undefined ? '' : `, column ${column}`}`;
    const problem: Problem = {
      code: 'invalid_json', file, line, message: `not valid JSON (${msg.replace(/ in JSON at position \d+.*/, '')})`,
      hint: hint ?? `${basename(file)} is not valid JSON: fix the syntax${where} (usually a missing or extra comma, quote, bracket or brace) in a text editor, or restore the file as it was written`,
    };
    return { ok: false, problems: [problem] };
  }
}
