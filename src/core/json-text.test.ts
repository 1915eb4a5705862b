import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text.js';

describe('parseJsonText', () => {
  it('parses valid JSON, a BOM dropped', () => {
    expect(parseJsonText('\ufeff{"a": [1]}', 'x.json')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('hints at the syntax, with line and column, not at the contents', () => {
    const r = parseJsonText('{\n  "objects": {}\n}\n}', '/snap/schema.json');
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'invalid_json', file: '/snap/schema.json', line: 4 });
    const hint = !r.ok ? r.problems[0].hint : '';
    expect(hint).toMatch(/^schema\.json is not valid JSON: fix the syntax at line 4, column 1 /);
    expect(hint).not.toMatch(/field definition/);
  });

  it('finds the line and column where Node gives no position', () => {
    const r = parseJsonText('{\n "roles": [,]\n}', 'access.json');
    expect(!r.ok && r.problems[0]).toMatchObject({ line: 2 });
    expect(!r.ok && r.problems[0].hint).toMatch(/at line 2, column \d+/);
  });

  it('keeps a caller\'s own hint', () => {
    const r = parseJsonText('{', 'x.json', 'write it again');
    expect(!r.ok && r.problems[0].hint).toBe('write it again');
  });
});
