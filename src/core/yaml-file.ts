/**
 * YAML config files (audit packs, scenario suites, policies) parsed and validated in one step, with
 * every problem pointing at file:line and the path of the offending key. The `yaml` package keeps
 * source ranges, so a zod issue's path can be mapped back to the line a user has to edit.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem, Result } from './problem.js';

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** Line (1-based) of the node at `path`, or of the closest ancestor that exists. */
export function lineOf(src: YamlSource, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = src.doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return src.lines.linePos(node.range[0]).line;
    // A map key's own line is more useful than its value's when the value is missing.
    if (n > 0) {
      const parent = src.doc.getIn(path.slice(0, n - 1) as unknown[], true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[n - 1]);
        const range = (pair?.key as Node | undefined)?.range;
        if (range) return src.lines.linePos(range[0]).line;
      } else if (isSeq(parent)) continue;
    }
  }
  return undefined;
}

export function parseYamlText(text: string, file: string): Result<{ value: unknown; src: YamlSource }> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.slice(0, 5).map((e) => ({
        // An error at the very end (e.g. an unclosed quote) belongs to the last line with text.
        code: 'invalid_yaml', file, line: lines.linePos(Math.min(e.pos[0], Math.max(0, text.trimEnd().length - 1))).line,
        message: e.message.split('\n')[0],
        hint: 'fix the YAML syntax at that line (indentation, a missing colon or an unclosed quote)',
      })),
    };
  }
  return { ok: true, value: { value: doc.toJS(), src: { file, doc, lines } } };
}

/** Validates parsed YAML against a zod schema; each issue becomes a Problem at its line. */
export function validateYaml<S extends z.ZodType>(schema: S, value: unknown, src: YamlSource, code: string, hint?: string): Result<z.infer<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: Problem[] = parsed.error.issues.slice(0, 20).map((issue) => {
    // zod reports an unknown key at its parent: point at the key itself.
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
    const path = keys.length ? [...issue.path, keys[0]] : issue.path;
    return {
      code, file: src.file, line: lineOf(src, path),
      field: path.map(String).join('.') || undefined,
      message: issue.message,
      hint,
    };
  });
  return { ok: false, problems };
}
