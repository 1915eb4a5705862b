import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUDGES } from './registry.js';

describe('judge registry', () => {
  it('every judge has a definition, a file and a test of its own', () => {
    const names = JUDGES.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    for (const j of JUDGES) {
      expect(j.description.length, j.name).toBeGreaterThan(10);
      const file = j.name.replace(/_/g, '-');
      expect(existsSync(join(import.meta.dirname, `${file}.ts`)), `${file}.ts`).toBe(true);
      const test = join(import.meta.dirname, `${file}.test.ts`);
      expect(existsSync(test), `${file}.test.ts`).toBe(true);
      expect(readFileSync(test, 'utf8')).toContain(`describe('${j.name}'`);
    }
  });
});
