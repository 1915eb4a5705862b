import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlText, validateYaml } from './yaml-file.js';

const Schema = z.strictObject({ name: z.string(), items: z.array(z.strictObject({ kind: z.enum(['a', 'b']), n: z.number().optional() })) });

function check(text: string) {
  const parsed = parseYamlText(text, 'x.yaml');
  if (!parsed.ok) return parsed;
  return validateYaml(Schema, parsed.value.value, parsed.value.src, 'invalid_pack');
}

describe('yaml files', () => {
  it('accepts a valid file', () => {
    expect(check('name: x\nitems:\n  - kind: a\n    n: 2\n')).toMatchObject({ ok: true, value: { name: 'x' } });
  });
  it('points at the line of a bad value', () => {
    const r = check('name: x\nitems:\n  - kind: a\n  - kind: c\n');
    expect(!r.ok && r.problems[0]).toMatchObject({ file: 'x.yaml', line: 4, field: 'items.1.kind' });
  });
  it('points at an unknown key', () => {
    const r = check('name: x\nitems:\n  - kind: a\n    colour: red\n');
    expect(!r.ok && r.problems[0]).toMatchObject({ line: 4, field: 'items.0.colour' });
  });
  it('reports syntax errors with a line', () => {
    const r = check('name: x\nitems:\n  - kind: "a\n');
    expect(!r.ok && r.problems[0]).toMatchObject({ code: 'invalid_yaml', line: 3 });
  });
  it('rejects duplicate keys', () => {
    const r = check('name: x\nname: y\nitems: []\n');
    expect(r.ok).toBe(false);
  });
});
