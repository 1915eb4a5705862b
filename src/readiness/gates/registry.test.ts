import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GATE_KINDS } from './registry.js';

const here = dirname(fileURLToPath(import.meta.url));
const fileOf = (kind: string) => kind.replace(/_/g, '-');

describe('gate registry', () => {
  it.each(Object.keys(GATE_KINDS))('%s has its file, its test and a valid example', (kind) => {
    const k = GATE_KINDS[kind];
    expect(existsSync(join(here, `${fileOf(kind)}.ts`))).toBe(true);
    expect(existsSync(join(here, `${fileOf(kind)}.test.ts`))).toBe(true);
    expect(k.schema.safeParse(k.example).success).toBe(true);
    expect(k.example.kind).toBe(kind);
    expect(k.summary.length).toBeGreaterThan(10);
  });
});
