import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_KINDS } from './registry.js';

const here = dirname(fileURLToPath(import.meta.url));
const fileOf = (kind: string) => kind.replace(/_/g, '-');

describe('check registry', () => {
  it.each(Object.keys(CHECK_KINDS))('%s has its file, its test and a valid example', (kind) => {
    const k = CHECK_KINDS[kind];
    expect(existsSync(join(here, `${fileOf(kind)}.ts`))).toBe(true);
    expect(existsSync(join(here, `${fileOf(kind)}.test.ts`))).toBe(true);
    expect(k.params.safeParse(k.example).success).toBe(true);
    expect(k.summary.length).toBeGreaterThan(10);
  });
  it('covers the check kinds of the issue, plus unique (schema.json\'s unique fields)', () => {
    expect(Object.keys(CHECK_KINDS).sort()).toEqual(['consistency', 'custom_sql', 'duplicate', 'format', 'normalisation', 'owner_active', 'picklist', 'placeholder', 'range', 'reference', 'required', 'staleness', 'unique'].sort());
  });
});
