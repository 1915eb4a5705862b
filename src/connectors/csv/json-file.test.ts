import { describe, expect, it } from 'vitest';
import { jsonErrorPosition, lineColumn, parseJson } from './json-file.js';

describe('JSON problems', () => {
  it('turns an offset into line and column', () => {
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(jsonErrorPosition('Unexpected token } in JSON at position 4', 'ab\ncd')).toEqual({ line: 2, column: 2 });
    expect(jsonErrorPosition('Bad thing (line 3 column 7)', '')).toEqual({ line: 3, column: 7 });
  });
  it('reports where the JSON broke', () => {
    const r = parseJson('{\n  "records": [\n    {"a": 1,}\n  ]\n}', 'data-X.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'invalid_json', file: 'data-X.json', line: 3 });
    expect(r.problems[0].message).toMatch(/line 3, column \d+/);
    expect(r.problems[0].hint).toBeTruthy();
  });
  it('reports truncated JSON at its end', () => {
    const r = parseJson('{"records": [', 'x.json');
    expect(!r.ok && r.problems[0].line).toBe(1);
  });
});
