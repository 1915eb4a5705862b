/**
 * JSON.parse with a line number on syntax errors. Node 20's JSON errors carry no position, so the
 * text is re-read with the YAML parser (JSON is YAML) only to find where it breaks.
 */
import { parseDocument } from 'yaml';
import type { Problem, Result } from './problem.js';

export function parseJsonText(text: string, file: string, hint?: string): Result<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0].replace(/, "[\s\S]*$/, '');
    let line: number | undefined;
    const pos = /position (\d+)/.exec(msg);
    if (pos) line = body.slice(0, Number(pos[1])).split('\n').length;
    else {
      const err = parseDocument(body, { strict: true, prettyErrors: true }).errors[0];
      line = err?.linePos?.[0]?.line;
    }
    const problem: Problem = { code: 'invalid_json', file, line, message: `not valid JSON (${msg.replace(/ in JSON at position \d+.*/, '')})`, hint };
    return { ok: false, problems: [problem] };
  }
}
